/**
 * A clinic's own content, laid over the default content.
 *
 * A clinic rarely wants to restate everything: it rewords a condition, adds an
 * exercise its physiotherapists use, changes the emergency number or adds its
 * own contact. So its content is an *overlay*: each list holds items that
 * either replace fields of the default item with the same id, or (with a new
 * id) add a whole item. The merged result is then checked with the same schema
 * as the default content, so a clinic's item needs what ours need (sources and
 * a review date) and errors name the item and field.
 *
 * Nothing here renders or executes anything: the result is plain data that the
 * elements show as text.
 */
import { validateContent, type ContentError } from './schema.js';
import { contentFiles, type Content } from './types.js';
import { byUrgency } from '../triage/triage.js';

/** The lists a clinic may extend or reword, by id. */
const lists = ['sources', 'regions', 'conditions', 'exercises', 'redFlags', 'rules', 'questions'] as const;

/** Top-level keys a clinic's content may have. */
const known = new Set<string>([...lists, 'guidance', 'clinic', 'locale', '$schema']);

/** At most this many items per list: more is a mistake (or an attack), not content. */
const MAX_ITEMS = 300;

export type MergeResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Shallow merge into a fresh prototype-less object (a replaced field is
 * replaced whole). Without a prototype, a `__proto__` key in JSON stays a
 * plain field (which the schema then rejects) and can never set a prototype.
 */
const fields = (...records: object[]): Record<string, unknown> => {
  const out = Object.create(null) as Record<string, unknown>;
  for (const record of records) for (const [k, x] of Object.entries(record)) out[k] = x;
  return out;
};
const over = (base: object, patch: Record<string, unknown>) => fields(base, patch);

/**
 * Lays `overlay` (untrusted: parsed JSON or a page's object) over `base` and
 * validates the result. On success the content is a new object; `base` is
 * never changed.
 */
export function mergeContent(base: Content, overlay: unknown): MergeResult {
  const errors: ContentError[] = [];
  if (!isRecord(overlay))
    return { ok: false, errors: [{ file: '(content)', field: '(content)', message: 'must be an object (JSON {…})' }] };

  for (const key of Object.keys(overlay))
    if (!known.has(key))
      errors.push({
        file: '(content)',
        field: key.slice(0, 60),
        message: `is not a known part (known: ${[...known].filter((k) => k !== '$schema').join(', ')})`,
      });

  const merged: Record<string, unknown> = { ...base };
  for (const key of lists) {
    const items = overlay[key];
    if (items === undefined) continue;
    const file = contentFiles[key];
    if (!Array.isArray(items)) {
      errors.push({ file, field: '(list)', message: 'must be a list […] of items' });
      continue;
    }
    if (items.length > MAX_ITEMS) {
      errors.push({ file, field: '(list)', message: `has ${items.length} items (at most ${MAX_ITEMS})` });
      continue;
    }
    merged[key] = mergeList(base[key] as unknown as { id: string }[], items, file, errors);
  }

  if (overlay.guidance !== undefined) {
    if (isRecord(overlay.guidance)) merged.guidance = over(base.guidance, overlay.guidance);
    else errors.push({ file: contentFiles.guidance, field: '(item)', message: 'must be an object' });
  }
  if (overlay.clinic !== undefined) merged.clinic = isRecord(overlay.clinic) ? fields(overlay.clinic) : overlay.clinic;
  // A clinic's content is in the page's language; saying another one is a mistake we report.
  if (overlay.locale !== undefined && overlay.locale !== base.locale)
    errors.push({
      file: '(content)',
      field: 'locale',
      message: `is "${String(overlay.locale).slice(0, 20)}" but these widgets show "${base.locale}"`,
    });

  if (errors.length) return { ok: false, errors };
  const result = validateContent(merged);
  if (!result.ok) return result;
  const unsafe = loweredSafety(base, result.content);
  return unsafe.length ? { ok: false, errors: unsafe } : result;
}

/**
 * A clinic may reword and add, but never make the advice milder: a warning
 * sign keeps at least its default tier, an emergency sign stays visible to
 * the same people, and an answer that pointed to a sign still points to one
 * at least as urgent.
 */
function loweredSafety(base: Content, merged: Content): ContentError[] {
  const errors: ContentError[] = [];
  const flags = new Map(merged.redFlags.map((f) => [f.id, f]));
  for (const was of base.redFlags) {
    const now = flags.get(was.id);
    if (now && byUrgency(now.tier, was.tier) > 0)
      errors.push({ file: contentFiles.redFlags, id: was.id, field: 'tier', message: `cannot be lowered from "${was.tier}" to "${now.tier}"` });
    if (now && was.tier === 'emergency' && now.applies !== was.applies)
      errors.push({ file: contentFiles.redFlags, id: was.id, field: 'applies', message: `of an emergency sign cannot change (it would hide the sign from some people)` });
  }
  const questions = new Map(merged.questions.map((q) => [q.id, q]));
  for (const was of base.questions)
    for (const answer of ['yes', 'no'] as const) {
      const before = was[answer].redFlag && flags.get(was[answer].redFlag);
      if (!before) continue;
      const pointed = questions.get(was.id)?.[answer].redFlag;
      const after = pointed ? flags.get(pointed) : undefined;
      if (!after || byUrgency(after.tier, before.tier) > 0)
        errors.push({
          file: contentFiles.questions,
          id: was.id,
          field: `${answer}.redFlag`,
          message: `must still point to a warning sign at least as urgent as "${before.id}" (${before.tier})`,
        });
    }
  return errors;
}

/** Before `checked`, items said only when they were `reviewed`: read that as a check against sources. */
function checkedOf(item: Record<string, unknown>): Record<string, unknown> {
  if (typeof item.reviewed !== 'string' || item.checked !== undefined) return item;
  const out = fields(item);
  out.checked = { date: item.reviewed, against: 'sources' };
  delete out.reviewed;
  return out;
}

function mergeList(
  base: readonly { id: string }[],
  items: unknown[],
  file: string,
  errors: ContentError[],
): unknown[] {
  const out: unknown[] = [...base];
  const at = new Map(base.map((item, i) => [item.id, i]));
  items.forEach((given, i) => {
    if (!isRecord(given) || typeof given.id !== 'string') {
      errors.push({ file, id: `#${i}`, field: 'id', message: 'each item must be an object with an "id"' });
      return;
    }
    const item = checkedOf(given) as Record<string, unknown> & { id: string };
    const existing = at.get(item.id);
    if (existing === undefined) {
      at.set(item.id, out.length);
      out.push(fields(item));
    } else out[existing] = over(out[existing] as object, item);
  });
  return out;
}
