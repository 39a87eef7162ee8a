/**
 * The checklist's answers kept for one browser tab (sessionStorage), only
 * when the page sets `persist`. Never sent anywhere. Storage that is full,
 * disabled or unreadable just means nothing is kept.
 */
const PREFIX = 'knee-pain-widgets/red-flag-checklist/';

export interface SavedAnswers {
  ticked: string[];
  injury: boolean;
}

const keyFor = (id: string) => PREFIX + (id || 'default');

export function saveAnswers(id: string, answers: SavedAnswers): void {
  try {
    sessionStorage.setItem(keyFor(id), JSON.stringify(answers));
  } catch {
    // The checklist works without it.
  }
}

export function forgetAnswers(id: string): void {
  try {
    sessionStorage.removeItem(keyFor(id));
  } catch {
    // Disabled storage holds nothing to delete.
  }
}

/** What was saved for `id`, keeping only the sign ids in `known`; undefined if nothing usable. */
export function savedAnswers(id: string, known: ReadonlySet<string>): Partial<SavedAnswers> | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(keyFor(id)) ?? 'null') as unknown;
    if (!saved || typeof saved !== 'object') return undefined;
    const { ticked, injury } = saved as { ticked?: unknown; injury?: unknown };
    return {
      ticked: Array.isArray(ticked) ? ticked.filter((t): t is string => known.has(t)) : undefined,
      injury: injury === true,
    };
  } catch {
    return undefined;
  }
}
