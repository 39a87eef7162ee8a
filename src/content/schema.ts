/**
 * The one validator for content: used by the tests and `npm run content:check`
 * for the default content, and at run time for content a clinic supplies.
 *
 * A tiny declarative schema rather than a library: it is shipped to every
 * visitor, and it only needs objects, arrays, strings, numbers and enums.
 * Errors name the file, the item id and the field.
 */
import { contentFiles, type Content } from './types.js';
import type { ContentError } from './errors.js';

export { formatError, type ContentError } from './errors.js';

type Issue = { path: (string | number)[]; message: string };
type Check = (value: unknown, path: (string | number)[], out: Issue[]) => void;
interface Optional {
  optional: Check;
}
type Shape = Record<string, Check | Optional>;

// Plain text only: content is rendered as text, but markup in content is
// always a mistake (or an attack), so it is rejected outright.
const MARKUP = /[<>]|&[#a-z0-9]+;|javascript:/i;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOOSE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const URL_RE = /^https?:\/\/[^\s<>"]+$/;
const MAX_TEXT = 600;

const fail = (out: Issue[], path: Issue['path'], message: string): void => {
  out.push({ path, message });
};

const str =
  (pattern?: RegExp, what = 'text', max = MAX_TEXT): Check =>
  (v, path, out) => {
    if (typeof v !== 'string') return fail(out, path, `must be ${what} (a string)`);
    if (!v.trim()) return fail(out, path, 'must not be empty');
    if (v.length > max) return fail(out, path, `is too long (${v.length} characters, at most ${max})`);
    if (MARKUP.test(v)) return fail(out, path, 'must be plain text, without markup such as < > or &…;');
    if (pattern && !pattern.test(v)) fail(out, path, `must be ${what}`);
  };

const text = str();
const id = str(ID, 'an id in lowercase-kebab-case', 80);
const date = str(DATE, 'a date as YYYY-MM-DD', 10);

const num =
  (min: number, max: number): Check =>
  (v, path, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      fail(out, path, `must be a number from ${min} to ${max}`);
  };

const bool: Check = (v, path, out) => {
  if (typeof v !== 'boolean') fail(out, path, 'must be true or false');
};

const oneOf =
  (...values: string[]): Check =>
  (v, path, out) => {
    if (!values.includes(v as string)) fail(out, path, `must be one of: ${values.join(', ')}`);
  };

const arr =
  (item: Check, min = 0, max = 100): Check =>
  (v, path, out) => {
    if (!Array.isArray(v)) return fail(out, path, 'must be a list');
    if (v.length < min || v.length > max)
      fail(out, path, `must have ${min === max ? min : `${min} to ${max}`} items (has ${v.length})`);
    // An index loop, not forEach: a hole in a sparse array is checked as undefined, not skipped.
    for (let i = 0; i < Math.min(v.length, max); i++) item(v[i], [...path, i], out);
  };

const opt = (check: Check): Optional => ({ optional: check });

const obj =
  (shape: Shape): Check =>
  (v, path, out) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(out, path, 'must be an object');
    const rec = v as Record<string, unknown>;
    for (const [key, rule] of Object.entries(shape)) {
      const optional = 'optional' in rule;
      if (rec[key] === undefined) {
        if (!optional) fail(out, [...path, key], 'is missing');
      } else (optional ? rule.optional : rule)(rec[key], [...path, key], out);
    }
    // Unknown fields are almost always typos of known ones.
    for (const key of Object.keys(rec))
      if (!Object.hasOwn(shape, key)) fail(out, [...path, key], `is not a known field (known: ${Object.keys(shape).join(', ')})`);
  };

const weights: Check = (v, path, out) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(out, path, 'must be an object');
  for (const [k, w] of Object.entries(v)) {
    id(k, [...path, k], out);
    num(-6, 6)(w, [...path, k], out);
  }
};

const provenance = { sources: arr(id, 1, 12), checked: obj({ date, against: oneOf('sources', 'clinical-review') }) };
const texts = (min = 1, max = 8) => arr(text, min, max);
const ids = (min = 0, max = 30) => arr(id, min, max);

