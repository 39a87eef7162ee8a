// Home-made here only where valibot has no say: checks across items (ids one gives for another) and errors named by file, item id and field.
/**
 * The one validator for content: used by the tests and `npm run content:check`
 * for the default content, and at run time for content a clinic supplies.
 *
 * The shape of every part is a valibot schema, and the types in `types.ts` are
 * inferred from it. What ties items together (unique ids, ids that point to
 * other items) is a plain pass over the checked content, as no one field can
 * see the others. Errors name the file, the item id and the field.
 */
import * as v from 'valibot';
import { contentFiles, type Content } from './types.js';
import type { ContentError } from './errors.js';

export { formatError, type ContentError } from './errors.js';

// Plain text only: content is rendered as text, but markup in content is
// always a mistake (or an attack), so it is rejected outright.
const MARKUP = /[<>]|&[#a-z0-9]+;|javascript:/i;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOOSE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const URL_RE = /^https?:\/\/[^\s<>"]+$/;
const MAX_TEXT = 600;

/** A schema's own message, except that a value left out (or set to `undefined`) "is missing". */
const say = (message: string) => (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'is missing' : message);

// Each rule is a `v.check` rather than one of valibot's many specific actions:
// every distinct action is more code in the chunk each clinic's page downloads.

/** Plain text of at most `max` characters; `what` names it when it is not. */
const str = (what = 'text', max = MAX_TEXT) =>
  v.pipe(
    v.string(say(`must be ${what} (a string)`)),
    v.check((s) => s.trim() !== '', 'must not be empty'),
    v.check((s) => s.length <= max, (issue) => `is too long (${issue.input.length} characters, at most ${max})`),
    v.check((s) => !MARKUP.test(s), 'must be plain text, without markup such as < > or &…;'),
  );

/** Plain text that also matches `pattern`. */
const like = (pattern: RegExp, what: string, max: number) =>
  v.pipe(str(what, max), v.check((s) => pattern.test(s), `must be ${what}`));

const text = str();
const id = like(ID, 'an id in lowercase-kebab-case', 80);
const date = like(DATE, 'a date as YYYY-MM-DD', 10);
const url = like(URL_RE, 'a web address starting with http:// or https://', 400);

const num = (min: number, max: number) => {
  const message = `must be a number from ${min} to ${max}`;
  return v.pipe(v.number(say(message)), v.check((n) => n >= min && n <= max, message));
};

const bool = v.boolean(say('must be true or false'));

const oneOf = <const T extends readonly string[]>(...values: T) =>
  v.picklist(values, say(`must be one of: ${values.join(', ')}`));

/**
 * A list of `min` to `max` items. The count comes first: the items of a list
 * far too long are not worth checking one by one.
 */
const list = <T extends v.GenericSchema>(item: T, min = 0, max = 100) =>
  v.pipe(
    v.array(v.unknown(), say('must be a list')),
    v.check(
      (a) => a.length >= min && a.length <= max,
      (issue) => `must have ${min === max ? min : `${min} to ${max}`} items (has ${issue.input.length})`,
    ),
    v.array(item),
  );

/** An object that is not a list: valibot's object and record schemas take lists too. */
const plainObject = v.custom<Record<string, unknown>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  say('must be an object'),
);

/**
 * An object with exactly these fields: unknown ones are almost always typos of
 * known ones. Past `plainObject`, its only issues are a field left out and a
 * field it does not know (whose issue input is the key).
 */
const obj = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(plainObject, v.strictObject(entries, say(`is not a known field (known: ${Object.keys(entries).join(', ')})`)));

/** Condition id → weight. */
const weights = v.pipe(plainObject, v.record(id, num(-6, 6), say('must be an object')));

const texts = (min = 1, max = 8) => list(text, min, max);
const ids = (min = 0, max = 30) => list(id, min, max);

/** Every medical item carries where it came from and how it was checked. */
const provenance = {
  /** Ids from the sources list. At least one. */
  sources: ids(1, 12),
  /**
   * What was done to check an item, and when. Not a clinician's sign-off: that
   * is `ClinicDetails.review`, which only a clinic's own content can carry.
   * - `sources`: checked against its listed sources by the project's developers;
   * - `clinical-review`: rewritten to follow the independent clinical review of
   *   December 2026 (`docs/clinical-review.md`), then checked against its sources.
   */
  checked: obj({ date, against: oneOf('sources', 'clinical-review') }),
};

const source = obj({
  id,
  title: text,
  publisher: text,
  url,
  /** Publication or last-updated date as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: v.optional(like(LOOSE_DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD', 10)),
  kind: oneOf('guideline', 'research', 'nhs', 'reference', 'low-authority'),
  /** True when we read a secondary summary rather than the source itself. */
  secondary: v.optional(bool),
});

