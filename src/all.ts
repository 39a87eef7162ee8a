/**
 * Every element and all of the default content, registered at once: for
 * bundler users (`import 'knee-pain-widgets/all'`), whose bundler splits code
 * its own way. The drop-in script instead loads each element on demand.
 */
import './content/parts/all.js';
import './components/knee-pain-guide/define.js';
import './components/knee-pain-map/define.js';
import './components/exercise-card/define.js';
import './components/red-flag-checklist/define.js';
