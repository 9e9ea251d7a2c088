import { useUiStore } from '../state/ui-store';
import { GoalInspector } from './GoalInspector';
import { InitiativeInspector } from './InitiativeInspector';
import { MilestoneInspector } from './MilestoneInspector';
import { RoadmapInspector } from './RoadmapInspector';
import { SelectionInspector } from './SelectionInspector';
import { useRoadmap } from '../state/session-context';

/** The side panel that edits whatever is selected. */
export function Inspector({ readOnly }: { readOnly: boolean }) {
  const selection = useUiStore((state) => state.selection);
  const selectedInitiatives = useUiStore((state) => state.selectedInitiatives);
  const keyResultGoal = useRoadmap((snapshot) =>
    selection?.kind === 'keyResult' ? snapshot.keyResults.get(selection.id)?.goalId : undefined,
  );
  let content;
  if (selectedInitiatives.length > 1) content = <SelectionInspector ids={selectedInitiatives} />;
  else if (!selection) content = <RoadmapInspector />;
  else if (selection.kind === 'goal') content = <GoalInspector key={selection.id} id={selection.id} />;
  else if (selection.kind === 'keyResult' && keyResultGoal)
    content = <GoalInspector key={keyResultGoal} id={keyResultGoal} />;
  else if (selection.kind === 'initiative') content = <InitiativeInspector key={selection.id} id={selection.id} />;
  else if (selection.kind === 'milestone') content = <MilestoneInspector key={selection.id} id={selection.id} />;
  else content = <RoadmapInspector />;
  return (
    <aside className="inspector" aria-label="Inspector">
      {/* A disabled fieldset makes every field read-only at once for a document from a newer version. */}
      <fieldset className="inspector-fieldset" disabled={readOnly}>
        {content}
      </fieldset>
    </aside>
  );
}
