/**
 * The content model. Everything medical the widgets say comes from data of
 * these shapes (default: `content/en/*.json`; later: a clinic's own content),
 * validated at build time and at run time by `schema.ts`.
 *
 * Each type is inferred from the valibot schema in `schema.ts`, which says
 * what every field means; a type-only import, so code that needs only the
 * types (or `contentFiles`) never downloads the validator.
 *
 * Strings are plain text: they are rendered as escaped text, never as HTML.
 */
import type * as v from 'valibot';
import type { ContentSchema } from './schema.js';

/** All of one locale's content, and a clinic's own details when it is a clinic's. */
export type Content = v.InferOutput<typeof ContentSchema>;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = Checked['date'];

/** What was done to check an item, and when (see `Provenance`). */
export type Checked = Region['checked'];

/** Every medical item carries where it came from and how it was checked. */
export type Provenance = Pick<Region, 'sources' | 'checked'>;

export type Source = Content['sources'][number];
export type SourceKind = Source['kind'];

export type Region = Content['regions'][number];
/** Which diagram the region is drawn on. `any` is the "whole knee" choice. */
export type View = Region['view'];
export type RegionCause = Region['causes'][number];
/** How often a cause explains pain in this region, relative to the others. */
export type Commonness = RegionCause['commonness'];

export type Condition = Content['conditions'][number];

export type Exercise = Content['exercises'][number];
export type Dose = Exercise['dose'];
export type Variant = Exercise['easier'];
export type Difficulty = Exercise['difficulty'];
/** Key of the figure the card animates; the drawing lives in code. */
export type Pose = Exercise['pose'];

export type RedFlag = Content['redFlags'][number];
/**
 * Urgency, most urgent first: call the emergency number now; be seen today
 * (same-day care); within a day or two; a routine appointment.
 */
export type Tier = RedFlag['tier'];
/** When a warning sign applies. */
export type Applies = RedFlag['applies'];

/** A clinical decision rule, for clinicians only. */
export type DecisionRule = Content['rules'][number];
export type RuleCriterion = DecisionRule['criteria'][number];
export type RulePerformance = DecisionRule['performance'][number];

export type RefineQuestion = Content['questions'][number];
export type QuestionEffect = RefineQuestion['yes'];

/** Safety wording used across the widgets. */
export type Guidance = Content['guidance'];
/** One band of the 0–10 pain check shown after a set. */
export type PainBand = Guidance['painBands'][number];

/** A clinic's own details: only in a clinic's content, never in the default content. */
export type ClinicDetails = NonNullable<Content['clinic']>;
/** How to reach the clinic: the words to show, and a phone number and/or a web address. */
export type ClinicContact = NonNullable<ClinicDetails['contact']>;
/** Who signed the content off, and when. Only ever from a clinic's own content. */
export type ClinicReview = NonNullable<ClinicDetails['review']>;

/** Which file under `content/<locale>/` holds each part of `Content`. */
export const contentFiles = {
  sources: 'sources.json',
  regions: 'regions.json',
  conditions: 'conditions.json',
  exercises: 'exercises.json',
  redFlags: 'red-flags.json',
  rules: 'decision-rules.json',
  questions: 'questions.json',
  guidance: 'guidance.json',
} as const satisfies Record<Exclude<keyof Content, 'locale' | 'clinic'>, string>;
