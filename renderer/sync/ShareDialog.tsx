import { useEffect, useRef, useState } from 'react';
import { normalizeJoinCode, parseHostAddress, type RoadmapLibrary } from '../../shared';
import { useSession } from '../state/session-context';
import { Dialog } from '../ui/Dialog';
import { HostFields } from './HostFields';
import { hasName, ProfileFields } from './ProfileFields';
import { HostOnNetwork } from './HostOnNetwork';
import { relink, useHostedShare, useSyncStore, type SyncStatus } from './sync-store';
import { FieldError } from '../ui/FieldError';
import { probeSyncServer } from './join';

const STATUS_WORDS: Readonly<Record<SyncStatus, string>> = {
  local: 'not linked',
  connecting: 'connecting',
  connected: 'connected',
  reconnecting: 'reconnecting',
  offline: 'out of reach for now',
  refused: 'the server refused this app',
};

/**
 * Sharing the open roadmap. With a sync server (a team's own Hocuspocus, or `npm run host` on an always-on
 * machine): its address and join code. Linked already: the status, and a way to stop syncing.
 */
export function ShareDialog({ library, onClose }: { library: RoadmapLibrary; onClose: () => void }) {
  const session = useSession();
  const linked = library.syncOf(session.roadmapId);
  const status = useSyncStore((state) => state.status);
  const hosting = useHostedShare((state) => state.share?.roadmapId === session.roadmapId);
  const [address, setAddress] = useState(linked ? linked.url : '');
  const [code, setCode] = useState(linked?.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // Closing the dialog while the server is being checked cancels the check, and so the link.
  const checks = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    checks.current = controller;
    return () => controller.abort();
  }, []);

  const connect = async () => {
    if (checking) return; // one check at a time (the button stays focusable, so Escape still closes)
    const host = parseHostAddress(address);
    if (!host) return setError('Enter the server address, like 192.168.1.20:4455 or wss://sync.example.com.');
    if (normalizeJoinCode(code) === null && code.trim().length < 4) return setError('Enter the join code or token.');
    if (!hasName(library)) return setError('Enter your name first: others see it next to your edits.');
    // Linked only to a server that answers: a mistyped address is said here, not left retrying.
    setError(null);
    setChecking(true);
    try {
      await probeSyncServer(host, checks.current.signal);
    } catch (caught) {
      if (checks.current.signal.aborted) return;
      setChecking(false);
      return setError((caught as Error).message);
    }
    if (checks.current.signal.aborted) return;
    setChecking(false);
    library.setSync(session.roadmapId, { url: host.ws, code: code.trim() });
    relink();
    onClose();
  };

  return (
    <Dialog title="Share this roadmap" onClose={onClose}>
      <ProfileFields library={library} />
      {window.waymark && !linked && <HostOnNetwork library={library} />}
      {linked ? (
        <section className="dialog-section">
          <p>
            Syncing with <strong>{linked.url.replace(/^wss?:\/\//, '')}</strong>: {STATUS_WORDS[status]}. Edits made
            offline are kept here and merge when the server is back.
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              library.setSync(session.roadmapId, null);
              relink();
              onClose();
            }}
          >
            Stop syncing
          </button>
          <p className="muted">Your copy stays on this device either way.</p>
        </section>
      ) : null}
      {!hosting && (
        <section className="dialog-section">
          <h3>{linked ? 'Use another sync server' : 'Sync through a server'}</h3>
          <p className="muted">
            A Waymark host on an always-on machine (<code>npm run host</code>) or your team&apos;s Hocuspocus server.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void connect();
            }}
          >
            <HostFields
              addressLabel="Server address"
              address={address}
              code={code}
              onAddress={setAddress}
              onCode={setCode}
            />
            <FieldError message={error} />
            <button type="submit" aria-disabled={checking || undefined}>
              {checking ? 'Connecting…' : 'Connect'}
            </button>
          </form>
        </section>
      )}
    </Dialog>
  );
}
