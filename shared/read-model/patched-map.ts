const DELETED = Symbol('deleted');

/** Patches a map takes before it is copied flat again (reads and iteration stay close to a plain Map's). */
const MAX_PATCHED = 512;

/**
 * A read-only map that is `base` with a few entries set or deleted, made in O(changes) instead of copying
 * the whole map: copying 10,000 records after every edit cost ~4 ms, more than the budget of a whole
 * recomputation. Iteration keeps a Map's order (a changed entry stays in place, a new one comes last).
 */
export class PatchedMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly patches: ReadonlyMap<K, V | typeof DELETED>,
    /** The map this one was made from, and the keys changed since: what an incremental reader asks for. */
    readonly previous: ReadonlyMap<K, V>,
    readonly changedKeys: ReadonlySet<K>,
  ) {
    let size = base.size;
    for (const [key, value] of patches) {
      if (value === DELETED) {
        if (base.has(key)) size--;
      } else if (!base.has(key)) size++;
    }
    this.size = size;
  }

  /** `previous` with `changes` applied (undefined deletes); a plain Map again once the patches pile up. */
  static of<K, V>(previous: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V | undefined>): ReadonlyMap<K, V> {
    const [base, earlier] =
      previous instanceof PatchedMap
        ? [previous.base as ReadonlyMap<K, V>, previous.patches as ReadonlyMap<K, V | typeof DELETED>]
        : [previous, new Map<K, V | typeof DELETED>()];
    if (earlier.size + changes.size > MAX_PATCHED) {
      const flat = new Map(previous);
      for (const [key, value] of changes) {
        if (value === undefined) flat.delete(key);
        else flat.set(key, value);
      }
      return flat;
    }
    const patches = new Map(earlier);
    for (const [key, value] of changes) patches.set(key, value === undefined ? DELETED : value);
    return new PatchedMap(base, patches, previous, new Set(changes.keys()));
  }

  get(key: K): V | undefined {
    if (this.patches.has(key)) {
      const value = this.patches.get(key)!;
      return value === DELETED ? undefined : value;
    }
    return this.base.get(key);
  }

  has(key: K): boolean {
    return this.patches.has(key) ? this.patches.get(key) !== DELETED : this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) {
      if (!this.patches.has(key)) yield [key, value];
      else {
        const patched = this.patches.get(key)!;
        if (patched !== DELETED) yield [key, patched];
      }
    }
    for (const [key, value] of this.patches) if (value !== DELETED && !this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}

/**
 * The keys changed between `previous` and `next` when `next` was patched from it, in one step or several
 * (a view that skipped some snapshots), else null (unknown: compare everything).
 */
export function changedKeysSince<K, V>(next: ReadonlyMap<K, V>, previous: ReadonlyMap<K, V>): ReadonlySet<K> | null {
  if (next === previous) return new Set();
  if (!(next instanceof PatchedMap)) return null;
  if (next.previous === previous) return next.changedKeys as ReadonlySet<K>;
  // A chain only grows until the patches are copied flat, so this walks at most MAX_PATCHED steps.
  const changed = new Set<K>();
  let map: ReadonlyMap<K, V> = next;
  for (let steps = 0; map instanceof PatchedMap && steps < MAX_PATCHED; steps++) {
    for (const key of (map as PatchedMap<K, V>).changedKeys) changed.add(key);
    map = (map as PatchedMap<K, V>).previous;
    if (map === previous) return changed;
  }
  return null;
}
