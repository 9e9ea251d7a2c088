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

/** The roadmaps in the local list, most recently opened first. */
export function useLibraryEntries(library: RoadmapLibrary): RoadmapEntry[] {
  const store = storeOf(library);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
