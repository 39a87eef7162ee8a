import { define } from '../../define.js';
import { ensurePageGuide } from '../../guide/page-guide.js';
import { KneePainGuide } from './knee-pain-guide.js';

ensurePageGuide();
define('knee-pain-guide', KneePainGuide);

export { KneePainGuide };
