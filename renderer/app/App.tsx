import { useCallback, useEffect, useState } from 'react';
import { updateRoadmap, type Clock, type RoadmapLibrary } from '../../shared';
import { RoadmapList } from '../roadmaps/RoadmapList';
import { createEmptyRoadmap, createSampleRoadmap, deleteRoadmap, openLibraryForWindow } from '../state/library-session';
import { RoadmapSession } from '../state/roadmap-session';
import { ClockContext, SessionContext } from '../state/session-context';
import { resetUiStore, useUiStore } from '../state/ui-store';
import { RoadmapView } from './RoadmapView';
import { runCommand } from '../state/run-command';
import { undoOrRedo } from './edit-history';
import { useSaveGuard } from './use-save-guard';

/** The whole window: the roadmap list beside the open roadmap. */
export function App({ clock }: { clock: Clock }) {
  const [library, setLibrary] = useState<RoadmapLibrary | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [session, setSession] = useState<RoadmapSession | null>(null);
  useSaveGuard();

  // First run: the sample roadmap, once; later runs reopen the most recent roadmap.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const opened = await openLibraryForWindow(clock);
      if (cancelled) return;
      setLibrary(opened);
      setCurrentId(opened.list()[0]?.id ?? null);
    })();
    return () => {
      cancelled = true;
    };
  }, [clock]);

  useEffect(() => {
    if (!currentId) return;
    let opened: RoadmapSession | null = null;
    let cancelled = false;
    void RoadmapSession.open(currentId).then((next) => {
      if (cancelled) {
        void next.close();
        return;
      }
      opened = next;
      resetUiStore();
      setSession(next);
    });
    return () => {
      cancelled = true;
      setSession(null);
      void opened?.close();
    };
  }, [currentId]);

  const open = useCallback(
    (id: string) => {
      library?.touch(id, Date.now());
      setCurrentId(id);
    },
    [library],
  );

  const create = useCallback(
    async (kind: 'empty' | 'sample') => {
      if (!library) return;
      const id =
        kind === 'empty'
          ? await createEmptyRoadmap(library, 'Untitled roadmap')
          : await createSampleRoadmap(library, clock.today());
      setCurrentId(id);
    },
    [library, clock],
  );

  const rename = useCallback(
    (id: string, title: string) => {
      if (session?.roadmapId === id) runCommand(session.doc, updateRoadmap, { title });
      else library?.setTitle(id, title.trim());
    },
    [library, session],
  );

  const remove = useCallback(
    async (id: string) => {
      if (!library) return;
      if (id === currentId) setCurrentId(null);
      await deleteRoadmap(library, id);
      if (id === currentId) setCurrentId(library.list()[0]?.id ?? null);
    },
    [library, currentId],
  );

  // The desktop app's menu (absent in web mode).
  useEffect(() => {
    return window.waymark?.onMenuCommand((command) => {
      if (command === 'new-roadmap') void create('empty');
      else if (command === 'zoom-in') useUiStore.getState().zoomBy(1);
      else if (command === 'zoom-out') useUiStore.getState().zoomBy(-1);
      else if (command === 'zoom-reset') useUiStore.getState().resetZoom();
      else if (session) undoOrRedo(session, command);
    });
  }, [create, session]);

  return (
    <ClockContext.Provider value={clock}>
      <div className="app">
        {library ? (
          <RoadmapList
            library={library}
            currentId={currentId}
            onOpen={open}
            onCreate={(kind) => void create(kind)}
            onRename={rename}
            onDelete={(id) => void remove(id)}
          />
        ) : (
          <nav className="roadmap-list" aria-label="Roadmaps" />
        )}
        <main className="workspace">
          {session ? (
            <SessionContext.Provider value={session}>
              <RoadmapView key={session.roadmapId} library={library!} />
            </SessionContext.Provider>
          ) : (
            <div className="empty-state">{library && !currentId ? 'Create a roadmap to get started.' : 'Opening…'}</div>
          )}
        </main>
      </div>
    </ClockContext.Provider>
  );
}