const region = obj({
  id,
  /** Which diagram the region is drawn on. `any` is the "whole knee" choice. */
  view: oneOf('front', 'back', 'any'),
  /** Short name shown on the map and in the list ("Just below the kneecap"). */
  name: str('text', 60),
  /** Where exactly, in plain words, so a person can check they picked the right place. */
  where: text,
  /** Likely causes, most common first. */
  causes: list(
    obj({
      /** Condition id. */
      condition: id,
      /** How often this cause explains pain in this region, relative to the others. */
      commonness: oneOf('common', 'less-common', 'rare'),
      /** Who typically gets it, for this region ("runners aged 15–30"). */
      who: text,
    }),
    1,
    8,
  ),
  /** Red-flag ids that matter most for this region, most important first. */
  redFlags: ids(0, 8),
  /** Refine-question ids worth asking for this region (2–4). */
  questions: ids(0, 8),
  ...provenance,
});

const condition = obj({
  id,
  /** Plain name ("Runner's kneecap pain"). */
  name: str('text', 80),
  /** Clinical name ("Patellofemoral pain"). */
  clinicalName: str('text', 120),
  /** One sentence: what it is. */
  summary: text,
  feelsLike: texts(),
  worseWith: texts(),
  /** Who typically gets it. */
  who: text,
  helps: texts(),
  /** When to get it checked, and how soon. */
  seeAProfessional: texts(),
  /** Exercise ids, most useful first. */
  exercises: ids(0, 8),
  /** Red-flag ids that matter for this condition. */
  redFlags: ids(0, 8),
  ...provenance,
});

const variant = obj({
  /** What to do instead, in plain words. */
  name: str('text', 80),
  how: text,
  /** An exercise id when the variant is an exercise of its own. */
  exercise: v.optional(id),
});

const exercise = obj({
  id,
  name: str('text', 80),
  /** One sentence: what it does and why. */
  summary: text,
  muscles: texts(1, 6),
  /** Condition ids this exercise helps. */
  helps: ids(1, 12),
  dose: obj({
    sets: num(1, 10),
    /** Repetitions per set (omit for holds). */
    reps: v.optional(num(1, 100)),
    /** Seconds per hold (omit for repetitions). */
    holdSeconds: v.optional(num(1, 300)),
    /** Rest between sets, seconds. */
    restSeconds: v.optional(num(0, 600)),
    /** Whether the dose is per leg. */
    perSide: bool,
    /** How often, in plain words ("3 times a week, with a rest day between"). */
    frequency: text,
    /** Anything else about the dose ("build up to 3 sets of 30 over 6 weeks"). */
    note: v.optional(text),
  }),
  /** 3–6 steps. */
  steps: texts(3, 6),
  cues: texts(1, 6),
  mistakes: texts(1, 6),
  easier: variant,
  harder: variant,
  /** The stop rule for this exercise. */
  stopIf: text,
  /** Empty for none. */
  equipment: texts(0, 6),
  difficulty: oneOf('easy', 'moderate', 'hard'),
  /** Key of the figure the card animates; the drawing lives in code. */
  pose: oneOf(
    'lying-leg',
    'seated-extension',
    'wall-sit',
    'squat',
    'step',
    'split-squat',
    'bridge',
    'side-lying',
    'band-walk',
    'stretch-standing',
    'stretch-lying',
  ),
  ...provenance,
});

const redFlag = obj({
  id,
  /**
   * Urgency, most urgent first: call the emergency number now; be seen today
   * (same-day care); within a day or two; a routine appointment.
   */
  tier: oneOf('emergency', 'today', 'soon', 'routine'),
  /** What the person ticks, in plain words ("My knee looks bent or out of place"). */
  text,
  /** Why it matters. */
  why: text,
  /** What to do. */
  action: text,
  /** When a warning sign applies. */
  applies: oneOf('always', 'after-injury', 'child'),
  ...provenance,
});

const rule = obj({
  id,
  name: text,
  /** Who and when it applies to. */
  appliesTo: text,
  /** "X-ray if any of these apply". */
  instruction: text,
  criteria: list(obj({ id, text }), 1, 10),
  /** What a negative and a positive result mean. */
  interpretation: text,
  performance: list(
    obj({
      /** Study or review, short ("Bachmann 2004 meta-analysis, 6 studies, 4,249 adults"). */
      study: text,
      sensitivity: text,
      specificity: v.optional(text),
      source: id,
    }),
    1,
    10,
  ),
  ...provenance,
});

