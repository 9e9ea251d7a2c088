import { useEffect, useRef } from 'react';
import type { RoadmapLibrary } from '../../shared';
import { Timeline } from '../canvas/Timeline';
import { UnscheduledTray } from '../canvas/UnscheduledTray';
import { AlignmentView } from '../alignment/AlignmentView';
import { TableView } from '../table/TableView';
import { BoardView } from '../board/BoardView';
import { ChangesView } from '../review/ChangesView';
import { CompareBar } from '../review/CompareBar';
import { TakeBaselineDialog } from '../review/TakeBaselineDialog';
import { Inspector } from '../inspector/Inspector';
import { LibraryContext, useRoadmap, useSession } from '../state/session-context';
import { VisionBanner } from './VisionBanner';
import { RoadmapHeader } from './RoadmapHeader';
import { Toolbar } from './Toolbar';
import { ViewBar } from './ViewBar';
import { SyncRefusal } from '../sync/SyncStatus';
import { useShortcuts } from './use-shortcuts';
import { useInspectorPlacement } from '../inspector/placement';
import { useUiStore } from '../state/ui-store';

/** An open roadmap: header, toolbar, canvas and inspector. */
export function RoadmapView({
  library,
  focusTitle = false,
  onTitleFocused,
  onOpenFile,
  onDuplicate,
}: {
  library: RoadmapLibrary;
  /** Put the roadmap's title in edit (a roadmap just created). */
  focusTitle?: boolean;
  onTitleFocused?: () => void;
  /** Opens a .waymark file (offered by an empty roadmap's guide). */
  onOpenFile?: () => void;
  /** Duplicates the open roadmap as a new roadmap. */
  onDuplicate?: () => void;
}) {
  const session = useSession();
  const title = useRoadmap((snapshot) => snapshot.meta.title);
  const schema = useRoadmap((snapshot) => snapshot.schema);
  const readOnly = schema.kind === 'newer';
  useShortcuts(session);
  const body = useRef<HTMLDivElement>(null);
  const placement = useInspectorPlacement(body);
  const view = useUiStore((state) => state.view);
  const takingBaseline = useUiStore((state) => state.takingBaseline) && !readOnly;
  const inspectorFolded = useUiStore((state) => state.inspectorCollapsed) || placement === 'over';

  // Keep the list's cached title in step with the document (renamed here, by undo, or by a peer).
  useEffect(() => library.setTitle(session.roadmapId, title), [library, session.roadmapId, title]);

  return (
    <LibraryContext.Provider value={library}>
      <div className="roadmap-view">
        <RoadmapHeader
          readOnly={readOnly}
          library={library}
          focusTitle={focusTitle}
          onTitleFocused={onTitleFocused}
          onDuplicate={onDuplicate}
        />
        <Toolbar readOnly={readOnly} />
        <VisionBanner />
        <ViewBar />
        {view === 'timeline' && <CompareBar />}
        <SyncRefusal />
        {readOnly && (
          <div className="banner" role="alert">
            This roadmap was saved by a newer version of Waymark (schema {schema.version}). It is open read-only so
            nothing in it is lost; update Waymark to edit it.
          </div>
        )}
        <div
          ref={body}
          className={`roadmap-body${readOnly ? ' read-only' : ''}${inspectorFolded ? ' inspector-folded' : ''}`}
        >
          {view === 'table' ? (
            <TableView readOnly={readOnly} />
          ) : view === 'board' ? (
            <BoardView readOnly={readOnly} />
          ) : view === 'alignment' ? (
            <AlignmentView />
          ) : view === 'changes' ? (
            <ChangesView readOnly={readOnly} />
          ) : (
            <div className="timeline-with-tray">
              <Timeline readOnly={readOnly} onOpenFile={onOpenFile} />
              <UnscheduledTray readOnly={readOnly} />
            </div>
          )}
          <Inspector readOnly={readOnly} placement={placement} />
        </div>
        {takingBaseline && <TakeBaselineDialog onClose={() => useUiStore.setState({ takingBaseline: false })} />}
      </div>
    </LibraryContext.Provider>
  );
}
