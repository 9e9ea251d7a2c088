import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { z } from 'zod';
import { decodeAdmission, encodePeerToken, RECONNECT_BACKOFF, type Profile, type SyncSettings } from '../../shared';
import type { RoadmapSession } from '../state/roadmap-session';
import { useUiStore } from '../state/ui-store';
import { useDragStore } from '../presence/drag-store';
import { useSyncStore } from './sync-store';
import { setPeers, type RemotePeer } from '../presence/peers-store';

/** After this long unreachable, "reconnecting" becomes "offline" (it keeps retrying). */
const OFFLINE_AFTER_MS = 10_000;

/** What the host's refusal reasons mean to the person joining. */
export const REFUSALS: Readonly<Record<string, string>> = {
  'wrong-code': 'The join code is not right (the host may have changed it). Ask for the current code.',
  removed: 'The host removed you from this roadmap. Your copy stays on this device.',
  'not-shared': 'This roadmap is not shared any more. Your copy stays on this device.',
  'too-many-attempts': 'Too many wrong codes from this device: wait a minute, then try again.',
  'not-waymark':
    'The host cannot read its copy of this roadmap (its file is damaged). Your copy stays here; ask the host to check its file.',
  damaged:
    'The host cannot read its copy of this roadmap (its file is damaged). Your copy stays here; ask the host to check its file.',
  'newer-format': "The host's copy of this roadmap was saved by a newer Waymark. Your copy stays here.",
  'too-large': "The host's copy of this roadmap is too large to open. Your copy stays here.",
};

/** Presence is said again this often, so peers never time it out while nobody moves (30 s). */
const PRESENCE_HEARTBEAT_MS = 10_000;

