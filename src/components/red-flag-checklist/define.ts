import { define } from '../../define.js';
import { ensurePageGuide } from '../../guide/page-guide.js';
import { RedFlagChecklist } from './red-flag-checklist.js';

ensurePageGuide();
define('red-flag-checklist', RedFlagChecklist);

export { RedFlagChecklist };
