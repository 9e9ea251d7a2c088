import { createContext, useContext } from 'react';
import type { Clock, RoadmapLibrary, RoadmapSnapshot } from '../../shared';
import type { RoadmapSession } from './roadmap-session';
import { useExternalSelector } from './use-external';

/** The open roadmap, for every component below the workspace. */
export const SessionContext = createContext<RoadmapSession | null>(null);

/** Where "today" comes from in this window. */
export const ClockContext = createContext<Clock | null>(null);

/** The window's roadmap list (with this device's profile: who checks in), below an open roadmap. */
export const LibraryContext = createContext<RoadmapLibrary | null>(null);

/** The name this person goes by on this device (shown on their check-ins); empty before they chose one. */
export function useProfileName(): () => string {
  const library = useContext(LibraryContext);
  return () => library?.profile().name ?? '';
}

/** The open roadmap session; only valid below a provider. */
export function useSession(): RoadmapSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs an open roadmap');
  return session;
}

/** The window's clock. */
export function useClock(): Clock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock needs a ClockContext provider');
  return clock;
}

/** Reads a narrow slice of the open roadmap's read model. */
export function useRoadmap<Selected>(
  select: (snapshot: RoadmapSnapshot) => Selected,
  isEqual?: (a: Selected, b: Selected) => boolean,
): Selected {
  return useExternalSelector(useSession().store, select, isEqual);
}
