import { define } from '../../define.js';
// The page-wide guide and <knee-pain-guide> come first: elements upgrade
// inside a guide that already provides their context.
import '../knee-pain-guide/define.js';
import { KneePainMap } from './knee-pain-map.js';

define('knee-pain-map', KneePainMap);

export { KneePainMap };
