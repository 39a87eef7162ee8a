import { define } from '../../define.js';
import { ensurePageGuide } from '../../guide/page-guide.js';
import { KneePainMap } from './knee-pain-map.js';

ensurePageGuide();
define('knee-pain-map', KneePainMap);

export { KneePainMap };
