import { define } from '../../define.js';
import { RedFlagChecklist } from './red-flag-checklist.js';

define('red-flag-checklist', RedFlagChecklist);

export { RedFlagChecklist };
