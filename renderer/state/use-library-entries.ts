import { useSyncExternalStore } from 'react';
import type { RoadmapEntry, RoadmapLibrary } from '../../shared';

const stores = new WeakMap<
  RoadmapLibrary,
  { subscribe: (listener: () => void) => () => void; getSnapshot: () => RoadmapEntry[] }
>();

// Adapts the library document to React: a new list only after the library changed.
function storeOf(library: RoadmapLibrary) {
  let store = stores.get(library);
  if (!store) {
    let entries = library.list();
    store = {
      subscribe: (listener) => {
        const onUpdate = () => {
          entries = library.list();
          listener();
        };
        library.doc.on('update', onUpdate);
        return () => library.doc.off('update', onUpdate);
      },
      getSnapshot: () => entries,
    };
    stores.set(library, store);
  }
  return store;
}

const NO_LIBRARY = { subscribe: () => () => {}, getSnapshot: (): RoadmapEntry[] => [] };

/** The roadmaps in the local list, most recently opened first (none without a library). */
export function useLibraryEntries(library: RoadmapLibrary | null): RoadmapEntry[] {
  const store = library ? storeOf(library) : NO_LIBRARY;
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
