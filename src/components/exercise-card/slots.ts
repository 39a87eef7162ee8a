/**
 * Numbers for owners that share a key: the first to claim a key gets 1, the
 * next 2, and a number given back is handed out again. An owner keeps its
 * number for as long as it holds the key, whoever comes or goes.
 */
export class Slots<T> {
  private held = new Map<T, { key: string; n: number }>();

  /** The number `owner` holds for `key`: the one it has, else the lowest free (it gives back any other). */
  claim(key: string, owner: T): number {
    const mine = this.held.get(owner);
    if (mine?.key === key) return mine.n;
    this.held.delete(owner);
    const taken = new Set([...this.held.values()].filter((h) => h.key === key).map((h) => h.n));
    let n = 1;
    while (taken.has(n)) n++;
    this.held.set(owner, { key, n });
    return n;
  }

  /** Gives back the number `owner` holds, if any. */
  release(owner: T): void {
    this.held.delete(owner);
  }
}
