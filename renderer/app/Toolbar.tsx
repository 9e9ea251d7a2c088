import { ZOOM_LEVELS, ZOOM_SPECS, zoomLevelAt, MAX_PX_PER_DAY, MIN_PX_PER_DAY } from '../../shared';
import { useSession, useClock } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { newGoal, newInitiative, newMilestone } from '../state/create-actions';
import { undoOrRedo } from './edit-history';
import { useUndoState } from './use-undo-state';
import { ConflictChip } from './ConflictChip';
import { Notice } from './Notice';

/** Creation, undo/redo and zoom controls above the canvas. */
export function Toolbar({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const clock = useClock();
  const { canUndo, canRedo } = useUndoState(session.undo);
  const pxPerDay = useUiStore((state) => state.pxPerDay);
  const { zoomBy, setZoomLevel, requestScroll } = useUiStore.getState();
  const level = zoomLevelAt(pxPerDay).level;
  // The table and the board have no time axis to zoom.
  const timeAxis = useUiStore((state) => state.view !== 'table' && state.view !== 'board');
  return (
    <div className="toolbar" role="toolbar" aria-label="Roadmap tools">
      <button type="button" disabled={readOnly} onClick={() => newGoal(session)}>
        New goal
      </button>
      <button type="button" disabled={readOnly} onClick={() => newInitiative(session, clock.today())}>
        New initiative
      </button>
      <button type="button" disabled={readOnly} onClick={() => newMilestone(session, clock.today())}>
        New milestone
      </button>
      <span className="toolbar-gap" />
      <button type="button" disabled={!canUndo} onClick={() => undoOrRedo(session, 'undo')} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={() => undoOrRedo(session, 'redo')} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        disabled={readOnly}
        onClick={() => useUiStore.setState({ takingBaseline: true })}
        title="Record the plan as it stands now, to show what changes from here"
      >
        Take baseline
      </button>
      <span className="toolbar-gap" />
      {/* The zoom controls wrap onto a new line together, never split between two. */}
      {timeAxis && (
        <div className="toolbar-group">
          <div className="segmented" role="group" aria-label="Zoom level">
            {ZOOM_LEVELS.map((zoom) => (
              <button key={zoom} type="button" aria-pressed={zoom === level} onClick={() => setZoomLevel(zoom)}>
                {ZOOM_SPECS[zoom].label}
              </button>
            ))}
          </div>
          <button
            type="button"
            aria-label="Zoom out"
            disabled={pxPerDay <= MIN_PX_PER_DAY}
            onClick={() => zoomBy(-1)}
            title="Zoom out (Ctrl+-)"
          >
            −
          </button>
          <button
            type="button"
            aria-label="Zoom in"
            disabled={pxPerDay >= MAX_PX_PER_DAY}
            onClick={() => zoomBy(1)}
            title="Zoom in (Ctrl+=)"
          >
            +
          </button>
          <button type="button" onClick={() => requestScroll('fit')} title="Zoom to the whole roadmap">
            Fit
          </button>
          <button type="button" onClick={() => requestScroll('today')} title="Scroll to today">
            Today
          </button>
        </div>
      )}
      <ConflictChip />
      <Notice />
    </div>
  );
}
