import { useCallback, useState } from 'react';
import type { Clock } from '../../shared';
import { CollapsedRoadmapList, RoadmapList } from '../roadmaps/RoadmapList';
import { ClockContext, SessionContext } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { JoinDialog } from '../sync/JoinDialog';
import { useSyncLink } from '../sync/use-sync-link';
import { RoadmapView } from './RoadmapView';
import { useMenuCommands } from './use-menu-commands';
import { useOpenFile } from './use-open-file';
import { useRoadmapSession, useWindowLibrary } from './use-open-roadmap';
import { useRoadmapList } from './use-roadmap-list';
import { useSaveGuard } from './use-save-guard';
import { ImportDialog, type ImportFile } from '../import/ImportDialog';
import { useImportFile } from '../import/use-import-file';
import { importRoadmapJson } from '../import/import-json';

/** The whole window: the roadmap list beside the open roadmap. */
export function App({ clock }: { clock: Clock }) {
  const library = useWindowLibrary(clock);
  const list = useRoadmapList(library, clock);
  const session = useRoadmapSession(list.currentId);
  const [joining, setJoining] = useState(false);
  const sidebarCollapsed = useUiStore((state) => state.sidebarCollapsed);
  useSaveGuard();
  useSyncLink(session, library);
  const pickFile = useOpenFile(library, session, list.open, list.say);
  const newRoadmap = useCallback(() => void list.create('empty'), [list]);
  const duplicate = useCallback(() => {
    if (session) void list.duplicate(session);
  }, [list, session]);
  const { say, open } = list;
  const takeJson = useCallback(
    (file: ImportFile) => {
      if (!library) return;
      void importRoadmapJson(library, file, say).then((id) => id && open(id));
    },
    [library, say, open],
  );
  const importing = useImportFile(list.say, takeJson);
  useMenuCommands(session, { newRoadmap, openFile: pickFile, duplicate, importFile: importing.pick });

  return (
    <ClockContext.Provider value={clock}>
      <div className={`app${sidebarCollapsed ? ' sidebar-collapsed' : ''}${importing.dropping ? ' dropping' : ''}`}>
        {sidebarCollapsed ? (
          <CollapsedRoadmapList />
        ) : library ? (
          <RoadmapList
            library={library}
            currentId={list.currentId}
            onOpen={list.open}
            onCreate={(kind) => void list.create(kind)}
            onRename={(id, title) => list.rename(id, title, session)}
            onDelete={(id) => void list.remove(id)}
            onJoin={() => setJoining(true)}
            onOpenFile={pickFile}
            onImport={importing.pick}
            notice={list.notice}
          />
        ) : (
          <nav className="roadmap-list" aria-label="Roadmaps" />
        )}
        {joining && library && (
          <JoinDialog
            library={library}
            onJoin={(roadmap, url, code) => {
              setJoining(false);
              list.join(roadmap, url, code);
            }}
            onClose={() => setJoining(false)}
          />
        )}
        {importing.file && library && (
          <ImportDialog
            key={importing.file.name + importing.file.bytes.byteLength}
            file={importing.file}
            library={library}
            session={session}
            onOpen={list.open}
            onClose={importing.close}
          />
        )}
        <main className="workspace">
          {session ? (
            <SessionContext.Provider value={session}>
              <RoadmapView
                key={session.roadmapId}
                library={library!}
                focusTitle={list.newRoadmapId === session.roadmapId}
                onTitleFocused={list.titleFocused}
                onOpenFile={pickFile}
                onDuplicate={duplicate}
              />
            </SessionContext.Provider>
          ) : (
            <div className="empty-state">
              {library && !list.currentId ? 'Create a roadmap to get started.' : 'Opening…'}
            </div>
          )}
        </main>
      </div>
    </ClockContext.Provider>
  );
}
