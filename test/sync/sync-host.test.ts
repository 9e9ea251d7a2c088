import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInitiative,
  createRoadmapYDoc,
  deleteInitiative,
  initializeRoadmap,
  newId,
  planAtBaseline,
  RoadmapStore,
  takeBaseline,
  updateInitiative,
  type Initiative,
} from '../../shared';
import { FolderStorage } from '../../electron/services/sync/folder-storage';
import { RoadmapAccess } from '../../electron/services/sync/roadmap-access';
import { SyncHost, type SyncHostOptions } from '../../electron/services/sync/sync-host';
import { connectPeer, eventually, type TestPeer } from './support/peers';
import { TcpProxy } from './support/tcp-proxy';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encodePeerToken, RECONNECT_BACKOFF } from '../../shared/sync';
import * as encoding from 'lib0/encoding';

/** A plain WebSocket to the host, open (or refused: rejects). */
function rawSocket(address: string): Promise<WebSocket> {
  const socket = new WebSocket(address);
  return new Promise((resolve, reject) => {
    socket.addEventListener('open', () => resolve(socket));
    socket.addEventListener('error', () => reject(new Error('could not connect')));
  });
}

let folder: string;
let host: SyncHost | null;
let peers: TestPeer[];
let roadmapId: string;
let access: RoadmapAccess;
let code: string;

async function startHost(overrides: Partial<SyncHostOptions> = {}, port = 0) {
  host = await SyncHost.start({
    port,
    address: '127.0.0.1',
    access,
    storage: new FolderStorage(folder, 'Waymark test'),
    ...overrides,
  });
  return host;
}

function url(port = host!.port) {
  return `ws://127.0.0.1:${port}`;
}

function peer(options: Partial<Parameters<typeof connectPeer>[0]> = {}) {
  const created = connectPeer({ url: url(), roadmapId, code, ...options });
  peers.push(created);
  return created;
}

const initiatives = (doc: Y.Doc): Initiative[] =>
  [...new RoadmapStore(doc).getSnapshot().initiatives.values()].sort((a, b) => a.title.localeCompare(b.title));
const titles = (doc: Y.Doc) => initiatives(doc).map((initiative) => initiative.title);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-host-'));
  peers = [];
  roadmapId = newId();
  access = new RoadmapAccess();
  code = access.share(roadmapId);
  host = null;
});

