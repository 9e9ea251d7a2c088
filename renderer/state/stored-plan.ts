import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createRoadmapYDoc, migrateDocument, RoadmapStore, type RoadmapSnapshot } from '../../shared';
import { roadmapDatabaseName } from './roadmap-session';

/** Another roadmap of this device's list, read to compare with: its plan and when it was read. */
export interface StoredPlan {
  readonly roadmapId: string;
  readonly plan: RoadmapSnapshot;
  readonly readAt: Date;
}

/**
 * Reads a roadmap stored on this device as it is now, without changing its content (y-indexeddb only
 * adds an empty entry as it opens a database; only listed roadmaps are read): its stored state is copied
 * into a document of its own and migrated there, in memory (an older roadmap is not upgraded on disk by
 * being looked at). Read once per pick: a later edit to it shows after "Read again".
 */
export async function readStoredPlan(roadmapId: string): Promise<StoredPlan> {
  const stored = createRoadmapYDoc();
  const persistence = new IndexeddbPersistence(roadmapDatabaseName(roadmapId), stored);
  const copy = createRoadmapYDoc();
  try {
    await persistence.whenSynced;
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(stored));
  } finally {
    await persistence.destroy();
    stored.destroy();
  }
  migrateDocument(copy);
  const store = new RoadmapStore(copy);
  const plan = store.getSnapshot();
  store.destroy();
  copy.destroy();
  return { roadmapId, plan, readAt: new Date() };
}
