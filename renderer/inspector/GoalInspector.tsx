import {
  CONFIDENCE_LABELS,
  createKeyResult,
  descendantsOf,
  deleteGoal,
  GOAL_PALETTE,
  GOAL_STATUSES,
  GOAL_STATUS_LABELS,
  selectLanes,
  updateGoal,
  type GoalFields,
  type GoalStanding,
  type GoalStatus,
} from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { useGoalAlignment } from '../state/use-alignment';
import { useToday } from '../state/use-today';
import { KeyResultEditor } from './KeyResultEditor';
import { useUiStore } from '../state/ui-store';
import { runCommand } from '../state/run-command';
import { sameItems } from '../state/use-external';
import { DateField, NumberField, RecordWarnings, SelectField, TextField } from '../ui/fields';
import { fieldCommitter } from './commit-helpers';
import { ProgressBar } from '../ui/ProgressBar';

const NO_PARENT = '';
/** The status choice that hands the goal's status to its check-ins. */
const FROM_CHECK_INS = 'from-check-ins';

/** What a goal shows: its status, where it came from, and its rolled-up progress against the pace. */
function GoalStandingLine({ standing }: { standing: GoalStanding }) {
  const source =
    standing.statusSource === 'check-ins'
      ? 'from check-ins'
      : standing.goal.statusSetBy === 'check-ins'
        ? 'no check-ins yet'
        : 'set by owner';
  return (
    <p className="goal-standing" aria-label="Goal standing">
      <span className={`goal-status status-${standing.status}`}>{GOAL_STATUS_LABELS[standing.status]}</span>{' '}
      <span className="muted">{source}</span>
      {standing.goal.statusSetBy === 'owner' && standing.health && (
        <span className="muted"> · check-ins say {CONFIDENCE_LABELS[standing.health]}</span>
      )}
      {standing.progress !== null && (
        <>
          {' '}
          ·{' '}
          <ProgressBar
            value={standing.progress}
            expected={standing.expected}
            label={`${standing.goal.title}: ${Math.round(standing.progress)}%`}
          />{' '}
          {Math.round(standing.progress)}%
        </>
      )}
      {standing.behindPace && standing.expected !== null && (
        <span className="flag-chip behind">Behind pace: {Math.round(standing.expected)}% expected by now</span>
      )}
      {standing.staleKeyResults > 0 && (
        <span className="flag-chip stale">
          {standing.staleKeyResults} stale key result{standing.staleKeyResults === 1 ? '' : 's'}
        </span>
      )}
    </p>
  );
}

/** Edits a goal: its fields, its parent, and its key results. */
export function GoalInspector({ id }: { id: string }) {
  const session = useSession();
  const goal = useRoadmap((snapshot) => snapshot.goals.get(id));
  // A goal can nest under any goal but itself and the goals nested under it.
  const parentCandidates = useRoadmap((snapshot) => {
    const nested = descendantsOf(snapshot.goals, id);
    return selectLanes(snapshot).flatMap((l) => (l.goal && l.goal.id !== id && !nested.has(l.goal.id) ? [l.goal] : []));
  }, sameItems);
  const focusTitle = useUiStore((state) => state.focusTitleOf === id);
  const focusedKeyResult = useUiStore((state) => state.focusTitleOf);
  const titleFocused = useUiStore((state) => state.titleFocused);
  const select = useUiStore((state) => state.select);
  const alignment = useGoalAlignment(id);
  const today = useToday();
  if (!goal) return <p className="inspector-empty">This goal was deleted.</p>;
  const commit = fieldCommitter<GoalFields>(session.doc, updateGoal, id);
  const colors = GOAL_PALETTE.includes(goal.color) ? GOAL_PALETTE : [goal.color, ...GOAL_PALETTE];

  return (
    <form className="inspector-form" aria-label="Goal" onSubmit={(event) => event.preventDefault()}>
      <h2>Goal</h2>
      <RecordWarnings problems={goal.problems} />
      <TextField
        label="Title"
        name="Goal title"
        value={goal.title}
        commit={commit('title')}
        autoFocus={focusTitle}
        onFocused={titleFocused}
      />
      {alignment && <GoalStandingLine standing={alignment.standing} />}
      <div className="field-row">
        <TextField label="Owner" name="Goal owner" value={goal.owner} commit={commit('owner')} />
        <SelectField
          label="Status"
          name="Goal status"
          value={goal.statusSetBy === 'check-ins' ? FROM_CHECK_INS : goal.status}
          options={[
            { value: FROM_CHECK_INS, label: 'From check-ins' },
            ...GOAL_STATUSES.map((status) => ({
              value: status,
              label: `${GOAL_STATUS_LABELS[status]} (set by owner)`,
            })),
          ]}
          commit={(choice) => {
            const changes: Partial<GoalFields> =
              choice === FROM_CHECK_INS
                ? { statusSetBy: 'check-ins' }
                : { statusSetBy: 'owner', status: choice as GoalStatus };
            const outcome = runCommand(session.doc, updateGoal, { id, changes });
            return outcome.ok ? null : outcome.problems;
          }}
        />
      </div>
      <div className="field-row">
        <DateField label="Starts" name="Goal starts" value={goal.startDate} commit={commit('startDate')} optional />
        <DateField label="Due" name="Goal due" value={goal.dueDate} commit={commit('dueDate')} optional />
      </div>
      <div className="field-row">
        <SelectField
          label="Parent goal"
          value={goal.parentId ?? NO_PARENT}
          options={[
            { value: NO_PARENT, label: 'None (top level)' },
            ...parentCandidates.map((other) => ({ value: other.id, label: other.title })),
          ]}
          commit={(parentId) => commit('parentId')(parentId === NO_PARENT ? null : parentId)}
        />
        {goal.parentId !== null && (
          <NumberField
            label="Weight"
            name="Goal weight"
            value={goal.weight}
            commit={commit('weight')}
            hint="In the parent goal's progress"
          />
        )}
        <SelectField
          label="Color"
          name="Goal color"
          value={goal.color}
          options={colors.map((color, index) => ({
            value: color,
            label: COLOR_NAMES[index - (colors.length - GOAL_PALETTE.length)] ?? color,
          }))}
          commit={commit('color')}
        />
      </div>
      <TextField
        label="Description"
        name="Goal description"
        value={goal.description}
        commit={commit('description')}
        multiline
      />
      <section className="key-results" aria-label="Key results">
        <h3>
          Key results{' '}
          <span className="muted">
            {alignment?.standing.progress == null ? '' : `${Math.round(alignment.standing.progress)}% overall`}
          </span>
        </h3>
        {alignment?.standing.keyResults.map((standing) => (
          <KeyResultEditor
            key={standing.keyResult.id}
            standing={standing}
            contributors={alignment.contributors.get(standing.keyResult.id) ?? []}
            focusTitle={focusedKeyResult === standing.keyResult.id}
            today={today}
          />
        ))}
        <button
          type="button"
          onClick={() => {
            const outcome = runCommand(session.doc, createKeyResult, { goalId: id, title: 'New key result' });
            if (outcome.ok) useUiStore.setState({ focusTitleOf: outcome.result });
          }}
        >
          Add key result
        </button>
      </section>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (runCommand(session.doc, deleteGoal, { id }).ok) select(null);
        }}
      >
        Delete goal
      </button>
      <p className="muted small">Deleting a goal keeps its initiatives; they move to Unaligned.</p>
    </form>
  );
}

const COLOR_NAMES = ['Blue', 'Teal', 'Amber', 'Purple', 'Red', 'Green', 'Pink', 'Slate'];
