import type * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';
import { writesSettled } from './idb-updates';

/** Whether every change is on disk yet. */
export type SaveState = 'saved' | 'saving';

/**
 * Tells when a y-indexeddb-persisted document's changes have committed. y-indexeddb writes each update
 * as it happens but says nothing when the write is done, and IndexedDB aborts unfinished writes when a
 * page unloads, so the window must know before it closes.
 */
export class SaveTracker {
  private state: SaveState = 'saved';
  private pending: Promise<void> | null = null;
  private unsavedChanges = false;
  private stopped = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    doc: Y.Doc,
    private readonly persistence: IndexeddbPersistence,
  ) {
    // Registered after y-indexeddb's own listener, so its write is already queued when this runs.
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== persistence) this.changed();
    });
  }

  /** 'saving' while a change is on its way to IndexedDB. */
  readonly getState = (): SaveState => this.state;

  /** Calls `listener` when the state changes; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Resolves once every change made so far has committed. */
  async flush(): Promise<void> {
    while (this.pending) await this.pending;
  }

  /** Stops tracking (the database is about to close). */
  stop(): void {
    this.stopped = true;
  }

  private changed(): void {
    this.unsavedChanges = true;
    this.setState('saving');
    this.pending ??= this.settle();
  }

  // Repeats until no change arrived during the last round, so 'saved' always covers the latest change.
  private async settle(): Promise<void> {
    try {
      while (this.unsavedChanges) {
        this.unsavedChanges = false;
        const db = this.persistence.db;
        if (db && !this.stopped) await writesSettled(db);
      }
    } catch (error) {
      console.error('Waymark could not confirm that changes were saved:', error);
    } finally {
      this.pending = null;
      this.setState('saved');
    }
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}

const trackers = new Set<SaveTracker>();
const windowListeners = new Set<() => void>();
const unsubscribes = new Map<SaveTracker, () => void>();
const notifyWindow = () => {
  for (const listener of [...windowListeners]) listener();
};

/** Registers a tracker the window must wait for before it closes; returns the unregister. */
export function guardOnClose(tracker: SaveTracker): () => void {
  trackers.add(tracker);
  unsubscribes.set(tracker, tracker.subscribe(notifyWindow));
  notifyWindow();
  return () => {
    trackers.delete(tracker);
    unsubscribes.get(tracker)?.();
    unsubscribes.delete(tracker);
    notifyWindow();
  };
}

/** Every tracker the window waits for before it closes. */
export function guardedTrackers(): readonly SaveTracker[] {
  return [...trackers];
}

/** 'saving' while any document of this window has a change on its way to disk. */
export function windowSaveState(): SaveState {
  return [...trackers].some((tracker) => tracker.getState() === 'saving') ? 'saving' : 'saved';
}

/** Calls `listener` when the window's save state may have changed; returns the unsubscribe. */
export function subscribeWindowSaveState(listener: () => void): () => void {
  windowListeners.add(listener);
  return () => windowListeners.delete(listener);
}
