import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../../../shared';
import { startHostProcess } from './host-process';
import { connectPeer, eventually } from './peers';

const CODE = 'TEAM-C0DE-2027';

/** What one kill -9 run found: edits the host had relayed before the kill, and which of them were lost. */
export interface KillRunResult {
  /** Edits the observer had received through the host before the kill. */
  readonly relayed: number;
  /** Of those, relayed more than `marginMs` before the kill and missing after the restart. */
  readonly lostBeforeMargin: number;
  /** Of those, relayed within `marginMs` of the kill and missing after the restart. */
  readonly lostWithinMargin: number;
}

/**
 * One durability run against a real host process: a writer streams edits, an observer notes when each
 * arrives through the host (so the host had received it), the host is killed with SIGKILL at a random
 * point, the writer and observer disappear for good (they never upload again), the host restarts from its
 * folder, and a fresh peer checks which relayed edits survived.
 */
export async function killRun(options: { marginMs: number; killAfterMs: number }): Promise<KillRunResult> {
  const folder = await mkdtemp(join(tmpdir(), 'waymark-kill-'));
  const roadmapId = newId();
  const cleanups: (() => void)[] = [];
  try {
    const first = await startHostProcess(folder, CODE);
    cleanups.push(() => first.child.kill('SIGKILL'));
    const url = `ws://127.0.0.1:${first.port}`;
    const writer = connectPeer({ url, roadmapId, code: CODE, name: 'Writer', peerId: 'peer-writer-01' });
    const observer = connectPeer({ url, roadmapId, code: CODE, name: 'Observer', peerId: 'peer-observer-01' });
    cleanups.push(writer.destroy, observer.destroy);
    await Promise.all([writer.synced, observer.synced]);
    const arrived = new Map<string, number>();
    observer.doc.getMap('edits').observe((event) => {
      for (const key of event.keysChanged) if (!arrived.has(key)) arrived.set(key, performance.now());
    });
    let sent = 0;
    const stream = setInterval(() => writer.doc.getMap('edits').set(`edit-${++sent}`, sent), 2);
    cleanups.push(() => clearInterval(stream));
    // The kill comes `killAfterMs` after the first edit arrived, while the stream goes on.
    await eventually(
      () => arrived.size > 0 && performance.now() - arrived.values().next().value! >= options.killAfterMs,
      'edits to arrive through the host',
    );
    first.child.kill('SIGKILL');
    const killedAt = performance.now();
    // Gone for good: nothing the host lost can come back from them.
    clearInterval(stream);
    writer.destroy();
    observer.destroy();
    const relayed = [...arrived];

    const second = await startHostProcess(folder, CODE);
    cleanups.push(() => second.child.kill('SIGKILL'));
    const checker = connectPeer({ url: `ws://127.0.0.1:${second.port}`, roadmapId, code: CODE, name: 'Checker' });
    cleanups.push(checker.destroy);
    await checker.synced;
    const kept = checker.doc.getMap('edits');
    const lost = relayed.filter(([key]) => !kept.has(key));
    return {
      relayed: relayed.length,
      lostBeforeMargin: lost.filter(([, at]) => killedAt - at > options.marginMs).length,
      lostWithinMargin: lost.filter(([, at]) => killedAt - at <= options.marginMs).length,
    };
  } finally {
    for (const cleanup of cleanups) cleanup();
    await rm(folder, { recursive: true, force: true });
  }
}
