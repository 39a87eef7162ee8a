/**
 * Reading what a page put in an attribute or property, when it may be wrong.
 *
 * The rules every element follows, so a webmaster's typo never breaks a page
 * or shows a visitor something odd:
 * - Nothing throws, and nothing from an attribute is ever rendered as markup.
 * - A keyword (`side`, `view`, `mode`) is matched like an HTML enumerated
 *   attribute: ASCII case-insensitive, surrounding whitespace ignored. Any
 *   other value means the documented default. These attributes reflect, so
 *   the property and the attribute are rewritten to the value in use
 *   (`side="LEFT"` becomes `side="left"`, `side="middle"` becomes
 *   `side="right"`): the page's CSS and DevTools always see the truth.
 * - A free-form value (`selected`, `exercise`, `emergency-number`,
 *   `heading-level`) is kept as the page set it; the element behaves as
 *   documented for a value it cannot use.
 * - A value the page did set but that cannot be used is reported once per
 *   element and value with `console.warn` (see `warnInvalid`). A missing
 *   value (`null`, `undefined`: the attribute removed) is not a mistake.
 */

const HTML_SPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** Lower-cases A–Z only, as HTML compares keywords (no locale, no Unicode folding). */
export const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Removes HTML whitespace (space, tab, line feed, form feed, carriage return) at both ends. */
export const trimHtmlSpace = (s: string): string => s.replace(HTML_SPACE, '');

/**
 * The keyword of `allowed` that `value` names, or `undefined`. Only strings
 * can name one; case and surrounding whitespace are ignored.
 */
export function keyword<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const v = asciiLower(trimHtmlSpace(value));
  return allowed.find((a) => a === v);
}

/** The keyword of `allowed` that `value` names, else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return keyword(value, allowed) ?? fallback;
}

/**
 * `value` as an integer from `min` to `max`, else `fallback`. Numbers and
 * numeric strings (`"3"`, `" 3 "`, `"3.0"`) count; fractions, out-of-range
 * numbers, `NaN`, empty strings, booleans and anything else fall back rather
 * than being clamped: a heading level of 0 or 1e9 is a mistake, not a wish
 * for the nearest level.
 */
export function intInRange(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value === 'string') {
    if (!trimHtmlSpace(value)) return fallback;
  } else if (typeof value !== 'number') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/**
 * A boolean attribute or property, read as a webmaster means it. Present is
 * on (`persist`, `persist=""`, `persist="persist"`), as in HTML, except the
 * literal `"false"`: `persist="false"` is read as off, because nobody writes
 * that meaning "on", and the safe reading of these switches (storing answers,
 * sound, vibration) is off.
 */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'string') return asciiLower(trimHtmlSpace(value)) !== 'false';
  return value === true;
}

/** Lit converter for boolean attributes with `toBoolean`'s reading. */
export const booleanAttribute = {
  fromAttribute: (value: string | null): boolean => value !== null && toBoolean(value),
  toAttribute: (value: unknown): string | null => (value ? '' : null),
};

/** Whether `value` was written as the string "false" (on for HTML, off for us: worth a warning). */
export const isFalseString = (value: unknown): boolean =>
  typeof value === 'string' && asciiLower(trimHtmlSpace(value)) === 'false';

const MAX_SHOWN = 80;

/** `text` cut to `max` characters (never inside an emoji's surrogate pair), with "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * A value as a warning can quote it: strings in double quotes (cut short if
 * long), other values as they print. Never throws, even for an object that
 * cannot be turned into a string.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(shorten(value, MAX_SHOWN));
  if (typeof value === 'function') return 'a function';
  try {
    return typeof value === 'object' && value !== null ? `an object (${Object.prototype.toString.call(value)})` : String(value);
  } catch {
    return 'a value that cannot be printed';
  }
}

/**
 * The one-line warning for an attribute value an element cannot use:
 * `<tag>: attribute=value is not valid; what happens. Valid: choices.`
 */
export function invalidMessage(
  tag: string,
  attribute: string,
  value: unknown,
  outcome: string,
  valid: string,
): string {
  return `<${tag}>: ${attribute}=${describeValue(value)} is not valid; ${outcome}. Valid: ${valid}.`;
}

/** Lists choices as a warning shows them: `"left", "right"`. */
export const listChoices = (choices: readonly string[]): string => choices.map((c) => JSON.stringify(c)).join(', ');

const warned = new WeakMap<Element, Set<string>>();

/**
 * Warns once per element, attribute and value (see `invalidMessage`): a
 * value re-rendered or set again says nothing new.
 */
export function warnInvalid(host: Element, attribute: string, value: unknown, outcome: string, valid: string): void {
  const key = `${attribute}\u0000${typeof value}\u0000${describeValue(value)}`;
  let seen = warned.get(host);
  if (!seen) warned.set(host, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(invalidMessage(host.localName, attribute, value, outcome, valid));
}

/**
 * The keyword `value` names for `host`'s `attribute`, else `fallback`,
 * warning once if the page set a value that names none.
 */
export function keywordFor<T extends string>(
  host: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  const k = keyword(value, allowed);
  if (k) return k;
  if (value != null) warnInvalid(host, attribute, value, `using ${JSON.stringify(fallback)}`, listChoices(allowed));
  return fallback;
}

/**
 * An id set by a page: a string as it is, a number (or other primitive) as
 * its text, and `null` for none or for a value no attribute could hold (an
 * object, a function, a symbol).
 */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

/**
 * `host`'s boolean `attribute` read with `toBoolean`, warning once when it
 * was written as `"false"` (on, in plain HTML; off here).
 */
export function booleanFor(host: Element, attribute: string, value: unknown): boolean {
  const raw = host.getAttribute(attribute);
  const written = isFalseString(value) ? value : value === false && isFalseString(raw) ? raw : undefined;
  if (written !== undefined) {
    warnInvalid(
      host,
      attribute,
      written,
      'read as off, but a boolean attribute is on whenever it is present: remove it to turn it off',
      'present (on) or absent (off)',
    );
  }
  return toBoolean(value);
}
