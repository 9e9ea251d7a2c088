import { deleteMilestone, selectOrderedGoals, updateMilestone, type MilestoneFields } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { runCommand } from '../state/run-command';
import { DateField, RecordWarnings, SelectField, TextField } from '../ui/fields';
import { fieldCommitter } from './commit-helpers';

const UNALIGNED = '';

/** Edits a milestone: title, date and lane. */
export function MilestoneInspector({ id }: { id: string }) {
  const session = useSession();
  const milestone = useRoadmap((snapshot) => snapshot.milestones.get(id));
  const goals = useRoadmap(selectOrderedGoals);
  const focusTitle = useUiStore((state) => state.focusTitleOf === id);
  const titleFocused = useUiStore((state) => state.titleFocused);
  const select = useUiStore((state) => state.select);
  if (!milestone) return <p className="inspector-empty">This milestone was deleted.</p>;
  const commit = fieldCommitter<MilestoneFields>(session.doc, updateMilestone, id);
  const goalId = milestone.goalId && goals.some((goal) => goal.id === milestone.goalId) ? milestone.goalId : UNALIGNED;
  return (
    <form className="inspector-form" aria-label="Milestone" onSubmit={(event) => event.preventDefault()}>
      <h2>Milestone</h2>
      <RecordWarnings problems={milestone.problems} />
      <TextField
        label="Title"
        name="Milestone title"
        value={milestone.title}
        commit={commit('title')}
        autoFocus={focusTitle}
        onFocused={titleFocused}
      />
      <DateField
        label="Date"
        name="Milestone date"
        value={milestone.date}
        commit={(value) => commit('date')(value ?? '')}
      />
      <SelectField
        label="Goal"
        value={goalId}
        options={[
          ...goals.map((goal) => ({ value: goal.id, label: goal.title })),
          { value: UNALIGNED, label: 'Unaligned (no goal)' },
        ]}
        commit={(value) => commit('goalId')(value === UNALIGNED ? null : value)}
      />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (runCommand(session.doc, deleteMilestone, { id }).ok) select(null);
        }}
      >
        Delete milestone
      </button>
    </form>
  );
}
