import type { Condition, Content, Exercise, Region, RedFlag, RefineQuestion, Source } from './types.js';

/** Content with lookups by id, built once per content object. */
export interface ContentIndex {
  readonly content: Content;
  region(id: string | null | undefined): Region | undefined;
  condition(id: string): Condition | undefined;
  exercise(id: string | null | undefined): Exercise | undefined;
  redFlag(id: string): RedFlag | undefined;
  source(id: string): Source | undefined;
  question(id: string): RefineQuestion | undefined;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));

export function indexContent(content: Content): ContentIndex {
  const regions = byId(content.regions);
  const conditions = byId(content.conditions);
  const exercises = byId(content.exercises);
  const redFlags = byId(content.redFlags);
  const sources = byId(content.sources);
  const questions = byId(content.questions);
  return {
    content,
    region: (id) => (id ? regions.get(id) : undefined),
    condition: (id) => conditions.get(id),
    exercise: (id) => (id ? exercises.get(id) : undefined),
    redFlag: (id) => redFlags.get(id),
    source: (id) => sources.get(id),
    question: (id) => questions.get(id),
  };
}

export { tiers } from '../triage/triage.js';

/**
 * Exercises suggested for a region: those of its causes, in cause order,
 * without repeats.
 */
export function regionExercises(index: ContentIndex, region: Region): Exercise[] {
  const ids = new Set(region.causes.flatMap((c) => index.condition(c.condition)?.exercises ?? []));
  return [...ids].map((id) => index.exercise(id)).filter((e): e is Exercise => !!e);
}
