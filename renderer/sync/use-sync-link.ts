import { useEffect } from 'react';
import type { RoadmapLibrary } from '../../shared';
import type { RoadmapSession } from '../state/roadmap-session';
import { SyncConnection } from './sync-connection';
import { resetSyncStore, useHostedShare, useLinkVersion } from './sync-store';

/**
 * Links the open roadmap to its host while it is open, when it is shared or joined (the local copy stays
 * the working copy); relinks when its sync settings change, unlinks when it closes.
 */
export function useSyncLink(session: RoadmapSession | null, library: RoadmapLibrary | null): void {
  const linkVersion = useLinkVersion((state) => state.version);
  const hosted = useHostedShare((state) => state.share);
  useEffect(() => {
    if (!session || !library) return;
    // Shared from this app: its window is a client of its own host, on this machine.
    const hosting = hosted?.roadmapId === session.roadmapId;
    const settings = hosting
      ? { url: `ws://127.0.0.1:${hosted.port}`, code: hosted.ownerCode }
      : library.syncOf(session.roadmapId);
    if (!settings) {
      resetSyncStore();
      return;
    }
    const id = session.roadmapId;
    const connection = new SyncConnection(
      session,
      settings,
      library.profile(),
      hosting,
      { last: library.syncedAt(id), record: (at) => library.setSyncedAt(id, at) },
      // The app's own window joins with the owner code: it needs no secret.
      hosting
        ? undefined
        : { secret: library.rejoinSecretOf(id), record: (secret) => library.setRejoinSecret(id, secret) },
    );
    return () => {
      connection.destroy();
      resetSyncStore();
    };
  }, [session, library, linkVersion, hosted]);
}
