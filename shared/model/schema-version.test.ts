import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION, isReadOnly, migrateDocument, schemaStatus } from './schema-version';
import { collectionOf, metaOf } from './document';
import { createGoal } from '../commands/goals';
import { createUndoManager } from '../commands/undo';
import { newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';
import { RoadmapStore } from '../read-model/roadmap-store';

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

describe('schema 2: check-ins', () => {
  /** A document as Waymark wrote it before check-ins: schema 1, a key result with a stored current value. */
  function schemaOneDoc(): Y.Doc {
    const doc = new Y.Doc();
    doc.transact(() => {
      metaOf(doc).set('schemaVersion', 1);
      metaOf(doc).set('title', 'Old roadmap');
      const goal = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ title: 'Retention', status: 'at-risk', order: 'a0' }))
        goal.set(field, value);
      collectionOf(doc, 'goals').set('g1', goal);
      const steady = new Y.Map<unknown>();
      for (const [field, value] of Object.entries({ title: 'Growth', status: 'on-track', order: 'a1' }))
        steady.set(field, value);
      collectionOf(doc, 'goals').set('g2', steady);
      const keyResult = new Y.Map<unknown>();
      const fields = { goalId: 'g1', title: 'Churn', unit: '%', baseline: 4.2, target: 2.5, current: 3.9, order: 'a0' };
      for (const [field, value] of Object.entries(fields)) keyResult.set(field, value);
      collectionOf(doc, 'keyResults').set('kr1', keyResult);
    });
    return doc;
  }

  it('turns a stored current value into a first check-in dated at the migration, with the goal’s status', () => {
    const doc = schemaOneDoc();
    expect(migrateDocument(doc, '2027-03-01')).toEqual({ kind: 'current' });
    const snapshot = new RoadmapStore(doc).getSnapshot();
    const keyResult = snapshot.keyResults.get('kr1')!;
    expect(keyResult.current).toBe(3.9);
    expect(keyResult.checkIns).toHaveLength(1);
    expect(keyResult.latestCheckIn).toMatchObject({ date: '2027-03-01', value: 3.9, confidence: 'at-risk' });
    expect(collectionOf(doc, 'keyResults').get('kr1')!.has('current')).toBe(false);
    // The owner had set "at risk" by hand: it stays theirs. "On track" was the default: check-ins take over.
    expect(snapshot.goals.get('g1')).toMatchObject({ status: 'at-risk', statusSetBy: 'owner', weight: 1 });
    expect(snapshot.goals.get('g2')).toMatchObject({ statusSetBy: 'check-ins' });
  });

  it('gives two replicas migrating the same old document at once one first check-in, not two', () => {
    const original = schemaOneDoc();
    const a = replicaOf(original);
    const b = replicaOf(original);
    migrateDocument(a, '2027-03-01');
    migrateDocument(b, '2027-03-02');
    syncBoth(a, b);
    for (const replica of [a, b]) {
      expect(collectionOf(replica, 'checkIns').size).toBe(1);
      expect(new RoadmapStore(replica).getSnapshot().keyResults.get('kr1')!.current).toBe(3.9);
    }
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });
});
