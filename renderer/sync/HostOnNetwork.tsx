import { useEffect, useState } from 'react';
import type { PeerInfo } from '../../electron/preload-api';
import type { RoadmapLibrary } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { hasName } from './ProfileFields';
import { useHostedShare } from './sync-store';
import { usePeersStore } from '../presence/peers-store';
import { FieldError } from '../ui/FieldError';

/**
 * The desktop app's "Share on this network": it hosts the roadmap itself, shows where and with which code
 * to join, who is connected (and lets the host remove someone, which changes the code), and stops.
 */
export function HostOnNetwork({ library }: { library: RoadmapLibrary }) {
  const session = useSession();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const share = useHostedShare((state) => state.share);
  const colors = usePeersStore((state) => state.peers);
  const [error, setError] = useState<string | null>(null);
  const [connected, setConnected] = useState<PeerInfo[]>([]);
  const bridge = window.waymark!;
  const hostingThis = share?.roadmapId === session.roadmapId;

  // Who is connected, as the host checked them when they joined (not what they say of themselves).
  useEffect(() => {
    if (!hostingThis || !share) return;
    let stopped = false;
    const poll = async () => {
      const peers = await bridge.sync.peers(share.roadmapId).catch(() => []);
      if (!stopped) setConnected(peers);
    };
    void poll();
    const timer = setInterval(() => void poll(), 2000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // Asked again whenever presence changes (someone arrived or left), besides every two seconds.
  }, [hostingThis, share, bridge, colors]);
  // This app's own window is connected too (with the owner code): not listed, and not removable.
  const people = [...new Map(connected.filter((peer) => !peer.owner).map((peer) => [peer.peerId, peer])).values()];
  const colorOf = (peerId: string) => colors.find((peer) => peer.peerId === peerId)?.color ?? '#94a3b8';

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  if (!hostingThis) {
    return (
      <section className="dialog-section">
        <h3>Share on this network</h3>
        <p className="muted">
          This app hosts the roadmap while it runs; people on the same network join with the address and code it shows.
        </p>
        <button
          type="button"
          onClick={() =>
            run(async () => {
              if (!hasName(library)) throw new Error('Enter your name first: others see it next to your edits.');
              if (share) await bridge.sync.stopSharing(share.roadmapId); // one shared roadmap at a time
              useHostedShare.setState({ share: await bridge.sync.share(session.roadmapId, title) });
            })
          }
        >
          Share on this network
        </button>
        <FieldError message={error} />
      </section>
    );
  }

  return (
    <section className="dialog-section" aria-label="Shared on this network">
      <h3>Shared on this network</h3>
      <p>
        Join at{' '}
        {share.addresses.length > 0 ? (
          share.addresses.map((address) => <strong key={address}>{`${address}:${share.port} `}</strong>)
        ) : (
          <strong>{`this computer's address, port ${share.port}`}</strong>
        )}
      </p>
      <p>
        Join code: <span className="join-code">{share.code}</span>{' '}
        <button
          type="button"
          className="link"
          onClick={() =>
            run(async () =>
              useHostedShare.setState({ share: { ...share, code: await bridge.sync.rotateCode(share.roadmapId) } }),
            )
          }
        >
          New code
        </button>
      </p>
      <h3>Connected</h3>
      {people.length === 0 && <p className="muted">No one yet.</p>}
      <ul className="offered" aria-label="Connected people">
        {people.map((peer) => (
          <li key={peer.peerId}>
            <span>
              <span className="peer-dot" style={{ background: colorOf(peer.peerId) }} aria-hidden="true" /> {peer.name}{' '}
              <span className="muted">({peer.address.replace(/^::ffff:/, '')})</span>
            </span>
            <button
              type="button"
              className="link"
              onClick={() =>
                run(async () => {
                  const code = await bridge.sync.removePeer(share.roadmapId, peer.peerId);
                  useHostedShare.setState({ share: { ...share, code } });
                  setConnected((current) => current.filter((other) => other.peerId !== peer.peerId));
                })
              }
            >
              Remove {peer.name}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="secondary"
        onClick={() =>
          run(async () => {
            await bridge.sync.stopSharing(share.roadmapId);
            useHostedShare.setState({ share: null });
          })
        }
      >
        Stop sharing
      </button>
      <p className="muted">Removing someone changes the code; they keep their copy.</p>
      <FieldError message={error} />
    </section>
  );
}
