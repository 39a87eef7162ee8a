import { define } from '../../define.js';
import { KneePainMap } from './knee-pain-map.js';

define('knee-pain-map', KneePainMap);

export { KneePainMap };
