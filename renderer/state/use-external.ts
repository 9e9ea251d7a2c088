import { useRef, useSyncExternalStore } from 'react';

/** A store React can subscribe to (the roadmap read model, the roadmap list). */
export interface ExternalStore<Snapshot> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
}

/**
 * Subscribes to a narrow slice of an external store: the component re-renders only when `select`
 * returns something not `isEqual` to before (Object.is by default), so editing one initiative does not
 * re-render every lane.
 */
export function useExternalSelector<Snapshot, Selected>(
  store: ExternalStore<Snapshot>,
  select: (snapshot: Snapshot) => Selected,
  isEqual: (a: Selected, b: Selected) => boolean = Object.is,
): Selected {
  const cache = useRef<{ snapshot: Snapshot; select: typeof select; selected: Selected } | null>(null);
  const getSelection = (): Selected => {
    const snapshot = store.getSnapshot();
    const cached = cache.current;
    if (cached && cached.snapshot === snapshot && cached.select === select) return cached.selected;
    const fresh = select(snapshot);
    const selected = cached && isEqual(cached.selected, fresh) ? cached.selected : fresh;
    cache.current = { snapshot, select, selected };
    return selected;
  };
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** Shallow equality of two arrays (same length, same items). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