const effect = obj({
  /**
   * Added to a condition's score when this answer is given: condition id →
   * weight (−6…6), read like a likelihood ratio on a log scale: ±1 a weak
   * hint, ±2 moderate, ±3 strong, ±6 decisive (enough on its own to lift a
   * rare cause above a common one, or to drop a cause below every other).
   */
  boost: v.optional(weights),
  /** A red-flag id this answer points to: urgent advice is shown first. */
  redFlag: v.optional(id),
});

const question = obj({
  id,
  /** A yes/no question in plain words. */
  text,
  yes: effect,
  no: effect,
  ...provenance,
});

const guidance = obj({
  /** "This is not a diagnosis" note shown with every result. */
  notADiagnosis: text,
  /** General pain rule for every exercise. */
  painRule: text,
  /** The bands of the 0–10 pain check shown after a set. */
  painBands: list(
    obj({
      /** Inclusive upper bound of this band (bands sorted ascending, last is 10). */
      max: num(0, 10),
      verdict: oneOf('fine', 'acceptable', 'too-much'),
      advice: text,
    }),
    2,
    5,
  ),
  /** The question that reveals the after-injury warning signs. */
  injuryQuestion: text,
  /** Leads into `selfCare` when no warning sign is ticked. */
  selfCareIntro: text,
  /** Shown when no warning sign is ticked: reasonable self-care. */
  selfCare: texts(1, 8),
  /** When to check again if nothing is ticked. */
  checkAgain: text,
  ...provenance,
});

/** How to reach the clinic: the words to show, and a phone number and/or a web address. */
const contact = obj({
  /** What the invitation says, e.g. "Book an assessment with our physiotherapists". */
  text: str('text', 120),
  phone: v.optional(like(/^\+?[0-9][0-9 ()\-.]{2,24}$/, 'a phone number of digits, spaces and + ( ) - .', 25)),
  url: v.optional(url),
});

