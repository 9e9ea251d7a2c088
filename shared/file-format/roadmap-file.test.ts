import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { RoadmapStore } from '../read-model/roadmap-store';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { createInitiative } from '../commands/initiatives';
import { createRoadmapYDoc } from '../model/document';
import {
  decodeRoadmapFile,
  encodeRoadmapFile,
  FILE_MAGIC,
  RoadmapFileError,
  type RoadmapFileMeta,
} from './roadmap-file';

const meta: RoadmapFileMeta = {
  roadmapId: '6f1c1d3e-0000-4000-8000-000000000001',
  title: 'Plan 2027 — Πλάνο — План',
  savedAt: '2027-01-15T20:00:00.000Z',
  app: 'Waymark 0.1.0',
};

function sampleDoc() {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  return doc;
}

function refusal(bytes: Uint8Array): RoadmapFileError {
  try {
    decodeRoadmapFile(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapFileError);
    return error as RoadmapFileError;
  }
  throw new Error('the file was accepted');
}

describe('the .waymark file format', () => {
  it('round-trips a roadmap and its meta', () => {
    const doc = sampleDoc();
    const { meta: read, state } = decodeRoadmapFile(encodeRoadmapFile(doc, meta));
    expect(read).toEqual(meta);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    const titles = (d: Y.Doc) => [...new RoadmapStore(d).getSnapshot().initiatives.values()].map((i) => i.title).sort();
    expect(titles(copy)).toEqual(titles(doc));
    expect(titles(copy)).toHaveLength(10);
  });

  it('keeps the edit history a peer needs to merge: a copy merges with later edits of the original', () => {
    const doc = sampleDoc();
    const copy = new Y.Doc();
    Y.applyUpdate(copy, decodeRoadmapFile(encodeRoadmapFile(doc, meta)).state);
    createInitiative(doc, {
      title: 'Added after the save',
      goalId: null,
      startDate: '2027-02-01',
      endDate: '2027-02-10',
    });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(copy)));
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
  });

  it('refuses what is not a Waymark file', () => {
    expect(refusal(new TextEncoder().encode('{"hello": "world"}')).reason).toBe('not-waymark');
    expect(refusal(new Uint8Array()).reason).toBe('not-waymark');
    expect(refusal(FILE_MAGIC).reason).toBe('not-waymark');
  });

  it('refuses a file from a newer Waymark with a message saying so', () => {
    const bytes = encodeRoadmapFile(sampleDoc(), meta);
    new DataView(bytes.buffer).setUint16(FILE_MAGIC.length, 2);
    const error = refusal(bytes);
    expect(error.reason).toBe('newer-format');
    expect(error.message).toMatch(/newer Waymark/);
  });

  it('refuses a truncated file, a flipped byte anywhere in the body, and a forged length', () => {
    const bytes = encodeRoadmapFile(sampleDoc(), meta);
    expect(refusal(bytes.slice(0, bytes.length - 1)).reason).toBe('damaged');
    for (const at of [FILE_MAGIC.length + 12, bytes.length - 1, Math.floor(bytes.length / 2)]) {
      const flipped = bytes.slice();
      flipped[at]! ^= 0x01;
      expect(refusal(flipped).reason, `byte ${at}`).toBe('damaged');
    }
    const forged = bytes.slice();
    new DataView(forged.buffer).setUint32(FILE_MAGIC.length + 2, 0xffff_ffff);
    expect(refusal(forged).reason).toBe('damaged');
  });

  it('refuses a file whose checksum matches but whose contents are not a roadmap', () => {
    // A well-formed header around garbage: written with a checksum, so only the content check can catch it.
    const doc = new Y.Doc();
    const good = encodeRoadmapFile(doc, meta);
    const metaLength = new DataView(good.buffer).getUint32(FILE_MAGIC.length + 2);
    const garbage = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256);
    const body = new Uint8Array(metaLength + garbage.length);
    body.set(good.subarray(FILE_MAGIC.length + 42, FILE_MAGIC.length + 42 + metaLength));
    body.set(garbage, metaLength);
    const bytes = new Uint8Array(FILE_MAGIC.length + 42 + body.length);
    bytes.set(good.subarray(0, FILE_MAGIC.length + 42));
    new DataView(bytes.buffer).setUint32(FILE_MAGIC.length + 6, garbage.length);
    bytes.set(body, FILE_MAGIC.length + 42);
    // Recompute the checksum the way the writer does.
    return import('lib0/hash/sha256').then(({ digest }) => {
      bytes.set(digest(body), FILE_MAGIC.length + 10);
      expect(refusal(bytes).message).toMatch(/contents are not a roadmap/);
    });
  });
});
