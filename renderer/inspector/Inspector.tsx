import { inspectorFloats, selectionOf, useUiStore } from '../state/ui-store';
import { useDragStore } from '../presence/drag-store';
import { GoalInspector } from './GoalInspector';
import { InitiativeInspector } from './InitiativeInspector';
import { MilestoneInspector } from './MilestoneInspector';
import { RoadmapInspector } from './RoadmapInspector';
import { SelectionInspector } from './SelectionInspector';
import { useRoadmap } from '../state/session-context';
import type { InspectorPlacement } from './placement';

/**
 * The side panel that edits whatever is selected. Beside the canvas it is always there unless folded
 * away; over the canvas (a narrow window) it opens for a selected item, closes when the selection does,
 * and steps aside during a drag. Folded or closed, a strip at the right edge opens it again.
 */
export function Inspector({ readOnly, placement }: { readOnly: boolean; placement: InspectorPlacement }) {
  const selection = useUiStore(selectionOf);
  const selectedInitiatives = useUiStore((state) => state.selectedInitiatives);
  const selectedOther = useUiStore((state) => state.selectedOther);
  const collapsed = useUiStore((state) => state.inspectorCollapsed);
  const keyResultGoal = useRoadmap((snapshot) =>
    selection?.kind === 'keyResult' ? snapshot.keyResults.get(selection.id)?.goalId : undefined,
  );
  const dragging = useDragStore((state) => state.preview !== null);
  const over = placement === 'over';
  const open = over
    ? inspectorFloats(
        { inspectorPlacement: placement, inspectorCollapsed: collapsed, selectedOther, selectedInitiatives },
        dragging,
      )
    : !collapsed;
  const rail = (
    <div className="inspector-rail">
      <button
        type="button"
        className="panel-toggle"
        aria-label="Show inspector"
        aria-expanded={false}
        title="Show the inspector"
        onClick={() => {
          const ui = useUiStore.getState();
          ui.setInspectorCollapsed(false);
          // Over the canvas it shows the selection: with none, the roadmap's own settings.
          if (over && !selectionOf(ui)) ui.select({ kind: 'roadmap' });
        }}
      >
        ‹
      </button>
    </div>
  );
  if (!open) return rail;

  let content;
  if (selectedInitiatives.length > 1) content = <SelectionInspector ids={selectedInitiatives} />;
  else if (!selection || selection.kind === 'roadmap') content = <RoadmapInspector />;
  else if (selection.kind === 'goal') content = <GoalInspector key={selection.id} id={selection.id} />;
  else if (selection.kind === 'keyResult' && keyResultGoal)
    content = <GoalInspector key={keyResultGoal} id={keyResultGoal} />;
  else if (selection.kind === 'initiative') content = <InitiativeInspector key={selection.id} id={selection.id} />;
  else if (selection.kind === 'milestone') content = <MilestoneInspector key={selection.id} id={selection.id} />;
  else content = <RoadmapInspector />;
  return (
    <>
      {over && rail}
      <aside className={`inspector ${placement}`} aria-label="Inspector">
        <button
          type="button"
          className="panel-toggle inspector-hide"
          // Beside the canvas this folds it away (remembered); over it, it closes what is open.
          aria-label={over ? 'Close inspector' : 'Hide inspector'}
          aria-expanded={true}
          title={over ? 'Close the inspector' : 'Hide the inspector'}
          onClick={() => {
            const ui = useUiStore.getState();
            if (over) ui.select(null);
            else ui.setInspectorCollapsed(true);
          }}
        >
          ›
        </button>
        {/* A disabled fieldset makes every field read-only at once for a document from a newer version. */}
        <fieldset className="inspector-fieldset" disabled={readOnly}>
          {content}
        </fieldset>
      </aside>
    </>
  );
}
