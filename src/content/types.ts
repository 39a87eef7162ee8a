/**
 * The content model. Everything medical the widgets say comes from data of
 * these shapes (default: `content/en/*.json`; later: a clinic's own content),
 * validated at build time and at run time by `schema.ts`.
 *
 * Strings are plain text: they are rendered as escaped text, never as HTML.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * What was done to check an item, and when. Not a clinician's sign-off: that
 * is `ClinicDetails.review`, which only a clinic's own content can carry.
 * - `sources`: checked against its listed sources by the project's developers;
 * - `clinical-review`: rewritten to follow the independent clinical review of
 *   December 2026 (`docs/clinical-review.md`), then checked against its sources.
 */
export interface Checked {
  date: IsoDate;
  against: 'sources' | 'clinical-review';
}

/** Every medical item carries where it came from and how it was checked. */
export interface Provenance {
  /** Ids from the sources list. At least one. */
  sources: string[];
  checked: Checked;
}

export type SourceKind =
  | 'guideline'
  | 'research'
  | 'nhs'
  | 'reference'
  | 'low-authority';

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** Publication or last-updated date as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  kind: SourceKind;
  /** True when we read a secondary summary rather than the source itself. */
  secondary?: boolean;
}

/** Which diagram the region is drawn on. `any` is the "whole knee" choice. */
export type View = 'front' | 'back' | 'any';

/** How often a cause explains pain in this region, relative to the others. */
export type Commonness = 'common' | 'less-common' | 'rare';

export interface RegionCause {
  /** Condition id. */
  condition: string;
  commonness: Commonness;
  /** Who typically gets it, for this region ("runners aged 15–30"). */
  who: string;
}

export interface Region extends Provenance {
  id: string;
  view: View;
  /** Short name shown on the map and in the list ("Just below the kneecap"). */
  name: string;
  /** Where exactly, in plain words, so a person can check they picked the right place. */
  where: string;
  /** Likely causes, most common first. */
  causes: RegionCause[];
  /** Red-flag ids that matter most for this region, most important first. */
  redFlags: string[];
  /** Refine-question ids worth asking for this region (2–4). */
  questions: string[];
}

export interface Condition extends Provenance {
  id: string;
  /** Plain name ("Runner's kneecap pain"). */
  name: string;
  /** Clinical name ("Patellofemoral pain"). */
  clinicalName: string;
  /** One sentence: what it is. */
  summary: string;
  feelsLike: string[];
  worseWith: string[];
  /** Who typically gets it. */
  who: string;
  helps: string[];
  /** When to get it checked, and how soon. */
  seeAProfessional: string[];
  /** Exercise ids, most useful first. */
  exercises: string[];
  /** Red-flag ids that matter for this condition. */
  redFlags: string[];
}

export type Difficulty = 'easy' | 'moderate' | 'hard';

export interface Dose {
  sets: number;
  /** Repetitions per set (omit for holds). */
  reps?: number;
  /** Seconds per hold (omit for repetitions). */
  holdSeconds?: number;
  /** Rest between sets, seconds. */
  restSeconds?: number;
  /** Whether the dose is per leg. */
  perSide: boolean;
  /** How often, in plain words ("3 times a week, with a rest day between"). */
  frequency: string;
  /** Anything else about the dose ("build up to 3 sets of 30 over 6 weeks"). */
  note?: string;
}

export interface Variant {
  /** What to do instead, in plain words. */
  name: string;
  how: string;
  /** An exercise id when the variant is an exercise of its own. */
  exercise?: string;
}

/** Key of the figure the card animates; the drawing lives in code. */
export type Pose =
  | 'lying-leg'
  | 'seated-extension'
  | 'wall-sit'
  | 'squat'
  | 'step'
  | 'split-squat'
  | 'bridge'
  | 'side-lying'
  | 'band-walk'
  | 'stretch-standing'
  | 'stretch-lying';

export interface Exercise extends Provenance {
  id: string;
  name: string;
  /** One sentence: what it does and why. */
  summary: string;
  muscles: string[];
  /** Condition ids this exercise helps. */
  helps: string[];
  dose: Dose;
  /** 3–6 steps. */
  steps: string[];
  cues: string[];
  mistakes: string[];
  easier: Variant;
  harder: Variant;
  /** The stop rule for this exercise. */
  stopIf: string;
  /** Empty for none. */
  equipment: string[];
  difficulty: Difficulty;
  pose: Pose;
}

