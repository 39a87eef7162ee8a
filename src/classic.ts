/**
 * The self-contained classic script (`knee-pain-widgets.iife.js`): every
 * element and the English content, defined at once; other languages come
 * from inside the same file when an element asks for one. One file, no
 * folder, no CORS, any name. Defines no global.
 *
 * A copy that finds our elements already defined (the script included twice,
 * or the module build first) stops at once (see rollup.config.mjs), so one
 * copy of Lit and one page-wide guide serve the page.
 */
import './all.js';
