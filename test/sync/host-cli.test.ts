import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initializeRoadmap, newId, createInitiative, RoadmapStore } from '../../shared';
import { loadRoadmapDoc } from '../../electron/services/files/roadmap-files';
import { connectPeer, eventually, type TestPeer } from './support/peers';

const CODE = 'TEAM-C0DE-2027';
let folder: string;
let peers: TestPeer[] = [];
let children: ChildProcess[] = [];

/** Starts `npm run host`'s program on a free port of 127.0.0.1; resolves once it says where it listens. */
async function startHost(): Promise<{ port: number; child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['electron/cli/run.mjs', 'host', '--dir', folder, '--port', '0', '--address', '127.0.0.1', '--no-advertise'],
    { env: { ...process.env, WAYMARK_HOST_CODE: CODE }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(() => /Listening on port \d+/.test(output), 'the host to listen');
  return { port: Number(/Listening on port (\d+)/.exec(output)![1]), child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-cli-'));
});
afterEach(async () => {
  for (const peer of peers) peer.destroy();
  for (const child of children) child.kill('SIGKILL');
  peers = [];
  children = [];
  await rm(folder, { recursive: true, force: true });
});

describe('npm run host (headless sync host)', () => {
  it('stops on SIGTERM after a peer asked for a roadmap whose file is damaged (it used to hang)', async () => {
    const damagedId = newId();
    await writeFile(join(folder, `${damagedId}.waymark`), 'not a roadmap');
    const host = await startHost();
    const ada = connectPeer({ url: `ws://127.0.0.1:${host.port}`, roadmapId: damagedId, code: CODE, name: 'Ada' });
    peers.push(ada);
    expect(host.output()).toContain(`not served: ${join(folder, `${damagedId}.waymark`)}: This is not a Waymark`);
    expect(await ada.refusal).toBe('not-waymark');
    const said = `Cannot load roadmap ${damagedId}: This is not a Waymark roadmap file.`;
    await eventually(() => host.output().includes(said), 'the host to say why');
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => host.child.once('exit', (code) => resolve(code)));
    host.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Bounded: the host gives a stuck save 5 s; far under this even on a busy machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('serves a roadmap a peer shares with the team code, keeps it in a file, and serves it again after a restart', async () => {
    const first = await startHost();
    const roadmapId = newId();
    const ada = connectPeer({ url: `ws://127.0.0.1:${first.port}`, roadmapId, code: CODE.toLowerCase(), name: 'Ada' });
    peers.push(ada);
    await ada.synced;
    initializeRoadmap(ada.doc, { title: 'Team plan' });
    createInitiative(ada.doc, {
      title: 'Shared via the server',
      goalId: null,
      startDate: '2027-01-04',
      endDate: '2027-01-29',
    });
    // The join dialog's question: which roadmaps does this code open?
    await eventually(() => first.output().length > 0);
    const listing = await fetch(`http://127.0.0.1:${first.port}/roadmaps`, {
      headers: { authorization: `Bearer ${CODE}` },
    });
    expect(listing.status).toBe(200);
    const wrong = await fetch(`http://127.0.0.1:${first.port}/roadmaps`, {
      headers: { authorization: 'Bearer NOPE-NOPE-NOPE' },
    });
    expect(wrong.status).toBe(403);
    // The host has acknowledged every edit Ada made: stopping it now must keep them.
    await eventually(() => !ada.provider.hasUnsyncedChanges, 'the host to acknowledge Ada');
    expect(await stop(first.child)).toBe(0);
    expect(await readdir(folder)).toEqual([`${roadmapId}.waymark`]);
    const { doc, meta } = await loadRoadmapDoc(join(folder, `${roadmapId}.waymark`));
    expect(meta.title).toBe('Team plan');
    expect([...new RoadmapStore(doc).getSnapshot().initiatives.values()].map((i) => i.title)).toEqual([
      'Shared via the server',
    ]);

    const second = await startHost();
    expect(second.output()).toContain('1 roadmap(s)');
    const listed = await (
      await fetch(`http://127.0.0.1:${second.port}/roadmaps`, { headers: { authorization: `Bearer ${CODE}` } })
    ).json();
    expect(listed).toEqual({ roadmaps: [{ id: roadmapId, title: 'Team plan' }] });
    const ben = connectPeer({ url: `ws://127.0.0.1:${second.port}`, roadmapId, code: CODE, name: 'Ben' });
    peers.push(ben);
    await eventually(() => ben.doc.getMap('initiatives').size === 1, 'Ben to get the roadmap');
  });

  it('explains bad options and exits with 2', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['electron/cli/run.mjs', 'host', ...args], {
        encoding: 'utf8',
        env: { ...process.env, WAYMARK_HOST_CODE: '' },
      });
    const noDir = run();
    expect(noDir.status).toBe(2);
    expect(noDir.stderr).toContain('--dir is required');
    const badPort = run('--dir', folder, '--port', 'http');
    expect(badPort.status).toBe(2);
    expect(badPort.stderr).toContain('--port must be a port number');
    const badCode = run('--dir', folder, '--code', 'abc');
    expect(badCode.status).toBe(2);
    expect(badCode.stderr).toContain('join code must be 12 letters');
  });
});
