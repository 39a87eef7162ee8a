/**
 * The default English content, bundled into the drop-in script.
 * The JSON files are checked by `npm run content:check` and the tests; the
 * casts only narrow JSON's wide types (`string`) to the model's unions.
 */
import sources from '../../content/en/sources.json';
import regions from '../../content/en/regions.json';
import conditions from '../../content/en/conditions.json';
import exercises from '../../content/en/exercises.json';
import redFlags from '../../content/en/red-flags.json';
import rules from '../../content/en/decision-rules.json';
import questions from '../../content/en/questions.json';
import guidance from '../../content/en/guidance.json';
import type { Content } from './types.js';

export const defaultContent = {
  locale: 'en',
  sources,
  regions,
  conditions,
  exercises,
  redFlags,
  rules,
  questions,
  guidance,
} as unknown as Content;
