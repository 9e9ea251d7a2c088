import { useEffect, useState } from 'react';
import type { FoundHost } from '../../electron/preload-api';
import { parseHostAddress, type RoadmapLibrary } from '../../shared';
import { Dialog } from '../ui/Dialog';
import { HostFields } from './HostFields';
import { lookUpRoadmaps, type OfferedRoadmap } from './join';
import { hasName, ProfileFields } from './ProfileFields';
import { FieldError } from '../ui/FieldError';

/**
 * Joining a roadmap someone shares: their address (typed, or picked from hosts found on the network) and
 * the join code they gave; then the roadmap to open. It is stored on this device like any other.
 */
export function JoinDialog({
  library,
  onJoin,
  onClose,
}: {
  library: RoadmapLibrary;
  onJoin: (roadmap: OfferedRoadmap, url: string, code: string) => void;
  onClose: () => void;
}) {
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [offered, setOffered] = useState<OfferedRoadmap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<FoundHost[]>([]);

  // The desktop app browses the network (mDNS) while this dialog is open.
  useEffect(() => {
    const discovery = window.waymark?.discovery;
    if (!discovery) return;
    let stopped = false;
    const poll = async () => {
      const hosts = await discovery.hosts().catch(() => []);
      if (!stopped) setFound(hosts);
    };
    void poll();
    const timer = setInterval(() => void poll(), 1500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);

  const findRoadmaps = async () => {
    setOffered(null);
    const host = parseHostAddress(address);
    if (!host) return setError('Enter the address the host shows, like 192.168.1.20:4455.');
    if (!code.trim()) return setError('Enter the join code the host shows.');
    if (!hasName(library)) return setError('Enter your name first: others see it next to your edits.');
    setBusy(true);
    setError(null);
    try {
      const roadmaps = await lookUpRoadmaps(host, code);
      if (roadmaps.length === 0) setError('The host shares no roadmap yet.');
      setOffered(roadmaps);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="Join a shared roadmap" onClose={onClose}>
      <ProfileFields library={library} />
      {window.waymark && (
        <section className="dialog-section">
          <h3>Found on your network</h3>
          {found.length === 0 && <p className="muted">Looking for hosts… You can also type an address below.</p>}
          <ul className="offered" aria-label="Hosts on your network">
            {found.map((host) => (
              <li key={`${host.host}:${host.port}`}>
                <span>
                  {host.name} · {host.title}
                </span>
                <button type="button" className="link" onClick={() => setAddress(`${host.host}:${host.port}`)}>
                  Use {host.host}:{host.port}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form
        className="dialog-section"
        onSubmit={(event) => {
          event.preventDefault();
          void findRoadmaps();
        }}
      >
        <HostFields addressLabel="Host address" address={address} code={code} onAddress={setAddress} onCode={setCode} />
        <FieldError message={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Looking…' : 'Find roadmaps'}
        </button>
      </form>
      {offered && offered.length > 0 && (
        <ul className="dialog-section offered" aria-label="Shared roadmaps">
          {offered.map((roadmap) => (
            <li key={roadmap.id}>
              <span>{roadmap.title}</span>
              <button type="button" onClick={() => onJoin(roadmap, parseHostAddress(address)!.ws, code.trim())}>
                {library.get(roadmap.id) ? `Open ${roadmap.title}` : `Join ${roadmap.title}`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
