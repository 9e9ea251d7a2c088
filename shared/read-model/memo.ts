/**
 * Remembers the last result of `compute` and returns it again while every input is the same object:
 * derived views recompute only when a collection they read has changed.
 */
export function memoizeLast<Inputs extends readonly unknown[], Result>(
  compute: (...inputs: Inputs) => Result,
): (...inputs: Inputs) => Result {
  let lastInputs: Inputs | undefined;
  let lastResult: Result;
  return (...inputs: Inputs) => {
    if (lastInputs && inputs.length === lastInputs.length && inputs.every((input, i) => input === lastInputs![i])) {
      return lastResult;
    }
    lastInputs = inputs;
    lastResult = compute(...inputs);
    return lastResult;
  };
}

/** Where a snapshot keeps the derived data of its document (shared by every snapshot of one store). */
export const DERIVED_CACHE = Symbol('waymark-derived-cache');

/** Something that carries its document's cache of derived data (every RoadmapStore snapshot does). */
export interface HasDerivedCache {
  readonly [DERIVED_CACHE]?: Map<unknown, unknown>;
}

// Snapshots made without a store (tests, one-off reads) get a cache of their own, dropped with them.
const looseCaches = new WeakMap<object, Map<unknown, unknown>>();

/** The cache of derived data of the document a snapshot belongs to. */
export function derivedCacheOf(snapshot: HasDerivedCache & object): Map<unknown, unknown> {
  const own = snapshot[DERIVED_CACHE];
  if (own) return own;
  let loose = looseCaches.get(snapshot);
  if (!loose) looseCaches.set(snapshot, (loose = new Map()));
  return loose;
}

/**
 * Like memoizeLast, but with one slot per document: two open roadmaps do not evict each other's results,
 * and a closed roadmap's results go with its store. `compute` gets what it returned last time for this
 * document (for structural sharing), or undefined.
 */
export function memoizePerDocument<
  Snapshot extends HasDerivedCache & object,
  Inputs extends readonly unknown[],
  Result,
>(
  inputsOf: (snapshot: Snapshot) => Inputs,
  compute: (inputs: Inputs, previous: Result | undefined) => Result,
): (snapshot: Snapshot) => Result {
  const slot = Symbol('memo slot');
  return (snapshot) => {
    const cache = derivedCacheOf(snapshot);
    const inputs = inputsOf(snapshot);
    const last = cache.get(slot) as { inputs: Inputs; result: Result } | undefined;
    if (last && inputs.length === last.inputs.length && inputs.every((input, i) => input === last.inputs[i])) {
      return last.result;
    }
    const result = compute(inputs, last?.result);
    cache.set(slot, { inputs, result });
    return result;
  };
}

/** The same items in the same order (or the very same array): what structural sharing keeps. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}
