import { useEffect, useState } from 'react';
import type { Clock, RoadmapLibrary } from '../../shared';
import { openLibraryForWindow } from '../state/library-session';
import { RoadmapSession } from '../state/roadmap-session';
import { resetUiStore } from '../state/ui-store';

/** The window's roadmap list, once it is open (the first run also creates the sample roadmap). */
export function useWindowLibrary(clock: Clock): RoadmapLibrary | null {
  const [library, setLibrary] = useState<RoadmapLibrary | null>(null);
  useEffect(() => {
    let cancelled = false;
    void openLibraryForWindow(clock).then((opened) => {
      if (!cancelled) setLibrary(opened);
    });
    return () => {
      cancelled = true;
    };
  }, [clock]);
  return library;
}

/**
 * The open roadmap's session, for the roadmap `id`: opened when the id changes, the previous one closed
 * (a session opened after its id changed again is closed at once). Null while it opens.
 */
export function useRoadmapSession(id: string | null): RoadmapSession | null {
  const [session, setSession] = useState<RoadmapSession | null>(null);
  useEffect(() => {
    if (!id) return;
    let opened: RoadmapSession | null = null;
    let cancelled = false;
    void RoadmapSession.open(id).then((next) => {
      if (cancelled) {
        void next.close();
        return;
      }
      opened = next;
      resetUiStore(next.roadmapId);
      setSession(next);
    });
    return () => {
      cancelled = true;
      setSession(null);
      void opened?.close();
    };
  }, [id]);
  return session;
}
