import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collectionOf, createRoadmapYDoc, descriptionOf, metaOf, rootTypesOf } from '../model/document';
import { takeBaseline } from './baselines';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { decodeRoadmapFile, encodeRoadmapFile } from '../file-format/roadmap-file';
import { newRoadmapDoc, replicaOf, syncBoth } from '../testing/roadmap-doc';
import { copyTitleOf, duplicatedFromOf, duplicateRoadmap } from './duplicate-roadmap';
import { readAll, readOne } from './records';
import { updateInitiative } from './initiatives';
import { updateRoadmap } from './roadmap';
import { createUndoManager } from './undo';

const AT = new Date('2027-02-01T09:30:00.000Z');
const SOURCE_ID = '6f1c2a4e-0000-4000-8000-000000000001';

function sample(): Y.Doc {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  return doc;
}

/** Everything stored in a roadmap but its title, origin and baselines (left behind): what a duplicate must equal. */
function content(doc: Y.Doc): unknown {
  const baselines = collectionOf(doc, 'baselines');
  const [meta, ...rest] = rootTypesOf(doc)
    .filter((type) => type !== baselines)
    .map((type) => type.toJSON() as unknown);
  const { title: _title, duplicatedFrom: _from, ...fields } = meta as Record<string, unknown>;
  return [fields, ...rest];
}

/** The Yjs client ids whose edits a document holds. */
function clientsOf(doc: Y.Doc): number[] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()];
}

