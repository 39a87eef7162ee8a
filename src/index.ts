/**
 * The drop-in script: registers every element. Exports nothing, so the
 * classic (IIFE) build defines no global besides the element names.
 *
 * Loaded twice (the same file, or both builds), the second copy sees the
 * elements already defined and does nothing at all.
 */
import { ensurePageGuide } from './guide/page-guide.js';
import { define } from './define.js';
import { KneePainGuide } from './components/knee-pain-guide/knee-pain-guide.js';
import { KneePainMap } from './components/knee-pain-map/knee-pain-map.js';
import { ExerciseCard } from './components/exercise-card/exercise-card.js';
import { RedFlagChecklist } from './components/red-flag-checklist/red-flag-checklist.js';

if (!customElements.get('knee-pain-map')) {
  // The context root must exist before any element upgrades; guides upgrade
  // before the elements inside them so those find their provider at once.
  ensurePageGuide();
  define('knee-pain-guide', KneePainGuide);
  define('knee-pain-map', KneePainMap);
  define('exercise-card', ExerciseCard);
  define('red-flag-checklist', RedFlagChecklist);
}
