/**
 * Loads a clinic's own content for a `<knee-pain-guide>`: fetches it (when
 * given a `content-src`), lays it over the whole default content and validates
 * the result. Imported on demand, only by guides given content: pages without
 * it never download the validator.
 *
 * Privacy: the request carries no cookies and no referrer, and is made only
 * because the page's markup asked for it.
 */
import { defaultIndex } from '../content/default-store.js';
import { loadLocale } from '../i18n/load.js';
import { locales } from '../i18n/localize.js';
import { indexContent, type ContentIndex } from '../content/content-index.js';
import { mergeContent } from '../content/clinic.js';
import type { ContentError } from '../content/errors.js';

/** What happened to a clinic's content. */
export type ClinicLoad =
  | { ok: true; index: ContentIndex }
  | {
      ok: false;
      /** One sentence for the site's editor: what went wrong. */
      problem: string;
      /** The item-by-item reasons, when the content arrived but was invalid. */
      errors: ContentError[];
    };

/** Fetched content larger than this is refused before parsing (ours is about 150 kB). */
const MAX_BYTES = 2_000_000;

type Fetched = { ok: true; data: unknown } | { ok: false; problem: string };

/** Fetches and parses JSON from `src`, with a timeout. Never throws. */
export async function fetchJson(src: string, base: string, timeoutMs: number, signal?: AbortSignal): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, problem: `content-src "${src.slice(0, 200)}" is not a valid address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: `content-src must be an http(s) address, not "${url.protocol}".` };
  const shown = url.href.slice(0, 200);
  // A newer load took over before this one started: no request at all.
  if (signal?.aborted) return { ok: false, problem: 'Cancelled.' };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const stop = () => timeout.abort();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const res = await fetch(url, {
      signal: timeout.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) return { ok: false, problem: `${shown} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.` };
    const type = res.headers.get('content-type') ?? '';
    if (/html/i.test(type)) return { ok: false, problem: `${shown} returned a web page (${type}), not JSON.` };
    const text = await res.text();
    if (text.length > MAX_BYTES)
      return { ok: false, problem: `${shown} is too large (${text.length} characters, at most ${MAX_BYTES}).` };
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch {
      const html = /^\s*</.test(text);
      return { ok: false, problem: `${shown} is not JSON${html ? ' (it looks like HTML)' : ''}.` };
    }
  } catch {
    if (signal?.aborted) return { ok: false, problem: 'Cancelled.' };
    if (timeout.signal.aborted)
      return { ok: false, problem: `${shown} did not answer within ${(timeoutMs / 1000).toLocaleString('en')} s.` };
    return {
      ok: false,
      problem: `${shown} could not be fetched (offline, a cross-origin request without CORS, or blocked by the page's connect-src policy).`,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * Loads a clinic's content: `content` (an object from page code) wins over
 * `src`. Resolves with the merged, validated index, or with why it was refused.
 */
export async function loadClinicContent(options: {
  content?: unknown;
  src?: string | null;
  base: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The guide's language; the content's own `locale`, if one we ship, wins. */
  locale?: string;
}): Promise<ClinicLoad> {
  let data = options.content;
  if (data === undefined || data === null) {
    if (!options.src) return { ok: false, problem: 'No content given.', errors: [] };
    const fetched = await fetchJson(options.src, options.base, options.timeoutMs, options.signal);
    if (!fetched.ok) return { ok: false, problem: fetched.problem, errors: [] };
    data = fetched.data;
  }
  // The overlay is laid over the default content of its language.
  const declared = (data as { locale?: unknown } | null)?.locale;
  const locale = typeof declared === 'string' && locales.includes(declared) ? declared : (options.locale ?? 'en');
  // Every part of that language (loadLocale fetches only what is missing).
  await loadLocale(locale, ['regions', 'flags', 'conditions', 'exercises', 'sources']);
  let merged;
  try {
    merged = mergeContent(defaultIndex(locale).content, data);
  } catch {
    // Getters or proxies in page-supplied objects can throw; treat as invalid.
    return { ok: false, problem: 'The content could not be read.', errors: [] };
  }
  if (!merged.ok)
    return {
      ok: false,
      problem: `The content has ${merged.errors.length} problem${merged.errors.length === 1 ? '' : 's'}.`,
      errors: merged.errors,
    };
  return { ok: true, index: indexContent(merged.content) };
}
