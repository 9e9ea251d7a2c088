import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createInitiative, initializeRoadmap, newId, updateInitiative } from '../shared';
import { FolderStorage } from '../electron/services/sync/folder-storage';
import { RoadmapAccess } from '../electron/services/sync/roadmap-access';
import { SyncHost } from '../electron/services/sync/sync-host';
import { percentile } from './frames';
import { connectPeer, type TestPeer } from '../test/sync/support/peers';

export interface LatencyFigures {
  readonly peers: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface CatchUpFigures {
  readonly missedEdits: number;
  readonly ms: number;
  readonly bytes: number;
}

/** A peer on the bench's host (the same provider set-up the sync tests and the app use). */
function connect(port: number, roadmapId: string, code: string, name: string, doc?: Y.Doc): TestPeer {
  return connectPeer({ url: `ws://127.0.0.1:${port}`, roadmapId, code, name, peerId: `bench-${name}-0000`, doc });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sync on loopback through the real host: edit-to-visible latency (one peer edits, the time until each
 * other peer's document shows the edit) with 2 and 10 peers, and how long a peer that missed 1,000 edits
 * takes to catch up when it reconnects.
 */
export async function measureSync(
  peerCounts: readonly number[],
  edits = 200,
): Promise<{
  latency: LatencyFigures[];
  catchUp: CatchUpFigures;
}> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-bench-sync-'));
  const access = new RoadmapAccess();
  const host = await SyncHost.start({
    port: 0,
    address: '127.0.0.1',
    access,
    storage: new FolderStorage(folder, 'bench'),
    maxConnectionsPer10s: 1000,
  });
  try {
    const latency: LatencyFigures[] = [];
    for (const count of peerCounts) {
      const roadmapId = newId();
      const code = access.share(roadmapId);
      const peers = Array.from({ length: count }, (_, i) => connect(host.port, roadmapId, code, `p${i}`));
      await Promise.all(peers.map((peer) => peer.synced));
      const [writer, ...readers] = peers as [TestPeer, ...TestPeer[]];
      initializeRoadmap(writer.doc, { title: 'Bench' });
      const id = createInitiative(writer.doc, {
        title: 'e0',
        goalId: null,
        startDate: '2027-01-04',
        endDate: '2027-01-29',
      });
      const titleOf = (doc: Y.Doc) => (doc.getMap('initiatives').get(id) as Y.Map<unknown> | undefined)?.get('title');
      while (readers.some((reader) => titleOf(reader.doc) !== 'e0')) await sleep(5);
      const samples: number[] = [];
      for (let edit = 1; edit <= edits; edit++) {
        const title = `e${edit}`;
        const seen = readers.map(
          (reader) =>
            new Promise<number>((resolve) => {
              const check = () => {
                if (titleOf(reader.doc) === title) {
                  reader.doc.off('update', check);
                  resolve(performance.now());
                }
              };
              reader.doc.on('update', check);
            }),
        );
        const start = performance.now();
        updateInitiative(writer.doc, { id, changes: { title } });
        for (const at of await Promise.all(seen)) samples.push(at - start);
        await sleep(10); // edits a person makes, not a flood
      }
      latency.push({
        peers: count,
        samples: samples.length,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        max: Math.max(...samples),
      });
      for (const peer of peers) peer.destroy();
    }

    // Catch-up: B is offline while A makes 1,000 edits; then B reconnects.
    const roadmapId = newId();
    const code = access.share(roadmapId);
    const a = connect(host.port, roadmapId, code, 'a');
    let b = connect(host.port, roadmapId, code, 'b');
    await Promise.all([a.synced, b.synced]);
    initializeRoadmap(a.doc, { title: 'Catch-up' });
    const ids = Array.from({ length: 20 }, (_, i) =>
      createInitiative(a.doc, { title: `i${i}`, goalId: null, startDate: '2027-01-04', endDate: '2027-01-29' }),
    );
    while (b.doc.getMap('initiatives').size < ids.length) await sleep(5);
    b.destroy();
    const missed = 1000;
    const before = Y.encodeStateVector(b.doc);
    for (let edit = 0; edit < missed; edit++) {
      updateInitiative(a.doc, { id: ids[edit % ids.length]!, changes: { progress: edit % 101 } });
    }
    await sleep(300);
    const bytes = Y.encodeStateAsUpdate(a.doc, before).length;
    const start = performance.now();
    b = connect(host.port, roadmapId, code, 'b', b.doc);
    const target = Y.encodeStateVector(a.doc).join();
    while (Y.encodeStateVector(b.doc).join() !== target) await sleep(1);
    const ms = performance.now() - start;
    a.destroy();
    b.destroy();
    return { latency, catchUp: { missedEdits: missed, ms, bytes } };
  } finally {
    await host.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
