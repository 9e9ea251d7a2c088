import { useCallback, useEffect, useRef, useState } from 'react';
import {
  FILE_EXTENSION,
  mergeRoadmapFile,
  updateRoadmap,
  type Clock,
  type Problem,
  type RoadmapFileContents,
  type RoadmapLibrary,
} from '../../shared';
import { importRoadmap, readPickedFile, saveCopy } from './roadmap-files';
import { CollapsedRoadmapList, RoadmapList } from '../roadmaps/RoadmapList';
import {
  createEmptyRoadmap,
  createSampleRoadmap,
  deleteRoadmap,
  openLibraryForWindow,
  untitledName,
} from '../state/library-session';
import { RoadmapSession, renameStoredRoadmap } from '../state/roadmap-session';
import { ClockContext, SessionContext } from '../state/session-context';
import { resetUiStore, useUiStore } from '../state/ui-store';
import { RoadmapView } from './RoadmapView';
import { runCommand } from '../state/run-command';
import { undoOrRedo } from './edit-history';
import { useSaveGuard } from './use-save-guard';
import { SyncConnection } from '../sync/sync-connection';
import { relink, resetSyncStore, useHostedShare, useLinkVersion } from '../sync/sync-store';
import { JoinDialog } from '../sync/JoinDialog';
import type { OfferedRoadmap } from '../sync/join';

/** The whole window: the roadmap list beside the open roadmap. */
export function App({ clock }: { clock: Clock }) {
  const [library, setLibrary] = useState<RoadmapLibrary | null>(null);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [session, setSession] = useState<RoadmapSession | null>(null);
  const [joining, setJoining] = useState(false);
  const [listNotice, setListNotice] = useState<string | null>(null);
  const linkVersion = useLinkVersion((state) => state.version);
  const hosted = useHostedShare((state) => state.share);
  const sidebarCollapsed = useUiStore((state) => state.sidebarCollapsed);
  useSaveGuard();

  // A shared or joined roadmap syncs with its host while it is open; the local copy is the working copy.
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

  // First run: the sample roadmap, once; later runs reopen the most recent roadmap.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const opened = await openLibraryForWindow(clock);
      if (cancelled) return;
      setLibrary(opened);
      setCurrentId(opened.mostRecent()?.id ?? null);
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
      resetUiStore(next.roadmapId);
      setSession(next);
    });
    return () => {
      cancelled = true;
      setSession(null);
      void opened?.close();
    };
  }, [currentId]);

  // A roadmap just created, whose title gets the focus when it opens.
  const [newRoadmapId, setNewRoadmapId] = useState<string | null>(null);
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
        .catch((error: unknown) => setListNotice(`The roadmap could not be created: ${(error as Error).message}`));
      return creating.current;
    },
    [library, clock],
  );

  // The roadmap's own title is the truth; the list shows a copy (updated when the title changes).
  const rename = useCallback(
    async (id: string, title: string): Promise<readonly Problem[] | null> => {
      if (session?.roadmapId === id) {
        const outcome = runCommand(session.doc, updateRoadmap, { title });
        return outcome.ok ? null : outcome.problems;
      }
      const problems = await renameStoredRoadmap(id, title);
      if (!problems) library?.setTitle(id, title.trim());
      return problems;
    },
    [library, session],
  );

  // A joined roadmap is listed and stored here like any other; its first content comes from the host.
  const join = useCallback(
    (roadmap: OfferedRoadmap, url: string, code: string) => {
      if (!library) return;
      if (!library.get(roadmap.id)) library.add(roadmap.id, roadmap.title.trim() || 'Shared roadmap', Date.now());
      library.setSync(roadmap.id, { url, code });
      setJoining(false);
      if (roadmap.id === currentId) relink();
      else open(roadmap.id);
    },
    [library, currentId, open],
  );

  // File → Open…: a new roadmap is added; a copy of one already here merges into it.
  const openFile = useCallback(
    async (read: () => Promise<RoadmapFileContents | null>) => {
      if (!library) return;
      setListNotice(null);
      try {
        const contents = await read();
        if (!contents) return;
        if (session?.roadmapId === contents.meta.roadmapId) {
          mergeRoadmapFile(session.doc, contents.state);
          setListNotice(`Merged the file into “${contents.meta.title}”.`);
          return;
        }
        const { id, merged } = await importRoadmap(library, contents);
        if (merged) setListNotice(`Merged the file into “${contents.meta.title}”.`);
        open(id);
      } catch (error) {
        setListNotice(error instanceof Error ? error.message : 'This file could not be opened.');
      }
    },
    [library, session, open],
  );
  const pickFile = useCallback(() => {
    if (window.waymark) {
      void openFile(() => window.waymark!.files.open());
      return;
    }
    // A browser: the file picker, then the same checks as the desktop app makes.
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = FILE_EXTENSION;
    input.onchange = () => {
      const file = input.files?.[0];
      if (file) void openFile(() => readPickedFile(file));
    };
    input.click();
  }, [openFile]);

  const remove = useCallback(
    async (id: string) => {
      if (!library) return;
      if (id === currentId) setCurrentId(null);
      await deleteRoadmap(library, id);
      if (id === currentId) setCurrentId(library.mostRecent()?.id ?? null);
    },
    [library, currentId],
  );

  // The desktop app's menu (absent in web mode).
  useEffect(() => {
    return window.waymark?.onMenuCommand((command) => {
      if (command === 'new-roadmap') void create('empty');
      else if (command === 'open-file') pickFile();
      else if (command === 'export-pdf') useUiStore.setState({ exporting: true });
      else if (command === 'save-copy') {
        if (session) void saveCopy(session, session.store.getSnapshot().meta.title);
      } else if (command === 'zoom-in') useUiStore.getState().zoomBy(1);
      else if (command === 'zoom-out') useUiStore.getState().zoomBy(-1);
      else if (command === 'zoom-reset') useUiStore.getState().resetZoom();
      else if (session) undoOrRedo(session, command);
    });
  }, [create, session, pickFile]);

  return (
    <ClockContext.Provider value={clock}>
      <div className={`app${sidebarCollapsed ? ' sidebar-collapsed' : ''}`}>
        {sidebarCollapsed ? (
          <CollapsedRoadmapList />
        ) : library ? (
          <RoadmapList
            library={library}
            currentId={currentId}
            onOpen={open}
            onCreate={(kind) => void create(kind)}
            onRename={rename}
            onDelete={(id) => void remove(id)}
            onJoin={() => setJoining(true)}
            onOpenFile={pickFile}
            notice={listNotice}
          />
        ) : (
          <nav className="roadmap-list" aria-label="Roadmaps" />
        )}
        {joining && library && <JoinDialog library={library} onJoin={join} onClose={() => setJoining(false)} />}
        <main className="workspace">
          {session ? (
            <SessionContext.Provider value={session}>
              <RoadmapView
                key={session.roadmapId}
                library={library!}
                focusTitle={newRoadmapId === session.roadmapId}
                onTitleFocused={() => setNewRoadmapId(null)}
                onOpenFile={pickFile}
              />
            </SessionContext.Provider>
          ) : (
            <div className="empty-state">{library && !currentId ? 'Create a roadmap to get started.' : 'Opening…'}</div>
          )}
        </main>
      </div>
    </ClockContext.Provider>
  );
}
