import { create } from 'zustand';
import type { GhostBar } from './drag-store';

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

interface PeersState {
  peers: readonly RemotePeer[];
  /** Initiative id → color of a peer who has it selected (or is dragging it). */
  markedBy: ReadonlyMap<string, string>;
}

/**
 * Who else is on the open roadmap and what they point at, as the sync link reports it. The canvas draws
 * it and the sync UI lists it; neither needs the other. UI state: never stored, never synced.
 */
export const usePeersStore = create<PeersState>()(() => ({ peers: [], markedBy: new Map() }));

/** Sets the peers, with what they mark on the canvas. */
export function setPeers(peers: readonly RemotePeer[]): void {
  const markedBy = new Map<string, string>();
  for (const peer of peers) {
    for (const id of peer.selection) markedBy.set(id, peer.color);
    for (const ghost of peer.drag ?? []) if (ghost.id) markedBy.set(ghost.id, peer.color);
  }
  usePeersStore.setState({ peers, markedBy });
}
