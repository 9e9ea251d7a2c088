import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSampleRoadmap } from '../../../shared/sample/sample-roadmap';
import { encodeRoadmapFile, RoadmapFileError } from '../../../shared/file-format';

/** The header's length, per docs/FILE-FORMAT.md. */
const FILE_HEADER_BYTES = 51;
import { loadRoadmapDoc, readRoadmapFile, writeRoadmapFile } from './roadmap-files';
import { writeFileAtomic } from './atomic-write';
import { createRoadmapYDoc } from '../../../shared/model/document';

const meta = {
  roadmapId: '6f1c1d3e-0000-4000-8000-000000000002',
  title: 'Plan',
  savedAt: '2027-01-15T00:00:00.000Z',
  app: 'Waymark test',
};
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function sample() {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  return doc;
}

describe('roadmap files on disk', () => {
  it('writes and reads back a roadmap, leaving no temporary file behind', async () => {
    const path = join(folder, 'plan.waymark');
    await writeRoadmapFile(path, sample(), meta);
    const { doc, meta: read } = await loadRoadmapDoc(path);
    expect(read).toEqual(meta);
    expect(doc.getMap('initiatives').size).toBe(10);
    expect(await readdir(folder)).toEqual(['plan.waymark']);
  });

  it('replaces an existing file only with a complete one: a failed write leaves the old file as it was', async () => {
    const path = join(folder, 'plan.waymark');
    await writeRoadmapFile(path, sample(), meta);
    const before = await readFile(path);
    // Content that cannot be written makes the write fail after the temporary file was created.
    await expect(writeFileAtomic(path, 42 as unknown as Uint8Array)).rejects.toThrow();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(folder)).toEqual(['plan.waymark']);
  });

  it('refuses a corrupt file with a clear error and never changes it', async () => {
    const path = join(folder, 'plan.waymark');
    await writeRoadmapFile(path, sample(), meta);
    const bytes = await readFile(path);
    bytes[bytes.length - 5]! ^= 0xff;
    await writeFile(path, bytes);
    const error = await readRoadmapFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RoadmapFileError);
    expect((error as RoadmapFileError).message).toMatch(/damaged/);
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('refuses a 200 MB file with a valid header but a wrong checksum without holding it in memory', async () => {
    const path = join(folder, 'big.waymark');
    const header = encodeRoadmapFile(sample(), meta).subarray(0, FILE_HEADER_BYTES);
    const size = 200 * 1024 * 1024;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    view.setUint32(11, 100); // meta length
    view.setUint32(15, size - FILE_HEADER_BYTES - 100); // state length: the header agrees with the size
    await writeFile(path, header);
    await truncate(path, size); // the rest reads as zeros (a sparse file: no 200 MB on the disk)
    // Sampled while it reads: reading it whole would hold a 200 MB buffer for many turns of the event loop.
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline)), 1);
    try {
      await expect(readRoadmapFile(path)).rejects.toThrow(/checksum does not match/);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBeLessThan(50 * 1024 * 1024);
  });

  it('says so when there is no file', async () => {
    await expect(readRoadmapFile(join(folder, 'missing.waymark'))).rejects.toThrow(/There is no file/);
  });

  it('writes raw bytes atomically over an existing file', async () => {
    const path = join(folder, 'x.bin');
    await writeFileAtomic(path, Uint8Array.from([1, 2, 3]));
    await writeFileAtomic(path, Uint8Array.from([4, 5]));
    expect([...(await readFile(path))]).toEqual([4, 5]);
    expect(await readdir(folder)).toEqual(['x.bin']);
  });
});