afterEach(async () => {
  for (const created of peers) created.destroy();
  await host?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('the sync host, over real sockets on 127.0.0.1', () => {
  it('syncs a roadmap between three peers, and keeps its own replica on disk', async () => {
    await startHost();
    const a = peer({ name: 'Ada' });
    await a.synced;
    initializeRoadmap(a.doc, { title: 'Shared plan' });
    createInitiative(a.doc, { title: 'From Ada', goalId: null, startDate: '2027-01-04', endDate: '2027-02-26' });
    const b = peer({ name: 'Ben' });
    const c = peer({ name: 'Cy' });
    await eventually(() => titles(b.doc).length === 1 && titles(c.doc).length === 1, 'B and C to get it');
    createInitiative(c.doc, { title: 'From Cy', goalId: null, startDate: '2027-03-01', endDate: '2027-03-31' });
    await eventually(() => titles(a.doc).length === 2 && titles(b.doc).length === 2, 'A and B to get it');
    expect(
      host!
        .peers(roadmapId)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Ada', 'Ben', 'Cy']);
    await host!.stop();
    host = null;
    const stored = await new FolderStorage(folder, 'x').load(roadmapId);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, stored!);
    expect(titles(replica)).toEqual(['From Ada', 'From Cy']);
  });

  it('keeps what a baseline points at: a peer joining later, even after a host restart, rebuilds it', async () => {
    await startHost();
    const port = host!.port;
    const a = peer({ name: 'Ada' });
    await a.synced;
    initializeRoadmap(a.doc, { title: 'Plan' });
    const span = { goalId: null, startDate: '2027-01-04', endDate: '2027-01-29' };
    const cut = createInitiative(a.doc, { title: 'Cut later', ...span });
    const kept = createInitiative(a.doc, { title: 'Kept', ...span });
    const baselineId = takeBaseline(a.doc, { name: 'Q1 review', takenBy: 'Ada' });
    // What the baseline needs is deleted or overwritten after it.
    deleteInitiative(a.doc, { id: cut });
    updateInitiative(a.doc, { id: kept, changes: { title: 'Kept, renamed' } });
    const planTitles = (doc: Y.Doc) => {
      const baseline = new RoadmapStore(doc).getSnapshot().baselines.get(baselineId);
      return baseline ? [...planAtBaseline(doc, baseline).initiatives.values()].map((i) => i.title).sort() : [];
    };
    const b = peer({ name: 'Ben' });
    await eventually(() => titles(b.doc).join() === 'Kept, renamed' && planTitles(b.doc).length === 2, 'B to get it');
    expect(planTitles(b.doc)).toEqual(['Cut later', 'Kept']);
    await host!.stop();
    await startHost({}, port);
    const c = peer({ name: 'Cy' });
    await eventually(() => planTitles(c.doc).length === 2, 'C to get the baseline from the restarted host');
    expect(planTitles(c.doc)).toEqual(['Cut later', 'Kept']);
    const stored = await new FolderStorage(folder, 'x').load(roadmapId);
    const replica = createRoadmapYDoc();
    Y.applyUpdate(replica, stored!);
    expect(planTitles(replica)).toEqual(['Cut later', 'Kept']);
  });

  it('merges edits made while the host was down, after it restarts from its file', async () => {
    await startHost();
    const port = host!.port;
    const a = peer({ name: 'Ada' });
    const b = peer({ name: 'Ben' });
    await Promise.all([a.synced, b.synced]);
    initializeRoadmap(a.doc, { title: 'Plan' });
    const id = createInitiative(a.doc, {
      title: 'Shared',
      goalId: null,
      startDate: '2027-01-04',
      endDate: '2027-01-29',
    });
    await eventually(() => titles(b.doc).length === 1, 'B to get it');
    await host!.stop();
    // Offline: both edit different fields of the same initiative, and add one each.
    updateInitiative(a.doc, { id, changes: { owner: 'Ada' } });
    updateInitiative(b.doc, { id, changes: { progress: 40 } });
    createInitiative(a.doc, { title: 'Offline A', goalId: null, startDate: '2027-02-01', endDate: '2027-02-05' });
    createInitiative(b.doc, { title: 'Offline B', goalId: null, startDate: '2027-02-01', endDate: '2027-02-05' });
    await startHost({}, port);
    await eventually(() => titles(a.doc).length === 3 && titles(b.doc).length === 3, 'both to reconnect and merge');
    await eventually(() => Y.encodeStateVector(a.doc).join() === Y.encodeStateVector(b.doc).join(), 'convergence');
    const shared = initiatives(a.doc).find((initiative) => initiative.id === id)!;
    expect([shared.owner, shared.progress]).toEqual(['Ada', 40]);
  });

  it('recovers when the network drops and comes back (a TCP proxy cut and restored)', async () => {
    await startHost();
    const proxy = await TcpProxy.start(host!.port);
    try {
      const a = peer({ name: 'Ada' });
      const b = peer({ name: 'Ben', url: url(proxy.port) });
      // Carl stays connected directly: what the host relays reaches him when it would have reached Ben.
      const carl = peer({ name: 'Carl' });
      await Promise.all([a.synced, b.synced, carl.synced]);
      initializeRoadmap(a.doc, { title: 'Plan' });
      await eventually(() => b.doc.getMap('meta').get('title') === 'Plan', 'B to sync');
      await proxy.cut();
      await eventually(() => b.provider.configuration.websocketProvider.status !== 'connected', 'B to notice');
      createInitiative(a.doc, {
        title: 'While B was away',
        goalId: null,
        startDate: '2027-01-04',
        endDate: '2027-01-08',
      });
      createInitiative(b.doc, { title: 'B offline', goalId: null, startDate: '2027-01-04', endDate: '2027-01-08' });
      await eventually(() => titles(carl.doc).includes('While B was away'), 'the host to relay the edit');
      expect(titles(b.doc)).toEqual(['B offline']);
      await proxy.restore();
      await eventually(() => titles(a.doc).length === 2 && titles(b.doc).length === 2, 'B to come back');
      expect(titles(b.doc)).toEqual(['B offline', 'While B was away']);
      // After coming back, B's presence is known to A, and it goes when B drops off (no goodbye): no ghost.
      b.provider.setAwarenessField('user', { name: 'Ben' });
      const seesBen = () => [...a.provider.awareness!.getStates().values()].some((state) => state.user?.name === 'Ben');
      await eventually(seesBen, 'A to see B');
      await proxy.cut();
      // Well under awareness' own 30 s expiry: the host must drop B's presence when B's connection goes.
      await eventually(() => !seesBen(), "B to leave A's presence", 20_000);
    } finally {
      await proxy.stop();
    }
  });

  it('refuses a wrong code with a reason, and sends no document data before the code is verified', async () => {
    await startHost();
    const a = peer({ name: 'Ada' });
    await a.synced;
    initializeRoadmap(a.doc, { title: 'Secret plan' });
    createInitiative(a.doc, { title: 'Secret', goalId: null, startDate: '2027-01-04', endDate: '2027-01-08' });
    await eventually(() => host!.peers(roadmapId).length === 1);
    const socket = new HocuspocusProviderWebsocket({ url: url(), ...RECONNECT_BACKOFF });
    const intruderDoc = new Y.Doc();
    const refused = new Promise<string>((resolve) => {
      new HocuspocusProvider({
        websocketProvider: socket,
        name: roadmapId,
        document: intruderDoc,
        token: encodePeerToken({ code: 'AAAA-AAAA-AAAA', peerId: 'peer-eve-0001', name: 'Eve' }),
        onAuthenticationFailed: ({ reason }) => resolve(reason),
      }).attach();
    });
    expect(await refused).toBe('wrong-code');
    // A later message on the same socket: Eve's own roadmap, which she may open, syncs. Anything the host
    // had sent about the secret one would have arrived before it.
    const ownId = newId();
    const ownCode = access.share(ownId);
    await new Promise<void>((resolve) => {
      new HocuspocusProvider({
        websocketProvider: socket,
        name: ownId,
        document: new Y.Doc(),
        token: encodePeerToken({ code: ownCode, peerId: 'peer-eve-0001', name: 'Eve' }),
        onSynced: () => resolve(),
      }).attach();
    });
    socket.destroy();
    expect(intruderDoc.getMap('meta').size).toBe(0);
    expect(titles(intruderDoc)).toEqual([]);
    // The code for one roadmap does not open another.
    const other = peer({ name: 'Eve', roadmapId: newId() });
    expect(await other.refusal).toBe('not-shared');
  });

  it('rate-limits wrong codes per address, whatever Origin each attempt claims, and still lets in who holds a secret', async () => {
    const lines: string[] = [];
    await startHost({ maxFailedJoinsPerMinute: 3, log: (line) => lines.push(line) });
    const ada = peer({ name: 'Ada', peerId: 'peer-ada-0001' });
    await ada.synced;
    await eventually(() => ada.secret() !== undefined, 'Ada to get her rejoin secret');
    ada.destroy();
    // A client that is not a browser can send any Origin: each attempt claims another one.
    const refusals: string[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      const origin = `http://attempt-${attempt}-${Math.random().toString(36).slice(2)}.example`;
      const eve = peer({ code: `WRNG-CODE-000${attempt}`, name: 'Eve', peerId: `peer-eve-000${attempt}`, origin });
      refusals.push(await eve.refusal);
      eve.destroy();
    }
    expect(refusals).toEqual([...Array(3).fill('wrong-code'), ...Array(5).fill('too-many-attempts')]);
    // A newcomer with the right code waits too, from this address; Ada, who proves her secret, is let in.
    expect(await peer({ name: 'Cy', peerId: 'peer-cy-0001' }).refusal).toBe('too-many-attempts');
    const back = peer({ name: 'Ada', peerId: 'peer-ada-0001', code: 'AAAA-AAAA-AAAA', secret: ada.secret() });
    await back.synced;
    // One line for the first refusal of the address (Eve's, then Cy's too), the rest summarized at the stop.
    await host!.stop();
    host = null;
    const aboutEve = lines.filter((line) => line.startsWith('Refused 127.0.0.1'));
    expect(aboutEve).toEqual([
      expect.stringContaining('Refused 127.0.0.1 for'),
      'Refused 127.0.0.1 8 more times in the last minute: wrong-code ×2, too-many-attempts ×6',
    ]);
  });

  it('lets a legitimate client in right after a connection flood from its own address', async () => {
    await startHost({ maxConnectionsPer10s: 20 });
    const attempts = await Promise.allSettled(Array.from({ length: 300 }, () => rawSocket(url())));
    for (const attempt of attempts) if (attempt.status === 'fulfilled') attempt.value.close();
    expect(attempts.filter((attempt) => attempt.status === 'rejected').length).toBeGreaterThanOrEqual(200);
    // The flood took only the tokens it was given: the next one comes back within 0.5 s, not a whole window,
    // and the client's own retries find it.
    const ada = peer({ name: 'Ada' });
    await ada.synced;
  });

  it('closes the socket of a peer whose update does not decode, and keeps serving the others', async () => {
    await startHost({ maxMessageBytes: 8 * 1024 * 1024 });
    const ada = peer({ name: 'Ada' });
    const ben = peer({ name: 'Ben' });
    await Promise.all([ada.synced, ben.synced]);
    const socket = ada.provider.configuration.websocketProvider.webSocket as WebSocket;
    const closed = new Promise<number>((resolve) => socket.addEventListener('close', (event) => resolve(event.code)));
    // A sync update of 4 MB of noise, sent after authenticating.
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, roadmapId);
    encoding.writeVarUint(encoder, 0); // sync
    encoding.writeVarUint(encoder, 2); // update
    encoding.writeVarUint8Array(
      encoder,
      Uint8Array.from({ length: 4 * 1024 * 1024 }, (_, i) => (i * 7919 + 17) % 251),
    );
    socket.send(encoding.toUint8Array(encoder));
    expect(await closed).toBe(1007);
    initializeRoadmap(ben.doc, { title: 'Still here' });
    const carl = peer({ name: 'Carl' });
    await eventually(() => carl.doc.getMap('meta').get('title') === 'Still here', 'Carl to get the roadmap');
  });

  it('removes a peer: it is disconnected, refused afterwards, and the code is rotated', async () => {
    await startHost();
    const ben = peer({ name: 'Ben', peerId: 'peer-ben-000' });
    await ben.synced;
    initializeRoadmap(ben.doc, { title: 'Plan' });
    const newCode = access.removePeer(roadmapId, 'peer-ben-000')!;
    const refusedAgain = ben.refusal;
    host!.disconnectPeer(roadmapId, 'peer-ben-000');
    expect(newCode).not.toBe(code);
    await eventually(() => host!.peers(roadmapId).length === 0, 'Ben to be gone');
    // His app reconnects on its own with the code it knew, and is told he was removed (it then stops trying).
    expect(await refusedAgain).toBe('removed');
    ben.destroy();
    // Ben keeps his local copy; with the old code he is refused, and so is he with the new one.
    expect(ben.doc.getMap('meta').get('title')).toBe('Plan');
    expect(await peer({ name: 'Ben', peerId: 'peer-ben-000' }).refusal).toBe('removed');
    expect(await peer({ name: 'Ben', peerId: 'peer-ben-000', code: newCode }).refusal).toBe('removed');
    const ada = peer({ name: 'Ada', code: newCode });
    await ada.synced;
    await eventually(() => ada.doc.getMap('meta').get('title') === 'Plan', 'Ada to sync');
  });

  it('drops garbage frames and a 64 MB frame, refuses a connection flood, and keeps serving a legitimate peer', async () => {
    await startHost({ maxMessageBytes: 8 * 1024 * 1024, maxConnectionsPer10s: 60 });
    const a = peer({ name: 'Ada' });
    const b = peer({ name: 'Ben' });
    await Promise.all([a.synced, b.synced]);
    initializeRoadmap(a.doc, { title: 'Plan' });
    let count = 0;
    const addAndCheck = async () => {
      count++;
      createInitiative(a.doc, { title: `Edit ${count}`, goalId: null, startDate: '2027-01-04', endDate: '2027-01-08' });
      await eventually(() => titles(b.doc).length === count, `edit ${count} to reach B`);
    };
    await addAndCheck();

    const closes: Promise<number>[] = [];
    const rawSocket = () => {
      const socket = new WebSocket(url());
      socket.binaryType = 'arraybuffer';
      closes.push(new Promise((resolve) => socket.addEventListener('close', (event) => resolve(event.code))));
      return new Promise<WebSocket>((resolve, reject) => {
        socket.addEventListener('open', () => resolve(socket));
        socket.addEventListener('error', () => reject(new Error('could not connect')));
      });
    };
    // Garbage: random bytes, a truncated message, an empty frame, text.
    const garbage = await rawSocket();
    garbage.send(Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256));
    garbage.send(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff]));
    garbage.send(new Uint8Array());
    garbage.send('not binary at all');
    // A 64 MB frame: over the limit, closed with 1009 (message too big).
    const huge = await rawSocket();
    huge.send(new Uint8Array(64 * 1024 * 1024));
    expect(await closes[1]).toBe(1009);
    await addAndCheck();

    // 200 connection attempts in a burst: beyond the per-address limit they are refused.
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () => rawSocket().then((socket) => socket.close())),
    );
    const refused = attempts.filter((attempt) => attempt.status === 'rejected').length;
    expect(refused).toBeGreaterThanOrEqual(100);
    await addAndCheck();
    expect(
      host!
        .peers(roadmapId)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Ada', 'Ben']);
    garbage.close();
  });

  it('refuses to serve, and never overwrites, a damaged file it keeps', async () => {
    const path = join(folder, `${roadmapId}.waymark`);
    await writeFile(path, 'not a roadmap');
    await startHost();
    const a = peer({ name: 'Ada' });
    a.doc.getMap('meta').set('title', 'Local copy');
    expect(await a.refusal).toBe('not-waymark');
    // Stopping stores every roadmap the host has open: if it meant to write this one, it has now.
    await host!.stop();
    host = null;
    expect(await readdir(folder)).toEqual([`${roadmapId}.waymark`]);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path, 'utf8')).toBe('not a roadmap');
    expect(a.doc.getMap('meta').get('title')).toBe('Local copy');
  });
});
