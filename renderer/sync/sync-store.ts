import { create } from 'zustand';
import type { GhostBar } from '../canvas/drag/drag-store';
import type { ShareInfo } from '../../electron/preload-api';

/** How the open roadmap is linked to its host, as the header shows it. */
export type SyncStatus =
  /** Only on this device. */
  | 'local'
  /** Trying to reach the host for the first time. */
  | 'connecting'
  | 'connected'
  /** The link dropped a moment ago; retrying. */
  | 'reconnecting'
  /** The host has been out of reach for a while; still retrying, edits are kept. */
  | 'offline'
  /** The host said no (wrong code, removed, not shared): not retrying. */
  | 'refused';

/** Another person on the same roadmap, from their awareness state. */
export interface RemotePeer {
  readonly clientId: number;
  readonly peerId: string;
  readonly name: string;
  readonly color: string;
  /** Initiatives they have selected. */
  readonly selection: readonly string[];
  /** Where the bars they are dragging would land, while they drag. */
  readonly drag: readonly GhostBar[] | null;
}

interface SyncState {
  status: SyncStatus;
  /** This window hosts the roadmap (desktop app sharing on the network). */
  hosting: boolean;
  /** When this replica and the host last had the same state. */
  lastSyncedAt: number | null;
  /** Why the host refused, for the person to read. */
  refusal: string | null;
  peers: readonly RemotePeer[];
  /** Initiative id → color of a peer who has it selected (or is dragging it). */
  markedBy: ReadonlyMap<string, string>;
}

/** What this desktop app shares on the network (kept while the app runs; sharing ends when it quits). */
export const useHostedShare = create<{ share: ShareInfo | null }>()(() => ({ share: null }));

const INITIAL: SyncState = {
  status: 'local',
  hosting: false,
  lastSyncedAt: null,
  refusal: null,
  peers: [],
  markedBy: new Map(),
};

/** The sync link of the open roadmap (one per window). UI state: never stored, never synced. */
export const useSyncStore = create<SyncState>()(() => INITIAL);

/** Back to "only on this device" (a roadmap closed, or sharing stopped). */
export function resetSyncStore(): void {
  useSyncStore.setState(INITIAL, true);
}

/** Peers with what they mark on the canvas, for the store. */
export function withMarks(peers: readonly RemotePeer[]): Pick<SyncState, 'peers' | 'markedBy'> {
  const markedBy = new Map<string, string>();
  for (const peer of peers) {
    for (const id of peer.selection) markedBy.set(id, peer.color);
    for (const ghost of peer.drag ?? []) if (ghost.id) markedBy.set(ghost.id, peer.color);
  }
  return { peers, markedBy };
}

/** Bumped when the open roadmap's sync settings change, so the window relinks it. */
export const useLinkVersion = create<{ version: number }>()(() => ({ version: 0 }));

/** Asks the window to (re)link the open roadmap to its host, or unlink it, after its settings changed. */
export function relink(): void {
  useLinkVersion.setState((state) => ({ version: state.version + 1 }));
}
