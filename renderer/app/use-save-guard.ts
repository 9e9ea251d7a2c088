import { useEffect, useSyncExternalStore } from 'react';
import { guardedTrackers, subscribeWindowSaveState, windowSaveState, type SaveState } from '../state/save-tracker';

/** Whether everything in this window (roadmap and roadmap list) is saved, for the header's indicator. */
export function useWindowSaveState(): SaveState {
  return useSyncExternalStore(subscribeWindowSaveState, windowSaveState);
}

/**
 * Keeps the window open while a change is still being written (IndexedDB aborts unfinished writes when a
 * page unloads). In the desktop app the close is retried as soon as the writes are done; in a browser the
 * user is asked, as for any page with unsaved changes.
 */
export function useSaveGuard(): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const unsaved = guardedTrackers().filter((tracker) => tracker.getState() === 'saving');
      if (unsaved.length === 0) return;
      event.preventDefault();
      if (window.waymark) void Promise.all(unsaved.map((tracker) => tracker.flush())).then(() => window.close());
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