/**
 * Urgency, most urgent first: call the emergency number now; be seen today
 * (same-day care); within a day or two; a routine appointment.
 */
export type Tier = 'emergency' | 'today' | 'soon' | 'routine';

/** When a warning sign applies. */
export type Applies = 'always' | 'after-injury' | 'child';

export interface RedFlag extends Provenance {
  id: string;
  tier: Tier;
  /** What the person ticks, in plain words ("My knee looks bent or out of place"). */
  text: string;
  /** Why it matters. */
  why: string;
  /** What to do. */
  action: string;
  applies: Applies;
}

export interface RuleCriterion {
  id: string;
  text: string;
}

export interface RulePerformance {
  /** Study or review, short ("Bachmann 2004 meta-analysis, 6 studies, 4,249 adults"). */
  study: string;
  sensitivity: string;
  specificity?: string;
  source: string;
}

/** A clinical decision rule, for clinicians only. */
export interface DecisionRule extends Provenance {
  id: string;
  name: string;
  /** Who and when it applies to. */
  appliesTo: string;
  /** "X-ray if any of these apply". */
  instruction: string;
  criteria: RuleCriterion[];
  /** What a negative and a positive result mean. */
  interpretation: string;
  performance: RulePerformance[];
}

export interface QuestionEffect {
  /**
   * Added to a condition's score when this answer is given: condition id →
   * weight (−6…6), read like a likelihood ratio on a log scale: ±1 a weak
   * hint, ±2 moderate, ±3 strong, ±6 decisive (enough on its own to lift a
   * rare cause above a common one, or to drop a cause below every other).
   */
  boost?: Record<string, number>;
  /** A red-flag id this answer points to: urgent advice is shown first. */
  redFlag?: string;
}

export interface RefineQuestion extends Provenance {
  id: string;
  /** A yes/no question in plain words. */
  text: string;
  yes: QuestionEffect;
  no: QuestionEffect;
}

/** One band of the 0–10 pain check shown after a set. */
export interface PainBand {
  /** Inclusive upper bound of this band (bands sorted ascending, last is 10). */
  max: number;
  verdict: 'fine' | 'acceptable' | 'too-much';
  advice: string;
}

/** Safety wording used across the widgets. */
export interface Guidance extends Provenance {
  /** "This is not a diagnosis" note shown with every result. */
  notADiagnosis: string;
  /** General pain rule for every exercise. */
  painRule: string;
  painBands: PainBand[];
  /** The question that reveals the after-injury warning signs. */
  injuryQuestion: string;
  /** Leads into `selfCare` when no warning sign is ticked. */
  selfCareIntro: string;
  /** Shown when no warning sign is ticked: reasonable self-care. */
  selfCare: string[];
  /** When to check again if nothing is ticked. */
  checkAgain: string;
}

/** A clinic's own details: only in a clinic's content, never in the default content. */
export interface ClinicDetails {
  /** The clinic's name, as its patients know it. */
  name: string;
  /** The emergency number its patients should call (`999`): wins over the one guessed from the page's language. */
  emergencyNumber?: string;
  /** An invitation to get in touch, shown with the advice to see a professional. */
  contact?: ClinicContact;
  /** Where to get same-day care (shown with "today" advice): wins over the one guessed from the page's language. */
  sameDay?: ClinicContact;
  /** A clinician's sign-off of this content, shown as "Reviewed by … on …" beside the sources. */
  review?: ClinicReview;
}

/** Who signed the content off, and when. Only ever from a clinic's own content. */
export interface ClinicReview {
  /** The reviewer's name. */
  by: string;
  /** Their role ("Physiotherapist, HCPC registered"). */
  role: string;
  date: IsoDate;
}

/** How to reach the clinic: the words to show, and a phone number and/or a web address. */
export interface ClinicContact {
  /** What the invitation says, e.g. "Book an assessment with our physiotherapists". */
  text: string;
  phone?: string;
  url?: string;
}

export interface Content {
  locale: string;
  sources: Source[];
  regions: Region[];
  conditions: Condition[];
  exercises: Exercise[];
  redFlags: RedFlag[];
  rules: DecisionRule[];
  questions: RefineQuestion[];
  guidance: Guidance;
  /** Set by a clinic's own content (see `src/content/clinic.ts`). */
  clinic?: ClinicDetails;
}

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
