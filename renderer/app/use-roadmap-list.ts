import { useCallback, useRef, useState } from 'react';
import { updateRoadmap, type Clock, type Problem, type RoadmapLibrary } from '../../shared';
import {
  createDuplicateRoadmap,
  createEmptyRoadmap,
  createSampleRoadmap,
  deleteRoadmap,
  untitledName,
} from '../state/library-session';
import { renameStoredRoadmap, type RoadmapSession } from '../state/roadmap-session';
import { runCommand } from '../state/run-command';
import { relink } from '../sync/sync-store';
import type { OfferedRoadmap } from '../sync/join';

/** Which roadmap the window shows, and what the roadmap list does (open, create, rename, join, delete). */
export interface RoadmapList {
  readonly currentId: string | null;
  /** A roadmap just created, whose title gets the focus when it opens. */
  readonly newRoadmapId: string | null;
  readonly titleFocused: () => void;
  /** What the list says about the last action that did not go as asked (or a merge), else null. */
  readonly notice: string | null;
  readonly say: (notice: string | null) => void;
  readonly open: (id: string) => void;
  readonly create: (kind: 'empty' | 'sample') => Promise<void>;
  /** Duplicates the open roadmap as a new roadmap of its own, and opens it with its title ready to type. */
  readonly duplicate: (session: RoadmapSession) => Promise<void>;
  /** Renames a roadmap: the open one (its `session`) through its document, a stored one in its database. */
  readonly rename: (id: string, title: string, session: RoadmapSession | null) => Promise<readonly Problem[] | null>;
  readonly join: (roadmap: OfferedRoadmap, url: string, code: string) => void;
  readonly remove: (id: string) => Promise<void>;
}

export function useRoadmapList(library: RoadmapLibrary | null, clock: Clock): RoadmapList {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [newRoadmapId, setNewRoadmapId] = useState<string | null>(null);
  const [notice, say] = useState<string | null>(null);

  // Once the list is open: the most recent roadmap (on the first run, the sample). Set while rendering, as
  // React advises for state that follows a prop, so the first frame with the list already opens it.
  const [listOpened, setListOpened] = useState<RoadmapLibrary | null>(null);
  if (library !== listOpened) {
    setListOpened(library);
    setCurrentId(library?.mostRecent()?.id ?? null);
  }

  const open = useCallback(
    (id: string) => {
      library?.touch(id, Date.now());
      // Switching before a new roadmap's title got the focus: it does not ask for it later.
      setNewRoadmapId(null);
      setCurrentId(id);
    },
    [library],
  );

  // One creation at a time: each takes the next free "Untitled roadmap" name once the one before is listed.
  const creating = useRef<Promise<void>>(Promise.resolve());
  const create = useCallback(
    (kind: 'empty' | 'sample') => {
      if (!library) return creating.current;
      creating.current = creating.current
        .then(async () => {
          const id =
            kind === 'empty'
              ? await createEmptyRoadmap(library, untitledName(library))
              : await createSampleRoadmap(library, clock.today());
          setCurrentId(id);
          // A new empty roadmap opens with its title ready to type.
          if (kind === 'empty') setNewRoadmapId(id);
        })
        .catch((error: unknown) => say(`The roadmap could not be created: ${(error as Error).message}`));
      return creating.current;
    },
    [library, clock],
  );

  const duplicate = useCallback(
    (session: RoadmapSession) => {
      if (!library) return creating.current;
      creating.current = creating.current
        .then(async () => {
          const original = session.store.getSnapshot().meta.title;
          const id = await createDuplicateRoadmap(library, session.roadmapId, session.doc);
          setCurrentId(id);
          setNewRoadmapId(id);
          say(`Duplicated “${original}” as a new roadmap: edits to one never change the other.`);
        })
        .catch((error: unknown) => say(`The roadmap could not be duplicated: ${(error as Error).message}`));
      return creating.current;
    },
    [library],
  );

  // The roadmap's own title is the truth; the list shows a copy (updated when the title changes).
  const rename = useCallback(
    async (id: string, title: string, session: RoadmapSession | null): Promise<readonly Problem[] | null> => {
      if (session?.roadmapId === id) {
        const outcome = runCommand(session.doc, updateRoadmap, { title });
        return outcome.ok ? null : outcome.problems;
      }
      const problems = await renameStoredRoadmap(id, title);
      if (!problems) library?.setTitle(id, title.trim());
      return problems;
    },
    [library],
  );

  // A joined roadmap is listed and stored here like any other; its first content comes from the host.
  const join = useCallback(
    (roadmap: OfferedRoadmap, url: string, code: string) => {
      if (!library) return;
      if (!library.get(roadmap.id)) library.add(roadmap.id, roadmap.title.trim() || 'Shared roadmap', Date.now());
      library.setSync(roadmap.id, { url, code });
      if (roadmap.id === currentId) relink();
      else open(roadmap.id);
    },
    [library, currentId, open],
  );

  const remove = useCallback(
    async (id: string) => {
      if (!library) return;
      if (id === currentId) setCurrentId(null);
      await deleteRoadmap(library, id);
      if (id === currentId) setCurrentId(library.mostRecent()?.id ?? null);
    },
    [library, currentId],
  );

  const titleFocused = useCallback(() => setNewRoadmapId(null), []);
  return { currentId, newRoadmapId, titleFocused, notice, say, open, create, duplicate, rename, join, remove };
}
