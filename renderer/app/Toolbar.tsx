import { useSession, useClock } from '../state/session-context';
import { useUiStore, ZOOM_LEVELS } from '../state/ui-store';
import { newGoal, newInitiative, newMilestone } from './create-actions';
import { undoOrRedo } from './edit-history';
import { useUndoState } from './use-undo-state';

/** Creation, undo/redo and zoom buttons above the canvas. */
export function Toolbar({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const clock = useClock();
  const { canUndo, canRedo } = useUndoState(session.undo);
  const zoomIndex = useUiStore((state) => state.zoomIndex);
  const zoomBy = useUiStore((state) => state.zoomBy);
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
        aria-label="Zoom out"
        disabled={zoomIndex === 0}
        onClick={() => zoomBy(-1)}
        title="Zoom out (Ctrl+-)"
      >
        −
      </button>
      <button
        type="button"
        aria-label="Zoom in"
        disabled={zoomIndex === ZOOM_LEVELS.length - 1}
        onClick={() => zoomBy(1)}
        title="Zoom in (Ctrl+=)"
      >
        +
      </button>
    </div>
  );
}
