import { describe, expect, it } from 'vitest';
import { generateRejoinSecret, type PeerToken } from '../../../shared/sync';
import { RoadmapAccess, type AccessVerdict } from './roadmap-access';

const ROADMAP = '6f1c1d3e-0000-4000-8000-000000000001';
const OTHER_ROADMAP = '6f1c1d3e-0000-4000-8000-000000000002';

/**
 * A shared roadmap where Ada and Ben were let in with the first code (each holds the rejoin secret the host
 * issued), then Ben was removed: the code changed, and his secret was revoked.
 */
function sharedThenBenRemoved() {
  const access = new RoadmapAccess();
  const firstCode = access.share(ROADMAP);
  const admit = (peerId: string) => {
    const verdict = access.check(ROADMAP, { code: firstCode, peerId, name: peerId });
    if (!verdict.ok || !verdict.secret) throw new Error('expected a first admission with a secret');
    return verdict.secret;
  };
  const adaSecret = admit('peer-ada-0001');
  const benSecret = admit('peer-ben-0001');
  const benToken: PeerToken = { code: firstCode, peerId: 'peer-ben-0001', name: 'Ben', secret: benSecret };
  const currentCode = access.removePeer(ROADMAP, 'peer-ben-0001')!;
  return { access, firstCode, currentCode, adaSecret, benSecret, benToken };
}

describe('RoadmapAccess.check: hostile tokens', () => {
  const world = sharedThenBenRemoved();
  const rows: [string, PeerToken, AccessVerdict['ok'], string?][] = [
    ['removed peer, own id, old code, own secret', world.benToken, false, 'removed'],
    [
      'removed peer, own id, new code',
      { ...world.benToken, code: world.currentCode, secret: undefined },
      false,
      'removed',
    ],
    [
      "removed peer with another admitted peer's id and an old code",
      { code: world.firstCode, peerId: 'peer-ada-0001', name: 'Ben' },
      false,
      'wrong-code',
    ],
    [
      "removed peer with another's id, an old code and his own revoked secret",
      { code: world.firstCode, peerId: 'peer-ada-0001', name: 'Ben', secret: world.benSecret },
      false,
      'wrong-code',
    ],
    [
      'removed peer with a fresh id and an old code',
      { code: world.firstCode, peerId: 'peer-new-9999', name: 'Ben' },
      false,
      'wrong-code',
    ],
    [
      'removed peer with a fresh id, an old code and his revoked secret',
      { code: world.firstCode, peerId: 'peer-new-9999', name: 'Ben', secret: world.benSecret },
      false,
      'wrong-code',
    ],
    [
      'a guessed secret with an old code',
      { code: world.firstCode, peerId: 'peer-ada-0001', name: 'Eve', secret: generateRejoinSecret() },
      false,
      'wrong-code',
    ],
    ['replayed token of the removed peer', { ...world.benToken }, false, 'removed'],
    ['no code at all', { code: 'x', peerId: 'peer-eve-0001', name: 'Eve' }, false, 'wrong-code'],
    // The people who should get in do.
    [
      'admitted peer back with its secret and an old code',
      { code: world.firstCode, peerId: 'peer-ada-0001', name: 'Ada', secret: world.adaSecret },
      true,
    ],
    ['a newcomer with the current code', { code: world.currentCode, peerId: 'peer-cy-0001', name: 'Cy' }, true],
  ];

  it.each(rows)('%s', (_what, token, ok, reason) => {
    const verdict = world.access.check(ROADMAP, token);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.reason).toBe(reason);
  });

  it('a secret opens only the roadmap and the peer id it was issued for', () => {
    const { access, adaSecret, currentCode } = sharedThenBenRemoved();
    access.share(OTHER_ROADMAP);
    expect(
      access.check(OTHER_ROADMAP, { code: currentCode, peerId: 'peer-ada-0001', name: 'Ada', secret: adaSecret }),
    ).toEqual({ ok: false, reason: 'wrong-code' });
    expect(access.check(ROADMAP, { code: 'nope', peerId: 'peer-ada-0002', name: 'Ada', secret: adaSecret })).toEqual({
      ok: false,
      reason: 'wrong-code',
    });
  });

  it('issues a secret at each admission with the code, keeping a few per peer', () => {
    const access = new RoadmapAccess();
    const code = access.share(ROADMAP);
    const secrets = Array.from({ length: 6 }, () => {
      const verdict = access.check(ROADMAP, { code, peerId: 'peer-ada-0001', name: 'Ada' });
      return verdict.ok ? verdict.secret! : '';
    });
    expect(new Set(secrets).size).toBe(6);
    access.rotate(ROADMAP);
    const opens = secrets.map(
      (secret) => access.check(ROADMAP, { code, peerId: 'peer-ada-0001', name: 'Ada', secret }).ok,
    );
    expect(opens).toEqual([false, false, true, true, true, true]);
  });

  it('while codes are not allowed (an address over its limit), only the owner code and rejoin secrets count', () => {
    const { access, currentCode, adaSecret } = sharedThenBenRemoved();
    const strict = { codesAllowed: false };
    expect(access.check(ROADMAP, { code: currentCode, peerId: 'peer-cy-0001', name: 'Cy' }, strict)).toEqual({
      ok: false,
      reason: 'too-many-attempts',
    });
    expect(
      access.check(ROADMAP, { code: 'old', peerId: 'peer-ada-0001', name: 'Ada', secret: adaSecret }, strict).ok,
    ).toBe(true);
    const owner = access.ownerCodeOf(ROADMAP)!;
    expect(access.check(ROADMAP, { code: owner, peerId: 'peer-own-0001', name: 'Me' }, strict)).toMatchObject({
      ok: true,
      owner: true,
    });
  });

  it('keeps who was let in across a restart (only secret hashes are saved)', () => {
    const { access, adaSecret, firstCode } = sharedThenBenRemoved();
    const saved = JSON.parse(JSON.stringify(access.stateOf(ROADMAP)));
    expect(JSON.stringify(saved)).not.toContain(adaSecret);
    const restarted = new RoadmapAccess();
    restarted.restore(ROADMAP, saved);
    expect(
      restarted.check(ROADMAP, { code: firstCode, peerId: 'peer-ada-0001', name: 'Ada', secret: adaSecret }).ok,
    ).toBe(true);
    expect(restarted.check(ROADMAP, { code: firstCode, peerId: 'peer-ben-0001', name: 'Ben' })).toEqual({
      ok: false,
      reason: 'removed',
    });
  });
});