// Awareness states come from peers: read them defensively.
const ghostSchema = z.object({
  id: z.string().max(64).nullable(),
  title: z.string().max(500),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  laneKey: z.string().max(64),
  row: z.number().int().min(0).max(10_000),
});
const presenceSchema = z.object({
  user: z.object({ peerId: z.string().max(64), name: z.string().max(80), color: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  selection: z.array(z.string().max(64)).max(1000).default([]),
  drag: z.array(ghostSchema).max(200).nullable().default(null),
});

/**
 * Links an open roadmap's Y.Doc to a host through Hocuspocus: syncs it both ways, reconnects with backoff,
 * shares presence (who is here, what they select and drag) through awareness, and keeps the sync store
 * (status, last synced, peers) up to date. The Y.Doc stays the working copy, persisted by y-indexeddb
 * whether or not the host is reachable.
 */
export class SyncConnection {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private readonly stops: (() => void)[] = [];
  private lostAt: number | null = null;
  private offlineTimer: ReturnType<typeof setTimeout> | null = null;
  private everConnected = false;

  constructor(
    session: RoadmapSession,
    settings: SyncSettings,
    private readonly profile: Profile,
    hosting = false,
    /** When this roadmap last synced (kept by the caller across restarts), and where to report new times. */
    private readonly synced: { last: number | null; record: (at: number) => void } = { last: null, record: () => {} },
    /** The rejoin secret the host gave this app before, and where to keep a new one (see shared/sync/admission). */
    rejoin: { secret: string | null; record: (secret: string) => void } = { secret: null, record: () => {} },
  ) {
    let secret = rejoin.secret;
    useSyncStore.setState({ status: 'connecting', hosting, refusal: null, lastSyncedAt: synced.last });
    // A host out of reach from the start (opened offline) is "offline" after a while too.
    this.offlineTimer = setTimeout(() => this.goOffline(), OFFLINE_AFTER_MS);
    this.socket = new HocuspocusProviderWebsocket({ url: settings.url, ...RECONNECT_BACKOFF });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: session.roadmapId,
      document: session.doc,
      // Read at every (re)connection: a secret received meanwhile goes along.
      token: () =>
        encodePeerToken({
          code: settings.code,
          peerId: profile.peerId,
          name: profile.name || 'Someone',
          ...(secret ? { secret } : {}),
        }),
      onAuthenticationFailed: ({ reason }) => this.refused(reason),
      onStateless: ({ payload }) => {
        const issued = decodeAdmission(payload);
        if (!issued) return;
        secret = issued;
        rejoin.record(issued);
      },
      onSynced: () => this.markSynced(),
      onUnsyncedChanges: ({ number }) => {
        if (number === 0 && this.socket.status === 'connected') this.markSynced();
      },
      onAwarenessChange: () => this.readPeers(),
    });
    this.provider.attach();
    this.socket.on('status', ({ status }: { status: string }) => this.onStatus(status));
    // Edits arriving from the host mean this replica is in sync with it now.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider && this.socket.status === 'connected') this.markSynced();
    };
    session.doc.on('update', onUpdate);
    this.stops.push(() => session.doc.off('update', onUpdate));
    const heartbeat = setInterval(() => this.provider.setAwarenessField('alive', Date.now()), PRESENCE_HEARTBEAT_MS);
    this.stops.push(() => clearInterval(heartbeat));
    this.publishPresence();
    this.stops.push(
      useUiStore.subscribe((state, previous) => {
        if (state.selectedInitiatives !== previous.selectedInitiatives) this.publishPresence();
      }),
      useDragStore.subscribe((state, previous) => {
        if (state.preview !== previous.preview) this.publishPresence();
      }),
    );
  }

  /** Stops syncing (the local copy stays). */
  destroy(): void {
    for (const stop of this.stops) stop();
    if (this.offlineTimer) clearTimeout(this.offlineTimer);
    this.provider.destroy();
    this.socket.destroy();
  }

  private onStatus(status: string) {
    if (useSyncStore.getState().status === 'refused') return;
    if (status === 'connected') {
      this.everConnected = true;
      this.lostAt = null;
      if (this.offlineTimer) clearTimeout(this.offlineTimer);
      useSyncStore.setState({ status: 'connected' });
      // Peers could miss us after a reconnect until our state changes (y-websocket #122): say it again.
      this.publishPresence();
    } else if (status === 'disconnected' && this.everConnected && this.lostAt === null) {
      // Every failed retry says "disconnected" again: only the first loss starts the clock.
      this.lostAt = Date.now();
      useSyncStore.setState({ status: 'reconnecting' });
      setPeers([]);
      if (this.offlineTimer) clearTimeout(this.offlineTimer);
      this.offlineTimer = setTimeout(() => this.goOffline(), OFFLINE_AFTER_MS);
    }
  }

  private goOffline() {
    const status = useSyncStore.getState().status;
    if (status === 'connecting' || status === 'reconnecting') useSyncStore.setState({ status: 'offline' });
  }

  private lastRecorded = 0;

  private markSynced() {
    const now = Date.now();
    useSyncStore.setState({ lastSyncedAt: now });
    // Kept across restarts, written at most every few seconds.
    if (now - this.lastRecorded > 5000) {
      this.lastRecorded = now;
      this.synced.record(now);
    }
  }

  private refused(reason: string) {
    // The host will say the same again: stop retrying, keep the local copy, say why.
    this.socket.disconnect();
    useSyncStore.setState({
      status: 'refused',
      refusal: REFUSALS[reason] ?? `The host refused the connection (${reason}).`,
    });
    setPeers([]);
  }

  private publishPresence() {
    const preview = useDragStore.getState().preview;
    const dragging = preview && (preview.kind === 'move' || preview.kind === 'create') ? preview.ghosts : null;
    this.provider.setAwarenessField('user', {
      peerId: this.profile.peerId,
      name: this.profile.name,
      color: this.profile.color,
    });
    this.provider.setAwarenessField('selection', useUiStore.getState().selectedInitiatives);
    this.provider.setAwarenessField('drag', dragging ? dragging.slice(0, 200) : null);
  }

  private readPeers() {
    const awareness = this.provider.awareness;
    if (!awareness) return;
    const peers: RemotePeer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const parsed = presenceSchema.safeParse(state);
      if (!parsed.success || parsed.data.user.peerId === this.profile.peerId) continue;
      const { user, selection, drag } = parsed.data;
      peers.push({ clientId, ...user, name: user.name || 'Someone', selection, drag });
    }
    setPeers(peers);
  }
}
