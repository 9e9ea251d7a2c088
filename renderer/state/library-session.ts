import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import {
  createRoadmapYDoc,
  duplicateRoadmap,
  initializeRoadmap,
  metaOf,
  newId,
  RoadmapLibrary,
  SAMPLE_TITLE,
  writeSampleRoadmap,
  type Clock,
  type IsoDate,
} from '../../shared';
import { deleteRoadmapData, roadmapDatabaseName } from './roadmap-session';
import { guardOnClose, SaveTracker } from './save-tracker';
import { writesSettled } from './idb-updates';
import { rememberMainView, rememberView } from './remembered';

/** The local list of roadmaps, persisted in its own IndexedDB database. */
export const LIBRARY_DATABASE = 'waymark:library';

let opening: Promise<RoadmapLibrary> | null = null;
let libraryTracker: SaveTracker | null = null;

/**
 * Opens the roadmap list once per window (React may mount twice); on the very first run it also creates
 * the sample roadmap, which is never recreated after the user deletes it.
 */
export function openLibraryForWindow(clock: Clock): Promise<RoadmapLibrary> {
  opening ??= (async () => {
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence(LIBRARY_DATABASE, doc);
    await persistence.whenSynced;
    libraryTracker = new SaveTracker(doc, persistence);
    guardOnClose(libraryTracker); // lives as long as the window
    const library = new RoadmapLibrary(doc);
    // Now, not on a view's first read: a write while React renders would update the roadmap list mid-render.
    library.ensureProfile();
    if (!library.sampleOffered) {
      library.markSampleOffered();
      if (library.list().length === 0) await createSampleRoadmap(library, clock.today());
    }
    return library;
  })();
  return opening;
}

// Writes a brand-new roadmap's first content into its own database (IndexedDB finishes pending writes
// before it closes). Only ever for roadmaps created here: a joined roadmap is never seeded. With its history
// kept, like every roadmap's: the sample takes a baseline, whose snapshot needs what it wrote first.
async function writeNewRoadmap(id: string, write: (doc: Y.Doc) => void): Promise<void> {
  const doc = createRoadmapYDoc();
  const persistence = new IndexeddbPersistence(roadmapDatabaseName(id), doc);
  await persistence.whenSynced;
  write(doc);
  await writesSettled(persistence.db!);
  await persistence.destroy();
  doc.destroy();
}

/** Creates an empty roadmap and lists it; returns its id. */
export async function createEmptyRoadmap(library: RoadmapLibrary, title: string): Promise<string> {
  const id = newId();
  await writeNewRoadmap(id, (doc) => initializeRoadmap(doc, { title }));
  library.add(id, title, Date.now());
  return id;
}

/**
 * Stores a duplicate of a roadmap as a new roadmap and lists it (see duplicateRoadmap: a new id and a history
 * of its own, so it never merges back); returns its id. The original is only read.
 */
export async function createDuplicateRoadmap(
  library: RoadmapLibrary,
  sourceId: string,
  source: Y.Doc,
): Promise<string> {
  const { roadmapId, title, doc } = duplicateRoadmap(source, { sourceId, at: new Date() });
  try {
    await writeNewRoadmap(roadmapId, (stored) => Y.applyUpdate(stored, Y.encodeStateAsUpdate(doc)));
    library.add(roadmapId, title, Date.now());
  } finally {
    doc.destroy();
  }
  return roadmapId;
}

/**
 * Creates a roadmap from an import (a CSV file): a new, initialized roadmap titled `title`, into which
 * `fill` writes; lists it and returns its id.
 */
export async function createImportedRoadmap(
  library: RoadmapLibrary,
  title: string,
  fill: (doc: Y.Doc) => void,
): Promise<string> {
  const id = newId();
  await writeNewRoadmap(id, (doc) => {
    initializeRoadmap(doc, { title });
    fill(doc);
  });
  library.add(id, title, Date.now());
  return id;
}

/**
 * Stores a roadmap made elsewhere (a JSON import) as a new roadmap and lists it under its own title; returns
 * its id. The document is copied whole, its baselines' snapshots with it.
 */
export async function createRoadmapFromDoc(library: RoadmapLibrary, source: Y.Doc): Promise<string> {
  const id = newId();
  await writeNewRoadmap(id, (doc) => Y.applyUpdate(doc, Y.encodeStateAsUpdate(source)));
  const title = String(metaOf(source).get('title') ?? '').trim() || 'Imported roadmap';
  library.add(id, title, Date.now());
  return id;
}

/** Creates the sample roadmap with dates around `today` and lists it; returns its id. */
export async function createSampleRoadmap(library: RoadmapLibrary, today: IsoDate): Promise<string> {
  const id = newId();
  await writeNewRoadmap(id, (doc) => writeSampleRoadmap(doc, today));
  library.add(id, SAMPLE_TITLE, Date.now());
  return id;
}

/**
 * Removes a roadmap from the list, and once that is saved, deletes its stored data (in that order, so a
 * window closed halfway leaves at worst an unlisted database, never a listed roadmap without data).
 */
export async function deleteRoadmap(library: RoadmapLibrary, id: string): Promise<void> {
  library.remove(id);
  rememberView(id, null);
  rememberMainView(id, null);
  await libraryTracker?.flush();
  await deleteRoadmapData(id);
}

/** The next free "Untitled roadmap" name, so new roadmaps can be told apart in the list. */
export function untitledName(library: RoadmapLibrary): string {
  const taken = new Set(library.list().map((entry) => entry.title));
  if (!taken.has('Untitled roadmap')) return 'Untitled roadmap';
  let n = 2;
  while (taken.has(`Untitled roadmap ${n}`)) n++;
  return `Untitled roadmap ${n}`;
}
