import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createUndoManager, migrateDocument, RoadmapStore } from '../../shared';

/** The IndexedDB database a roadmap is stored in. Its id is a UUID, so names never collide. */
export function roadmapDatabaseName(roadmapId: string): string {
  return `waymark:roadmap:${roadmapId}`;
}

/**
 * An open roadmap: its Y.Doc (the working copy, persisted by y-indexeddb), the read model the views
 * render from, and the undo manager for this window's own edits.
 */
export class RoadmapSession {
  readonly doc = new Y.Doc();
  readonly store: RoadmapStore;
  readonly undo: Y.UndoManager;
  private readonly persistence: IndexeddbPersistence;
  private closed = false;

  private constructor(readonly roadmapId: string) {
    this.persistence = new IndexeddbPersistence(roadmapDatabaseName(roadmapId), this.doc);
    this.store = new RoadmapStore(this.doc);
    this.undo = createUndoManager(this.doc);
  }

  /** Opens a roadmap and resolves once its stored state is loaded and migrated. */
  static async open(roadmapId: string): Promise<RoadmapSession> {
    const session = new RoadmapSession(roadmapId);
    await session.persistence.whenSynced;
    migrateDocument(session.doc);
    return session;
  }

  /**
   * Closes the roadmap. The persistence provider goes first: destroying a doc while the provider still
   * writes loses data (y-indexeddb #42).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.undo.destroy();
    this.store.destroy();
    await this.persistence.destroy();
    this.doc.destroy();
  }
}

/** Deletes a roadmap's stored data for good. */
export async function deleteRoadmapData(roadmapId: string): Promise<void> {
  const persistence = new IndexeddbPersistence(roadmapDatabaseName(roadmapId), new Y.Doc());
  await persistence.clearData();
}
