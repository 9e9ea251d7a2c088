import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
  createRoadmapYDoc,
  createUndoManager,
  migrateDocument,
  RoadmapStore,
  updateRoadmap,
  type Problem,
} from '../../shared';
import { compactUpdates, countUpdates, writesSettled } from './idb-updates';
import { runCommand } from './run-command';
import { guardOnClose, SaveTracker } from './save-tracker';

/**
 * y-indexeddb stores one entry per edit and merges them only after 500, and adds one at every open
 * (y-indexeddb #31): past this many entries, a roadmap is compacted into one as it opens.
 */
export const COMPACT_AFTER_UPDATES = 50;

/** The IndexedDB database a roadmap is stored in. Its id is a UUID, so names never collide. */
export function roadmapDatabaseName(roadmapId: string): string {
  return `waymark:roadmap:${roadmapId}`;
}

/**
 * An open roadmap: its Y.Doc (the working copy, persisted by y-indexeddb), the read model the views
 * render from, the undo manager for this window's own edits, and whether all of it is saved.
 */
export class RoadmapSession {
  readonly doc = createRoadmapYDoc();
  readonly store: RoadmapStore;
  readonly undo: Y.UndoManager;
  private readonly persistence: IndexeddbPersistence;
  private closed = false;
  /** Whether this roadmap's changes are on disk yet. */
  readonly saves: SaveTracker;
  private readonly unguard: () => void;

  private constructor(readonly roadmapId: string) {
    this.persistence = new IndexeddbPersistence(roadmapDatabaseName(roadmapId), this.doc);
    this.store = new RoadmapStore(this.doc);
    this.undo = createUndoManager(this.doc);
    this.saves = new SaveTracker(this.doc, this.persistence);
    this.unguard = guardOnClose(this.saves);
  }

  /** Opens a roadmap and resolves once its stored state is loaded, compacted if need be, and migrated. */
  static async open(roadmapId: string): Promise<RoadmapSession> {
    const session = new RoadmapSession(roadmapId);
    await session.persistence.whenSynced;
    const db = session.persistence.db!;
    if ((await countUpdates(db)) > COMPACT_AFTER_UPDATES) await compactUpdates(db, session.doc);
    migrateDocument(session.doc);
    return session;
  }

  /**
   * Closes the roadmap once pending writes are done. The persistence provider goes before the doc:
   * destroying a doc while the provider still writes loses data (y-indexeddb #42).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.saves.flush();
    this.saves.stop();
    this.unguard();
    this.undo.destroy();
    this.store.destroy();
    await this.persistence.destroy();
    this.doc.destroy();
  }
}

/** Deletes a roadmap's stored data for good; resolves once the database is gone. */
export function deleteRoadmapData(roadmapId: string): Promise<void> {
  // Not y-indexeddb's clearData(): it starts the deletion without waiting for it.
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(roadmapDatabaseName(roadmapId));
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * Changes the title stored in a roadmap that is not open (renaming it from the list): the document's own
 * title is the truth, the list only shows a copy. Returns the command's problems, or null when done.
 */
export async function renameStoredRoadmap(roadmapId: string, title: string): Promise<readonly Problem[] | null> {
  const doc = createRoadmapYDoc();
  const persistence = new IndexeddbPersistence(roadmapDatabaseName(roadmapId), doc);
  try {
    await persistence.whenSynced;
    migrateDocument(doc);
    const outcome = runCommand(doc, updateRoadmap, { title });
    await writesSettled(persistence.db!);
    return outcome.ok ? null : outcome.problems;
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}
