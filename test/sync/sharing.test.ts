import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initializeRoadmap, newId } from '../../shared';
import { connectPeer, eventually, type TestPeer } from './support/peers';
import { Sharing } from '../../electron/services/sync/sharing';

let folder: string;
let sharing: Sharing;
let peers: TestPeer[];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-sharing-'));
  sharing = new Sharing({ folder, appName: 'test', hostName: 'Ada', port: 0, address: '127.0.0.1', advertise: false });
  peers = [];
});
afterEach(async () => {
  for (const peer of peers) peer.destroy();
  await sharing.stopAll();
  await rm(folder, { recursive: true, force: true });
});

describe('Sharing (the desktop app hosting)', () => {
  it('listens only while something is shared; the owner stays linked when the code changes', async () => {
    const id = newId();
    expect(sharing.info(id)).toBeNull();
    const info = await sharing.share(id, 'Plan');
    const url = `ws://127.0.0.1:${info.port}`;
    const owner = connectPeer({ url, roadmapId: id, code: info.ownerCode, name: 'Ada', peerId: 'peer-ada-0000' });
    const guest = connectPeer({ url, roadmapId: id, code: info.code, name: 'Ben', peerId: 'peer-ben-0000' });
    peers.push(owner, guest);
    await Promise.all([owner.synced, guest.synced]);
    initializeRoadmap(owner.doc, { title: 'Plan' });
    await eventually(() => guest.doc.getMap('meta').get('title') === 'Plan', 'Ben to sync');
    expect(
      sharing
        .peers(id)
        .map((peer) => peer.name)
        .sort(),
    ).toEqual(['Ada', 'Ben']);

    // Removing Ben rotates the code; Ada's window keeps working with its owner code.
    const newCode = sharing.removePeer(id, 'peer-ben-0000');
    expect(newCode).not.toBe(info.code);
    expect(sharing.info(id)!.code).toBe(newCode);
    await eventually(() => sharing.peers(id).length === 1, 'Ben to be gone');
    const again = connectPeer({ url, roadmapId: id, code: info.ownerCode, name: 'Ada', peerId: 'peer-ada-0000' });
    peers.push(again);
    await again.synced;

    // Stopping the last share stops the host: nothing listens any more.
    await sharing.stop(id);
    expect(sharing.info(id)).toBeNull();
    const refused = await fetch(`http://127.0.0.1:${info.port}/roadmaps`).then(
      () => 'answered',
      () => 'no one listens',
    );
    expect(refused).toBe('no one listens');
  });

  it('keeps people in when the code changes or the app restarts: they reconnect on their own', async () => {
    const id = newId();
    const info = await sharing.share(id, 'Plan');
    const url = `ws://127.0.0.1:${info.port}`;
    const ben = connectPeer({ url, roadmapId: id, code: info.code, name: 'Ben', peerId: 'peer-ben-0000' });
    peers.push(ben);
    await ben.synced;
    await eventually(() => ben.secret() !== undefined, 'Ben to get his rejoin secret');
    // A new code for newcomers; Ben, already in, comes back with his rejoin secret and the code he has.
    sharing.rotateCode(id);
    const again = connectPeer({
      url,
      roadmapId: id,
      code: info.code,
      name: 'Ben',
      peerId: 'peer-ben-0000',
      secret: ben.secret(),
    });
    peers.push(again);
    await again.synced;
    const stranger = connectPeer({ url, roadmapId: id, code: info.code, name: 'Eve', peerId: 'peer-eve-0000' });
    peers.push(stranger);
    expect(await stranger.refusal).toBe('wrong-code');

    // The app quits and starts again; sharing the roadmap again brings back its code and port.
    await sharing.stopAll();
    await eventually(() => ben.provider.configuration.websocketProvider.status !== 'connected', 'Ben to notice');
    sharing = new Sharing({ folder, appName: 'test', hostName: 'Ada', address: '127.0.0.1', advertise: false });
    const restarted = await sharing.share(id, 'Plan');
    expect(restarted.port).toBe(info.port);
    expect(restarted.ownerCode).toBe(info.ownerCode);
    await eventually(() => sharing.peers(id).some((peer) => peer.name === 'Ben'), 'Ben to reconnect');
  });
});
