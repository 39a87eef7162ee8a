/**
 * For bundler users: the element classes, their events, the content model and
 * the pure logic, without registering anything. Import
 * `knee-pain-widgets/knee-pain-map` (etc.) to register one element.
 */
export { KneePainMap } from './components/knee-pain-map/knee-pain-map.js';
export { ExerciseCard } from './components/exercise-card/exercise-card.js';
export { RedFlagChecklist } from './components/red-flag-checklist/red-flag-checklist.js';
export { KneePainGuide } from './components/knee-pain-guide/knee-pain-guide.js';
export {
  KneeRegionSelectEvent,
  KneeRefineAnswerEvent,
  type KneeRegionSelectDetail,
  type KneeRefineAnswerDetail,
  type SelectVia,
} from './components/knee-pain-map/events.js';
export { refine, type Answer, type Answers, type Refined, type RankedCause } from './triage/refine.js';
export { KneeRedFlagChangeEvent, RedFlagChangeEvent, type RedFlagChangeDetail } from './components/red-flag-checklist/events.js';
export {
  KneeExerciseStartEvent,
  KneeExerciseCompleteEvent,
  ExerciseStartEvent,
  ExerciseCompleteEvent,
  type ExerciseProgressDetail,
  type ExerciseCompleteDetail,
} from './components/exercise-card/events.js';
export {
  KneeContentLoadEvent,
  KneeContentErrorEvent,
  type KneeContentDetail,
  type KneeContentErrorDetail,
} from './components/knee-pain-guide/events.js';
export { triage, type Level, type Triage } from './triage/triage.js';
export { emergencyNumber } from './components/shared/emergency-number.js';
export { validateContent, formatError, type ContentError, type ValidationResult } from './content/schema.js';
export { defaultContent } from './content/default.js';
export type * from './content/types.js';
export type { Selection, Side, MapView } from './context/selection-context.js';