/** A clinic's own details: only in a clinic's content, never in the default content. */
const clinic = obj({
  /** The clinic's name, as its patients know it. */
  name: str('text', 80),
  /** The emergency number its patients should call (`999`): wins over the one guessed from the page's language. */
  emergencyNumber: v.optional(like(/^[0-9+#*\- ]{2,15}$/, 'a phone number such as 999 or 112', 15)),
  /** An invitation to get in touch, shown with the advice to see a professional. */
  contact: v.optional(contact),
  /** Where to get same-day care (shown with "today" advice): wins over the one guessed from the page's language. */
  sameDay: v.optional(contact),
  /** A clinician's sign-off of this content, shown as "Reviewed by … on …" beside the sources. */
  review: v.optional(
    obj({
      /** The reviewer's name. */
      by: str('text', 80),
      /** Their role ("Physiotherapist, HCPC registered"). */
      role: str('text', 80),
      date,
    }),
  ),
});

/**
 * The shape of all content: one locale's eight parts (each kept in the file
 * `contentFiles` names) and, in a clinic's content, its own details. The
 * types in `types.ts` are inferred from it.
 */
export const ContentSchema = obj({
  locale: like(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or es-MX', 20),
  sources: list(source, 1, 300),
  regions: list(region, 1, 40),
  conditions: list(condition, 1, 200),
  exercises: list(exercise, 1, 200),
  redFlags: list(redFlag, 1, 100),
  rules: list(rule, 0, 10),
  questions: list(question, 0, 60),
  guidance,
  /** Set by a clinic's own content (see `src/content/clinic.ts`). */
  clinic: v.optional(clinic),
});

/** Turns an issue's path into file / item id / field, using the item's own id where it has one. */
function locate(data: unknown, issue: v.BaseIssue<unknown>): ContentError {
  const at = (issue.path ?? []).map((p) => p.key as string | number);
  const [part, index, ...rest] = at;
  // Only the eight content files name a file; `clinic` is reported as its own
  // part, and any other top-level key (locale, a typo, even "constructor") as
  // a field of the content itself.
  if (typeof part !== 'string' || !Object.hasOwn(contentFiles, part)) {
    const clinic = part === 'clinic';
    const path = (clinic ? at.slice(1) : at).map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p));
    return { file: clinic ? 'clinic' : '(content)', field: path.join('') || '(content)', message: issue.message };
  }
  const file = contentFiles[part as keyof typeof contentFiles];
  const item = typeof index === 'number' ? ((data as Record<string, unknown>)[part] as unknown[] | undefined)?.[index] : undefined;
  const itemId = (item as { id?: unknown } | undefined)?.id;
  const fieldPath = typeof index === 'number' ? rest : at.slice(1);
  const field = fieldPath.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
  return {
    file,
    ...(typeof index === 'number' ? { id: typeof itemId === 'string' ? itemId : `#${index}` } : {}),
    field: field || '(item)',
    message: issue.message,
  };
}

/** Checks the shape of every part of the content. */
export function validateShape(data: unknown): ContentError[] {
  // One message per value, for the first rule it breaks: an empty id is not also a malformed one.
  const { issues } = v.safeParse(ContentSchema, data, { abortPipeEarly: true });
  return issues?.map((issue) => locate(data, issue)) ?? [];
}

/** Checks that every id one item refers to exists, and that ids are unique. */
export function validateReferences(c: Content): ContentError[] {
  const errors: ContentError[] = [];
  const sets = {
    sources: new Set<string>(),
    regions: new Set<string>(),
    conditions: new Set<string>(),
    exercises: new Set<string>(),
    redFlags: new Set<string>(),
    rules: new Set<string>(),
    questions: new Set<string>(),
  };
  for (const key of Object.keys(sets) as (keyof typeof sets)[])
    for (const item of c[key]) {
      if (sets[key].has(item.id))
        errors.push({ file: contentFiles[key], id: item.id, field: 'id', message: 'is used by more than one item' });
      sets[key].add(item.id);
    }

  const need = (
    kind: keyof typeof sets,
    ref: string | undefined,
    key: keyof typeof contentFiles,
    itemId: string | undefined,
    field: string,
  ) => {
    if (ref !== undefined && !sets[kind].has(ref))
      errors.push({
        file: contentFiles[key],
        ...(itemId ? { id: itemId } : {}),
        field,
        message: `refers to "${ref}", which is not in ${contentFiles[kind]}`,
      });
  };
  const cited = (key: keyof typeof contentFiles, item: { id?: string; sources: string[] }) =>
    item.sources.forEach((s, i) => need('sources', s, key, item.id, `sources[${i}]`));

  for (const r of c.regions) {
    cited('regions', r);
    r.causes.forEach((x, i) => need('conditions', x.condition, 'regions', r.id, `causes[${i}].condition`));
    r.redFlags.forEach((x, i) => need('redFlags', x, 'regions', r.id, `redFlags[${i}]`));
    r.questions.forEach((x, i) => need('questions', x, 'regions', r.id, `questions[${i}]`));
  }
  for (const d of c.conditions) {
    cited('conditions', d);
    d.exercises.forEach((x, i) => need('exercises', x, 'conditions', d.id, `exercises[${i}]`));
    d.redFlags.forEach((x, i) => need('redFlags', x, 'conditions', d.id, `redFlags[${i}]`));
  }
  for (const e of c.exercises) {
    cited('exercises', e);
    e.helps.forEach((x, i) => need('conditions', x, 'exercises', e.id, `helps[${i}]`));
    need('exercises', e.easier.exercise, 'exercises', e.id, 'easier.exercise');
    need('exercises', e.harder.exercise, 'exercises', e.id, 'harder.exercise');
  }
  for (const f of c.redFlags) cited('redFlags', f);
  for (const r of c.rules) {
    cited('rules', r);
    r.performance.forEach((p, i) => need('sources', p.source, 'rules', r.id, `performance[${i}].source`));
  }
  for (const q of c.questions) {
    cited('questions', q);
    for (const answer of ['yes', 'no'] as const) {
      const e = q[answer];
      need('redFlags', e.redFlag, 'questions', q.id, `${answer}.redFlag`);
      // Own keys, `__proto__` and `constructor` too: the record schema skips those.
      for (const k of Object.keys(e.boost ?? {})) need('conditions', k, 'questions', q.id, `${answer}.boost.${k}`);
    }
  }
  cited('guidance', c.guidance);

  // Every condition must be reachable from the map, or no visitor can ever see it.
  const reachable = new Set(c.regions.flatMap((r) => r.causes.map((x) => x.condition)));
  for (const d of c.conditions)
    if (!reachable.has(d.id))
      errors.push({ file: 'conditions.json', id: d.id, field: 'id', message: 'is not a cause in any region' });
  return errors;
}

/** Result of `validateContent`: the typed content, or the reasons it was refused. */
export type ValidationResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

/** Validates untrusted content: shape first, then references. On success the content is the very object given. */
export function validateContent(data: unknown): ValidationResult {
  const shape = validateShape(data);
  if (shape.length) return { ok: false, errors: shape };
  const refs = validateReferences(data as Content);
  return refs.length ? { ok: false, errors: refs } : { ok: true, content: data as Content };
}
