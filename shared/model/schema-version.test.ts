import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, isReadOnly, migrateDocument, schemaStatus } from './schema-version';
import { collectionOf, metaOf } from './document';
import { createGoal } from '../commands/goals';
import { createUndoManager } from '../commands/undo';
import { newRoadmapDoc } from '../testing/roadmap-doc';

describe('schema version and migrations', () => {
  it('leaves an empty document alone: it may be about to receive a peer’s state', () => {
    const doc = new Y.Doc();
    expect(migrateDocument(doc)).toEqual({ kind: 'empty' });
    expect(metaOf(doc).size).toBe(0);
  });

  it('stamps an unversioned document with content, once, and not as an undoable edit', () => {
    const doc = new Y.Doc();
    collectionOf(doc, 'goals').set('g', new Y.Map());
    const undo = createUndoManager(doc);
    expect(schemaStatus(doc)).toEqual({ kind: 'needs-migration', from: 0 });
    expect(migrateDocument(doc)).toEqual({ kind: 'current' });
    const afterFirst = Y.encodeStateVector(doc);
    expect(migrateDocument(doc)).toEqual({ kind: 'current' });
    expect(Y.encodeStateVector(doc)).toEqual(afterFirst);
    expect(undo.canUndo()).toBe(false);
  });

  it('opens a document from a newer version read-only and refuses edits to it', () => {
    const doc = newRoadmapDoc();
    metaOf(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    expect(isReadOnly(doc)).toBe(true);
    expect(migrateDocument(doc)).toEqual({ kind: 'newer', version: CURRENT_SCHEMA_VERSION + 1 });
    expect(metaOf(doc).get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(() => createGoal(doc, { title: 'G' })).toThrow(/newer Waymark/);
  });
});
