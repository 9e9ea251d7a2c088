import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRoadmapYDoc, metaOf } from '../model/document';
import { CURRENT_SCHEMA_VERSION, storedSchemaVersion } from '../model/schema-version';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { mergeRoadmapFile } from './merge-file';

/** A copy as an older Waymark saved it: content, but no schema version yet. */
function olderCopy(from: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(from));
  copy.transact(() => metaOf(copy).delete('schemaVersion'));
  return Y.encodeStateAsUpdate(copy);
}

describe('mergeRoadmapFile', () => {
  it('brings a copy saved by an older Waymark up to date as it merges', () => {
    const source = createRoadmapYDoc();
    writeSampleRoadmap(source, '2027-01-15');
    const roadmap = new Y.Doc();
    mergeRoadmapFile(roadmap, olderCopy(source));
    expect(storedSchemaVersion(roadmap)).toBe(CURRENT_SCHEMA_VERSION);
    expect(roadmap.getMap('initiatives').size).toBe(source.getMap('initiatives').size);
  });

  it('refuses to merge into a read-only roadmap, and refuses a copy from a newer Waymark; nothing changes', () => {
    const source = createRoadmapYDoc();
    writeSampleRoadmap(source, '2027-01-15');
    const readOnly = new Y.Doc();
    readOnly.getMap('meta').set('schemaVersion', 999);
    const before = Y.encodeStateVector(readOnly);
    expect(() => mergeRoadmapFile(readOnly, Y.encodeStateAsUpdate(source))).toThrow(/read-only here/);
    expect(Y.encodeStateVector(readOnly)).toEqual(before);

    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(source));
    newer.getMap('meta').set('schemaVersion', 999);
    const roadmap = createRoadmapYDoc();
    writeSampleRoadmap(roadmap, '2027-01-15');
    const current = Y.encodeStateVector(roadmap);
    expect(() => mergeRoadmapFile(roadmap, Y.encodeStateAsUpdate(newer))).toThrow(
      /newer Waymark \(document schema 999\)/,
    );
    expect(Y.encodeStateVector(roadmap)).toEqual(current);
  });
});
