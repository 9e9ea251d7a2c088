import { create } from 'zustand';
import type { ShareInfo } from '../../electron/preload-api';
import { setPeers } from '../presence/peers-store';

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

interface SyncState {
  status: SyncStatus;
  /** This window hosts the roadmap (desktop app sharing on the network). */
  hosting: boolean;
  /** When this replica and the host last had the same state. */
  lastSyncedAt: number | null;
  /** Why the host refused, for the person to read. */
  refusal: string | null;
}

/** What this desktop app shares on the network (kept while the app runs; sharing ends when it quits). */
export const useHostedShare = create<{ share: ShareInfo | null }>()(() => ({ share: null }));

const INITIAL: SyncState = {
  status: 'local',
  hosting: false,
  lastSyncedAt: null,
  refusal: null,
};

/** The sync link of the open roadmap (one per window). UI state: never stored, never synced. */
export const useSyncStore = create<SyncState>()(() => INITIAL);

/** Back to "only on this device" (a roadmap closed, or sharing stopped). */
export function resetSyncStore(): void {
  useSyncStore.setState(INITIAL, true);
  setPeers([]);
}

/** Bumped when the open roadmap's sync settings change, so the window relinks it. */
export const useLinkVersion = create<{ version: number }>()(() => ({ version: 0 }));

/** Asks the window to (re)link the open roadmap to its host, or unlink it, after its settings changed. */
export function relink(): void {
  useLinkVersion.setState((state) => ({ version: state.version + 1 }));
}