describe('duplicateRoadmap', () => {
  it('makes a roadmap with a new id and the same content, every record keeping its id', () => {
    const source = sample();
    const { roadmapId, title, doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    expect(roadmapId).not.toBe(SOURCE_ID);
    expect(roadmapId).toMatch(/^[0-9a-f-]{36}$/);
    expect(content(doc)).toEqual(content(source));
    expect(readAll(doc, 'initiatives').map((record) => record.id)).toEqual(
      readAll(source, 'initiatives').map((record) => record.id),
    );
    expect(descriptionOf(doc).toString()).toBe(descriptionOf(source).toString());
    expect(metaOf(doc).get('title')).toBe('Sample: product plan (copy)');
    expect(title).toBe('Sample: product plan (copy)');
    expect(duplicatedFromOf(doc)).toEqual({
      roadmapId: SOURCE_ID,
      title: 'Sample: product plan',
      at: '2027-02-01T09:30:00.000Z',
    });
    expect(duplicatedFromOf(source)).toBeNull();
  });

  it('shares no Yjs history with the original: no client, nothing either already knows of the other', () => {
    const source = sample();
    // Edits by two replicas, so the source holds history from more than one client.
    const peer = replicaOf(source);
    const [first] = readAll(peer, 'initiatives');
    updateInitiative(peer, { id: first!.id, changes: { owner: 'Peer' } });
    syncBoth(source, peer);
    const { doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    expect(clientsOf(doc)).toEqual([doc.clientID]);
    expect(clientsOf(source)).not.toContain(doc.clientID);
    // What the original would send to bring the duplicate up to date is all of itself: they have nothing
    // in common (a duplicate made from the original's Yjs state would already have it).
    expect(Y.encodeStateAsUpdate(source, Y.encodeStateVector(doc))).toEqual(Y.encodeStateAsUpdate(source));
  });

  it("keeps the two apart: the original's later edits do not reach the duplicate, nor the duplicate's the original", () => {
    const source = sample();
    const { doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    const [first, second] = readAll(source, 'initiatives');
    updateInitiative(source, { id: first!.id, changes: { title: 'Changed in the original' } });
    updateInitiative(doc, { id: second!.id, changes: { title: 'Changed in the duplicate' } });
    expect(readOne(doc, 'initiatives', first!.id).title).toBe(first!.title);
    expect(readOne(source, 'initiatives', second!.id).title).toBe(second!.title);
  });

  it('copies stored values exactly, also ones the read model reports as problems', () => {
    const source = sample();
    const [first] = readAll(source, 'initiatives');
    collectionOf(source, 'initiatives').get(first!.id)!.set('status', 'nonsense');
    const { doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    expect(collectionOf(doc, 'initiatives').get(first!.id)!.get('status')).toBe('nonsense');
    expect(readOne(doc, 'initiatives', first!.id).problems).toEqual(readOne(source, 'initiatives', first!.id).problems);
  });

  it('is not an edit of the original: nothing written there, and its undo stack is untouched', () => {
    const source = sample();
    const undo = createUndoManager(source);
    const [first] = readAll(source, 'initiatives');
    updateInitiative(source, { id: first!.id, changes: { owner: 'Before the duplicate' } });
    const before = Y.encodeStateAsUpdate(source);
    const { doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    expect(Y.encodeStateAsUpdate(source)).toEqual(before);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readOne(source, 'initiatives', first!.id).owner).toBe(first!.owner);
    // The duplicate keeps what the original had when it was made.
    expect(readOne(doc, 'initiatives', first!.id).owner).toBe('Before the duplicate');
    expect(undo.undoStack).toHaveLength(0);
  });

  it('leaves the baselines behind: they are snapshots of the original’s history, not of the new one', () => {
    const source = createRoadmapYDoc();
    writeSampleRoadmap(source, '2027-01-15');
    takeBaseline(source, { name: 'Q1 review' });
    expect(collectionOf(source, 'baselines').size).toBe(2); // the sample's and this one
    const { doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    expect(collectionOf(doc, 'baselines').size).toBe(0);
    expect(collectionOf(doc, 'initiatives').toJSON()).toEqual(collectionOf(source, 'initiatives').toJSON());
    // The duplicate keeps its deleted content like every roadmap, so it can take baselines of its own.
    expect(takeBaseline(doc, { name: 'Scenario start' })).toEqual(expect.any(String));
  });

  it('takes the title given, shortens a long one to fit " (copy)", and refuses an empty one', () => {
    const source = newRoadmapDoc('Plan');
    expect(
      metaOf(duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT, title: ' Scenario B ' }).doc).get('title'),
    ).toBe('Scenario B');
    updateRoadmap(source, { title: 'x'.repeat(200) });
    const long = metaOf(duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT }).doc).get('title') as string;
    expect(long).toHaveLength(200);
    expect(long.endsWith('x (copy)')).toBe(true);
    expect(copyTitleOf('Plan ')).toBe('Plan (copy)');
    expect(() => duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT, title: '  ' })).toThrow(
      /Invalid roadmap title/,
    );
  });

  it('a duplicate of a duplicate names the roadmap it was made from', () => {
    const { roadmapId, doc } = duplicateRoadmap(newRoadmapDoc('Plan'), { sourceId: SOURCE_ID, at: AT });
    const again = duplicateRoadmap(doc, { sourceId: roadmapId, at: AT }).doc;
    expect(metaOf(again).get('title')).toBe('Plan (copy) (copy)');
    expect(duplicatedFromOf(again)).toMatchObject({ roadmapId, title: 'Plan (copy)' });
  });

  it('refuses a read-only roadmap (from a newer Waymark), whose unknown parts would be lost', () => {
    const source = newRoadmapDoc('Plan');
    metaOf(source).set('schemaVersion', 999);
    expect(() => duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT })).toThrow(/read-only here/);
  });

  it('survives a .waymark file round trip under its own id, with its origin', () => {
    const source = sample();
    const { roadmapId, doc } = duplicateRoadmap(source, { sourceId: SOURCE_ID, at: AT });
    const bytes = encodeRoadmapFile(doc, {
      roadmapId,
      title: 'Sample: product plan (copy)',
      savedAt: AT.toISOString(),
      app: 'test',
    });
    const { meta, state } = decodeRoadmapFile(bytes);
    expect(meta.roadmapId).toBe(roadmapId);
    const opened = new Y.Doc();
    Y.applyUpdate(opened, state);
    expect(content(opened)).toEqual(content(source));
    expect(duplicatedFromOf(opened)).toEqual(duplicatedFromOf(doc));
  });
});
