import * as Y from 'yjs';
import { expect } from 'vitest';
import { initializeRoadmap } from '../commands/roadmap';
import { createRoadmapYDoc } from '../model/document';

/** A fresh, initialized roadmap document for tests. */
export function newRoadmapDoc(title = 'Test roadmap'): Y.Doc {
  const doc = createRoadmapYDoc();
  initializeRoadmap(doc, { title });
  return doc;
}

/** Runs `act` and asserts it threw a CommandError (optionally naming `field`) and wrote nothing. */
export function expectRefused(doc: Y.Doc, act: () => unknown, field?: string): void {
  const before = Y.encodeStateVector(doc);
  let error: unknown;
  try {
    act();
  } catch (caught) {
    error = caught;
  }
  expect(error, 'the command should have been refused').toBeInstanceOf(Error);
  expect((error as Error).name).toBe('CommandError');
  if (field) expect((error as { problems: { field?: string }[] }).problems.map((p) => p.field)).toContain(field);
  expect(Y.encodeStateVector(doc)).toEqual(before);
}

/** Exchanges all updates between two replicas, as a sync would after a partition. */
export function syncBoth(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

/** A second replica of `doc`, as a peer that joined before the partition. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), 'remote');
  return replica;
}
