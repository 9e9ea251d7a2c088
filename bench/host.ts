import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderStorage } from '../electron/services/sync/folder-storage';
import { RoadmapAccess } from '../electron/services/sync/roadmap-access';
import { SyncHost } from '../electron/services/sync/sync-host';
import { killRun } from '../test/sync/support/kill-run';

export interface DurabilityFigures {
  readonly runs: number;
  readonly relayed: number;
  readonly lostBeforeMargin: number;
  readonly lostWithinMargin: number;
  readonly marginMs: number;
}

/** kill -9 runs against the host process: how many relayed edits were lost, before and within `marginMs` of the kill. */
export async function measureDurability(runs = 20, marginMs = 100): Promise<DurabilityFigures> {
  const totals = { relayed: 0, lostBeforeMargin: 0, lostWithinMargin: 0 };
  for (let run = 0; run < runs; run++) {
    const result = await killRun({ marginMs, killAfterMs: 500 + Math.random() * 3000 });
    totals.relayed += result.relayed;
    totals.lostBeforeMargin += result.lostBeforeMargin;
    totals.lostWithinMargin += result.lostWithinMargin;
  }
  return { runs, marginMs, ...totals };
}

export interface GuessingFigures {
  readonly seconds: number;
  readonly attempts: number;
  readonly answeredPerSecond: number;
}

/**
 * Guessing join codes as fast as one client can, each attempt with a new random web Origin (any program
 * that is not a browser can send one): how many wrong codes a second the host still answers (the rest are
 * refused unchecked). Over the join lookup, `GET /roadmaps`, which shares the limiter with WebSocket joins.
 */
export async function measureGuessing(seconds = 5): Promise<GuessingFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-bench-host-'));
  const host = await SyncHost.start({
    port: 0,
    address: '127.0.0.1',
    access: new RoadmapAccess('TEAM-C0DE-2027'),
    storage: new FolderStorage(folder, 'bench'),
  });
  let attempts = 0;
  let answered = 0;
  const until = performance.now() + seconds * 1000;
  const guesser = async () => {
    while (performance.now() < until) {
      const response = await fetch(`http://127.0.0.1:${host.port}/roadmaps`, {
        headers: {
          authorization: 'Bearer WRNG-C0DE-0000',
          origin: `http://${Math.random().toString(36).slice(2)}.example`,
        },
      });
      await response.arrayBuffer();
      attempts++;
      if (response.status === 403) answered++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, guesser));
  await host.stop();
  await rm(folder, { recursive: true, force: true });
  return { seconds, attempts, answeredPerSecond: answered / seconds };
}
