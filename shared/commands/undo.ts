import * as Y from 'yjs';
import { rootTypesOf } from '../model/document';
import { LOCAL_ORIGIN } from './command';

/**
 * Undo for local edits only: tracks transactions with the local origin, so a peer's edit, a migration
 * or data loaded from disk is never undone. One command is one step (no time-based merging).
 */
export function createUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(rootTypesOf(doc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
}
