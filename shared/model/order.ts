import { generateKeyBetween } from 'fractional-indexing';

/** Anything ordered by a fractional-index key; ties (two replicas picking the same key) break by id. */
export interface Ordered {
  readonly id: string;
  readonly order: string;
}

/** Sorts by order key, then id, so every replica shows the same order even after concurrent inserts. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** An order key after every item of `items` (which need not be sorted). */
export function orderKeyAfterAll(items: Iterable<Ordered>): string {
  let last: string | null = null;
  for (const item of items) if (last === null || item.order > last) last = item.order;
  return safeKeyBetween(last, null);
}

/** An order key between two neighbours (null = open end). */
export function orderKeyBetween(before: string | null, after: string | null): string {
  return safeKeyBetween(before, after);
}

// A damaged key from a peer must not make creating records impossible: drop the bad neighbour and retry.
function safeKeyBetween(before: string | null, after: string | null): string {
  const attempts: [string | null, string | null][] = [
    [before, after],
    [before, null],
    [null, after],
    [null, null],
  ];
  for (const [low, high] of attempts) {
    try {
      return generateKeyBetween(low, high);
    } catch {
      // try the next, looser pair
    }
  }
  return generateKeyBetween(null, null);
}
