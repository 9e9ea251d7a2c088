import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderStorage } from './folder-storage';
import { UpdateJournal } from './update-journal';

const ID = '6f1c1d3e-0000-4000-8000-000000000001';
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-journal-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A document with `count` edits, and each edit's update as Yjs emitted it. */
function editsOf(count: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let edit = 0; edit < count; edit++) doc.getMap('edits').set(`edit-${edit}`, edit);
  return { doc, updates };
}

const keysOf = (updates: readonly Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return [...doc.getMap('edits').keys()].sort();
};

describe('UpdateJournal', () => {
  it('has every appended update on disk once flushed, in batches, and replays them', async () => {
    const journal = new UpdateJournal(folder);
    const { doc, updates } = editsOf(500);
    for (const update of updates) journal.append(ID, update);
    await journal.flushed(ID);
    // Read by a second journal, as after a crash: nothing was closed.
    const replay = await new UpdateJournal(folder).replay(ID);
    expect(replay.tornSegments).toEqual([]);
    expect(replay.updates).toHaveLength(500);
    expect(keysOf(replay.updates)).toEqual([...doc.getMap('edits').keys()].sort());
    await journal.close();
  });

  it('ignores a torn last record (cut off by a crash) and keeps everything before it', async () => {
    const journal = new UpdateJournal(folder);
    const { updates } = editsOf(10);
    for (const update of updates) journal.append(ID, update);
    await journal.close();
    const [segment] = await readdir(folder);
    const path = join(folder, segment!);
    const size = (await readFile(path)).length;
    await truncate(path, size - 3);
    const replay = await new UpdateJournal(folder).replay(ID);
    expect(replay.updates).toHaveLength(9);
    expect(replay.tornSegments).toEqual([path]);
    // A damaged record (its checksum fails) ends the segment the same way.
    const bytes = await readFile(path);
    bytes[20] = bytes[20]! ^ 0xff;
    await writeFile(path, bytes);
    expect((await new UpdateJournal(folder).replay(ID)).updates.length).toBeLessThan(9);
  });

  it('continues after the segments a crash left, and a seal lets the file take over the sealed part', async () => {
    const crashed = new UpdateJournal(folder);
    const { updates } = editsOf(6);
    for (const update of updates.slice(0, 3)) crashed.append(ID, update);
    await crashed.flushed();
    const restarted = new UpdateJournal(folder);
    for (const update of updates.slice(3)) restarted.append(ID, update);
    await restarted.flushed();
    expect((await readdir(folder)).sort()).toEqual([`${ID}.1.waymark-log`, `${ID}.2.waymark-log`]);
    const sealed = await restarted.seal(ID);
    restarted.append(ID, editsOf(7).updates[6]!);
    await restarted.flushed(ID);
    await restarted.dropThrough(ID, sealed);
    expect(await readdir(folder)).toEqual([`${ID}.3.waymark-log`]);
    expect((await restarted.replay(ID)).updates).toHaveLength(1);
    await restarted.close();
    await crashed.close();
  });
});

describe('FolderStorage with its journal', () => {
  it('loads the file with the journal on top, and a store folds the journal into the file', async () => {
    const storage = new FolderStorage(folder, 'test');
    const { doc, updates } = editsOf(20);
    const firstHalf = new Y.Doc();
    for (const update of updates.slice(0, 10)) Y.applyUpdate(firstHalf, update);
    await storage.store(ID, firstHalf);
    for (const update of updates.slice(10)) storage.record(ID, update);
    await storage.durable(ID);
    // A host that starts afresh (the first one was killed) has all 20.
    const restarted = new FolderStorage(folder, 'test');
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, (await restarted.load(ID))!);
    expect([...loaded.getMap('edits').keys()].sort()).toEqual([...doc.getMap('edits').keys()].sort());
    await restarted.store(ID, loaded);
    expect(await readdir(folder)).toEqual([`${ID}.waymark`]);
    await storage.close();
    await restarted.close();
  });

  it('lists a roadmap that only has a journal (the host died before its first save)', async () => {
    const storage = new FolderStorage(folder, 'test');
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => storage.record(ID, update));
    doc.getMap('meta').set('title', 'Only in the journal');
    await storage.durable();
    expect(await new FolderStorage(folder, 'test').list()).toEqual([{ id: ID, title: 'Only in the journal' }]);
    await storage.close();
  });
});
