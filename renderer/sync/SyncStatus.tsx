import { useShallow } from 'zustand/react/shallow';
import type { RoadmapLibrary } from '../../shared';
import { usePeersStore } from '../presence/peers-store';
import { useSyncStore, type SyncStatus as Status } from './sync-store';

const LABELS: Readonly<Record<Status, string>> = {
  local: 'On this device only',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline: edits are kept',
  refused: 'Not connected',
};

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? `${words[0]![0]}${words.at(-1)![0]}` : (words[0]?.slice(0, 2) ?? '?')).toUpperCase();
}

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The roadmap's link to its host: who is here, whether it is connected, when it last synced. */
export function SyncStatus({ library, onShare }: { library: RoadmapLibrary; onShare: () => void }) {
  const { status, hosting, lastSyncedAt } = useSyncStore(
    useShallow((state) => ({
      status: state.status,
      hosting: state.hosting,
      lastSyncedAt: state.lastSyncedAt,
    })),
  );
  const peers = usePeersStore((state) => state.peers);
  // One badge per person, however many windows they have open.
  const people = [...new Map(peers.map((peer) => [peer.peerId, peer])).values()];
  const me = library.profile();
  const label = status === 'connected' && hosting ? 'Hosting' : LABELS[status];
  return (
    <div className="sync-status">
      {status !== 'local' && (
        <ul className="presence" aria-label="People here">
          <li className="peer-badge self" style={{ background: me.color }} title={`${me.name || 'You'} (you)`}>
            {initials(me.name || 'You')}
          </li>
          {people.map((peer) => (
            <li key={peer.peerId} className="peer-badge" style={{ background: peer.color }} title={peer.name}>
              {initials(peer.name)}
              <span className="visually-hidden">{peer.name}</span>
            </li>
          ))}
        </ul>
      )}
      <span
        className={`sync-pill ${status}`}
        role="status"
        aria-label="Sync status"
        title={lastSyncedAt ? `Last synced at ${time.format(lastSyncedAt)}` : undefined}
      >
        {label}
        {lastSyncedAt && status !== 'local' ? ` · synced ${time.format(lastSyncedAt)}` : ''}
      </span>
      <button type="button" className="secondary" onClick={onShare}>
        {status === 'local' ? 'Share…' : 'Sharing…'}
      </button>
    </div>
  );
}

/** Why the host refused this app, under the header (it would crowd the header's single line). */
export function SyncRefusal() {
  const refusal = useSyncStore((state) => state.refusal);
  if (!refusal) return null;
  return (
    <div className="banner sync-refusal" role="alert">
      {refusal}
    </div>
  );
}
