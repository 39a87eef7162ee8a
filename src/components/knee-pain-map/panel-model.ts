/**
 * What the map's panel shows for a region, from the content and the
 * visitor's answers. Pure: no DOM, no Lit, so it is tested on its own.
 */
import { refine, type Answers, type Refined } from '../../triage/refine.js';
import { byUrgency, isUrgent } from '../../triage/triage.js';
import { regionExercises, type ContentIndex } from '../../content/content-index.js';
import type { Exercise, RedFlag, RefineQuestion, Region } from '../../content/types.js';

/** At most this many exercises are offered under a region. */
export const MAX_EXERCISES = 6;

export interface PanelModel {
  readonly region: Region;
  /** Causes ranked by the answers, the level they call for and the warning signs they point to. */
  readonly result: Refined;
  /** True when the answers call for urgent advice: it comes first, and nothing milder competes with it. */
  readonly urgent: boolean;
  /** The region's other warning signs, most urgent first (under urgent advice, only those as urgent or more). */
  readonly signs: readonly RedFlag[];
  /** Exercises that may help; none under urgent advice. */
  readonly exercises: readonly Exercise[];
  /** True when exercises exist but are held back by urgent advice. */
  readonly exercisesHeld: boolean;
  /** The refine questions the region asks. */
  readonly questions: readonly RefineQuestion[];
}

export function panelModel(region: Region, answers: Answers, data: ContentIndex): PanelModel {
  const result = refine(region, answers, data);
  const urgent = isUrgent(result.level);
  const signs = region.redFlags
    .map((id) => data.redFlag(id))
    .filter((f): f is RedFlag => !!f && !result.urgent.includes(f) && (!urgent || byUrgency(f.tier, result.level) <= 0))
    .sort((a, b) => byUrgency(a.tier, b.tier));
  const exercises = regionExercises(data, region).slice(0, MAX_EXERCISES);
  return {
    region,
    result,
    urgent,
    signs,
    exercises: urgent ? [] : exercises,
    exercisesHeld: urgent && exercises.length > 0,
    questions: region.questions.map((id) => data.question(id)).filter((q): q is RefineQuestion => !!q),
  };
}
