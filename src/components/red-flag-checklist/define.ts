import { define } from '../../define.js';
import { ensurePageGuide } from '../../guide/page-guide.js';
import { RedFlagChecklist } from './red-flag-checklist.js';

// The page-wide guide comes first, so the element upgrades inside a guide
// that already provides its context. A <knee-pain-guide> (its own module,
// loaded only by pages that use one) takes over its elements when it arrives.
ensurePageGuide();
define('red-flag-checklist', RedFlagChecklist);

export { RedFlagChecklist };
