import * as Y from 'yjs';
import { CommandError } from './command';
import { CURRENT_SCHEMA_VERSION, isReadOnly, migrateDocument, storedSchemaVersion } from '../model/schema-version';
import { createRoadmapYDoc } from '../model/document';

/** Origin of a file's state merged into a roadmap: not a user edit, so never on the undo stack. */
export const FILE_ORIGIN = 'file';

/**
 * Merges a `.waymark` file's state into a roadmap (a copy of the same roadmap: it is one CRDT document),
 * through the domain's rules: a read-only roadmap (from a newer Waymark) refuses it, a copy from a newer
 * Waymark is refused (merging it would make this roadmap one this build cannot edit), and a copy saved by
 * an older Waymark is brought up to date as it arrives. Throws a CommandError saying why; merges nothing then.
 */
export function mergeRoadmapFile(doc: Y.Doc, state: Uint8Array): void {
  if (isReadOnly(doc)) {
    throw new CommandError('This roadmap was saved by a newer Waymark and is read-only here: nothing was merged.');
  }
  // The copy is migrated on its own first: merged into a roadmap that is already current, its old-schema
  // content would otherwise never meet the migrations (they run by the document's version, which is current).
  const incoming = createRoadmapYDoc();
  try {
    Y.applyUpdate(incoming, state);
    const version = storedSchemaVersion(incoming);
    if (version !== undefined && version > CURRENT_SCHEMA_VERSION) {
      throw new CommandError(
        `This copy was saved by a newer Waymark (document schema ${version}); update Waymark to merge it.`,
      );
    }
    migrateDocument(incoming);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(incoming), FILE_ORIGIN);
  } finally {
    incoming.destroy();
  }
  migrateDocument(doc);
}
