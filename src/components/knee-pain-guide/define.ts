import { define } from '../../define.js';
import { KneePainGuide } from './knee-pain-guide.js';

define('knee-pain-guide', KneePainGuide);

export { KneePainGuide };