const source = obj({
  id,
  title: text,
  publisher: text,
  url: str(URL_RE, 'a web address starting with http:// or https://', 400),
  date: opt(str(LOOSE_DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD', 10)),
  kind: oneOf('guideline', 'research', 'nhs', 'reference', 'low-authority'),
  secondary: opt(bool),
});

const region = obj({
  id,
  view: oneOf('front', 'back', 'any'),
  name: str(undefined, 'text', 60),
  where: text,
  causes: arr(obj({ condition: id, commonness: oneOf('common', 'less-common', 'rare'), who: text }), 1, 8),
  redFlags: ids(0, 8),
  questions: ids(0, 8),
  ...provenance,
});

const condition = obj({
  id,
  name: str(undefined, 'text', 80),
  clinicalName: str(undefined, 'text', 120),
  summary: text,
  feelsLike: texts(),
  worseWith: texts(),
  who: text,
  helps: texts(),
  seeAProfessional: texts(),
  exercises: ids(0, 8),
  redFlags: ids(0, 8),
  ...provenance,
});

const variant = obj({ name: str(undefined, 'text', 80), how: text, exercise: opt(id) });

const exercise = obj({
  id,
  name: str(undefined, 'text', 80),
  summary: text,
  muscles: texts(1, 6),
  helps: ids(1, 12),
  dose: obj({
    sets: num(1, 10),
    reps: opt(num(1, 100)),
    holdSeconds: opt(num(1, 300)),
    restSeconds: opt(num(0, 600)),
    perSide: bool,
    frequency: text,
    note: opt(text),
  }),
  steps: texts(3, 6),
  cues: texts(1, 6),
  mistakes: texts(1, 6),
  easier: variant,
  harder: variant,
  stopIf: text,
  equipment: texts(0, 6),
  difficulty: oneOf('easy', 'moderate', 'hard'),
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
  tier: oneOf('emergency', 'today', 'soon', 'routine'),
  text,
  why: text,
  action: text,
  applies: oneOf('always', 'after-injury', 'child'),
  ...provenance,
});

const rule = obj({
  id,
  name: text,
  appliesTo: text,
  instruction: text,
  criteria: arr(obj({ id, text }), 1, 10),
  interpretation: text,
  performance: arr(obj({ study: text, sensitivity: text, specificity: opt(text), source: id }), 1, 10),
  ...provenance,
});

const effect = obj({ boost: opt(weights), redFlag: opt(id) });
const question = obj({ id, text, yes: effect, no: effect, ...provenance });

const guidance = obj({
  notADiagnosis: text,
  painRule: text,
  painBands: arr(
    obj({ max: num(0, 10), verdict: oneOf('fine', 'acceptable', 'too-much'), advice: text }),
    2,
    5,
  ),
  injuryQuestion: text,
  selfCareIntro: text,
  selfCare: texts(1, 8),
  checkAgain: text,
  ...provenance,
});

const contact = obj({
  text: str(undefined, 'text', 120),
  phone: opt(str(/^\+?[0-9][0-9 ()\-.]{2,24}$/, 'a phone number of digits, spaces and + ( ) - .', 25)),
  url: opt(str(URL_RE, 'a web address starting with http:// or https://', 400)),
});

const clinic = obj({
  name: str(undefined, 'text', 80),
  emergencyNumber: opt(str(/^[0-9+#*\- ]{2,15}$/, 'a phone number such as 999 or 112', 15)),
  contact: opt(contact),
  sameDay: opt(contact),
  review: opt(obj({ by: str(undefined, 'text', 80), role: str(undefined, 'text', 80), date })),
});

const parts: Record<keyof typeof contentFiles, Check> = {
  sources: arr(source, 1, 300),
  regions: arr(region, 1, 40),
  conditions: arr(condition, 1, 200),
  exercises: arr(exercise, 1, 200),
  redFlags: arr(redFlag, 1, 100),
  rules: arr(rule, 0, 10),
  questions: arr(question, 0, 60),
  guidance,
};

/** Turns an issue path into file / item id / field, using the item's own id where it has one. */
function locate(data: Record<string, unknown>, issue: Issue): ContentError {
  const [part, index, ...rest] = issue.path;
  // Only the eight content files name a file; `clinic` is reported as its own
  // part, and any other top-level key (locale, a typo, even "constructor") as
  // a field of the content itself.
  if (typeof part !== 'string' || !Object.hasOwn(contentFiles, part)) {
    const clinic = part === 'clinic';
    const path = (clinic ? issue.path.slice(1) : issue.path).map((p, i) =>
      typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p),
    );
    return { file: clinic ? 'clinic' : '(content)', field: path.join('') || '(content)', message: issue.message };
  }
  const file = contentFiles[part as keyof typeof contentFiles];
  const item = typeof index === 'number' ? (data[part as string] as unknown[])?.[index] : undefined;
  const itemId = (item as { id?: unknown } | undefined)?.id;
  const fieldPath = typeof index === 'number' ? rest : issue.path.slice(1);
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
  const out: Issue[] = [];
  if (typeof data !== 'object' || data === null)
    return [{ file: '(content)', field: '(content)', message: 'must be an object' }];
  const rec = data as Record<string, unknown>;
  obj({
    locale: str(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or es-MX', 20),
    ...parts,
    clinic: opt(clinic),
  })(
    rec,
    [],
    out,
  );
  return out.map((issue) => locate(rec, issue));
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

/** Validates untrusted content: shape first, then references. */
export function validateContent(data: unknown): ValidationResult {
  const shape = validateShape(data);
  if (shape.length) return { ok: false, errors: shape };
  const refs = validateReferences(data as Content);
  return refs.length ? { ok: false, errors: refs } : { ok: true, content: data as Content };
}

