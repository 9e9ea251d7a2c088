import { IndexeddbPersistence } from 'y-indexeddb';
import {
  decodeRoadmapFile,
  duplicatedFromOf,
  encodeRoadmapFile,
  FILE_EXTENSION,
  mergeRoadmapFile,
  type DuplicatedFrom,
  type RoadmapFileContents,
  type RoadmapLibrary,
  createRoadmapYDoc,
} from '../../shared';
import { roadmapDatabaseName, type RoadmapSession } from '../state/roadmap-session';
import { writesSettled } from '../state/idb-updates';
import { downloadBytes, fileNameOf } from '../ui/download';

/** The bytes of a `.waymark` copy of an open roadmap. */
export function roadmapFileBytes(session: RoadmapSession, title: string, app: string): Uint8Array {
  return encodeRoadmapFile(session.doc, {
    roadmapId: session.roadmapId,
    title,
    savedAt: new Date().toISOString(),
    app,
  });
}

/**
 * Saves a copy of the open roadmap: through the desktop app's save dialog, or as a download in a browser.
 * Resolves false when the person cancelled.
 */
export async function saveCopy(session: RoadmapSession, title: string): Promise<boolean> {
  const bytes = roadmapFileBytes(session, title, 'Waymark');
  const name = fileNameOf(title);
  if (window.waymark) return window.waymark.files.saveCopy(bytes, name);
  downloadBytes(bytes, `${name}${FILE_EXTENSION}`, 'application/octet-stream');
  return true;
}

/** Reads a file the person picked in a browser (the desktop app reads it in main). Throws RoadmapFileError. */
export async function readPickedFile(file: File): Promise<RoadmapFileContents> {
  return decodeRoadmapFile(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Adds an opened file's roadmap to this device: a new roadmap is listed and stored; a roadmap already
 * here (same id: a copy of it) gets the file's edits merged in, losing nothing on either side.
 * Returns the roadmap's id, whether it was already here, and what it is a duplicate of (or null).
 */
export async function importRoadmap(
  library: RoadmapLibrary,
  { meta, state }: RoadmapFileContents,
): Promise<{ id: string; merged: boolean; duplicatedFrom: DuplicatedFrom | null }> {
  const merged = library.get(meta.roadmapId) !== undefined;
  const doc = createRoadmapYDoc();
  let duplicatedFrom: DuplicatedFrom | null;
  const persistence = new IndexeddbPersistence(roadmapDatabaseName(meta.roadmapId), doc);
  try {
    await persistence.whenSynced;
    mergeRoadmapFile(doc, state);
    duplicatedFrom = duplicatedFromOf(doc);
    await writesSettled(persistence.db!);
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
  if (!merged) library.add(meta.roadmapId, meta.title.trim() || 'Opened roadmap', Date.now());
  return { id: meta.roadmapId, merged, duplicatedFrom };
}
