import {
  checkIn,
  createKeyResult,
  descendantsOf,
  deleteGoal,
  deleteKeyResult,
  GOAL_PALETTE,
  GOAL_STATUSES,
  GOAL_STATUS_LABELS,
  keyResultProgress,
  selectLanes,
  updateGoal,
  updateKeyResult,
  type GoalFields,
  type KeyResult,
  type KeyResultFields,
} from '../../shared';
import { useClock, useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { runCommand } from '../state/run-command';
import { sameItems } from '../state/use-external';
import { DateField, NumberField, RecordWarnings, SelectField, TextField } from '../ui/fields';
import { fieldCommitter } from './commit-helpers';
import { ProgressBar } from '../ui/ProgressBar';

const NO_PARENT = '';

/** Edits a goal: its fields, its parent, and its key results. */
export function GoalInspector({ id }: { id: string }) {
  const session = useSession();
  const goal = useRoadmap((snapshot) => snapshot.goals.get(id));
  const lane = useRoadmap((snapshot) => selectLanes(snapshot).find((candidate) => candidate.key === id));
  // A goal can nest under any goal but itself and the goals nested under it.
  const parentCandidates = useRoadmap((snapshot) => {
    const nested = descendantsOf(snapshot.goals, id);
    return selectLanes(snapshot).flatMap((l) => (l.goal && l.goal.id !== id && !nested.has(l.goal.id) ? [l.goal] : []));
  }, sameItems);
  const focusTitle = useUiStore((state) => state.focusTitleOf === id);
  const focusedKeyResult = useUiStore((state) => state.focusTitleOf);
  const titleFocused = useUiStore((state) => state.titleFocused);
  const select = useUiStore((state) => state.select);
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
      <div className="field-row">
        <TextField label="Owner" name="Goal owner" value={goal.owner} commit={commit('owner')} />
        <SelectField
          label="Status"
          name="Goal status"
          value={goal.status}
          options={GOAL_STATUSES.map((status) => ({ value: status, label: GOAL_STATUS_LABELS[status] }))}
          commit={commit('status')}
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
            {lane?.progress === null || lane === undefined ? '' : `${Math.round(lane.progress)}% overall`}
          </span>
        </h3>
        {lane?.keyResults.map((keyResult) => (
          <KeyResultEditor key={keyResult.id} keyResult={keyResult} focusTitle={focusedKeyResult === keyResult.id} />
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

function KeyResultEditor({ keyResult, focusTitle }: { keyResult: KeyResult; focusTitle: boolean }) {
  const session = useSession();
  const titleFocused = useUiStore((state) => state.titleFocused);
  const today = useClock().today();
  const commit = fieldCommitter<Omit<KeyResultFields, 'goalId'>>(session.doc, updateKeyResult, keyResult.id);
  // A new current value is a check-in today, as confident as the last one.
  const checkInValue = (value: number) => {
    const outcome = runCommand(session.doc, checkIn, {
      keyResultId: keyResult.id,
      value,
      date: today,
      today,
      confidence: keyResult.latestCheckIn?.confidence ?? 'on-track',
    });
    return outcome.ok ? null : outcome.problems;
  };
  const progress = keyResultProgress(keyResult);
  return (
    <fieldset className="key-result">
      <legend>
        {keyResult.title} <ProgressBar value={progress} label={`${keyResult.title}: ${Math.round(progress)}%`} />
      </legend>
      <RecordWarnings problems={keyResult.problems} />
      <TextField
        label="Key result"
        name="Key result title"
        value={keyResult.title}
        commit={commit('title')}
        autoFocus={focusTitle}
        onFocused={titleFocused}
      />
      {/* Three to a row, so a value as long as "1,250,000" shows whole. */}
      <div className="field-row numbers">
        <NumberField label="Baseline" value={keyResult.baseline} commit={commit('baseline')} />
        <NumberField label="Current" value={keyResult.current} commit={checkInValue} />
        <NumberField label="Target" value={keyResult.target} commit={commit('target')} />
      </div>
      {keyResult.baseline === keyResult.target && (
        // No distance to cover: progress is all or nothing, which can be a surprise in the goal's total.
        <p className="field-hint">
          Baseline and target are the same: this key result counts as met (100%) while current equals them, and 0%
          otherwise.
        </p>
      )}
      <div className="field-row">
        <TextField label="Unit" value={keyResult.unit} commit={commit('unit')} placeholder="e.g. %, users" />
        <DateField label="Key result due" value={keyResult.dueDate} commit={commit('dueDate')} optional />
      </div>
      <TextField label="Key result owner" value={keyResult.owner} commit={commit('owner')} />
      <button
        type="button"
        className="link danger"
        onClick={() => runCommand(session.doc, deleteKeyResult, { id: keyResult.id })}
      >
        Delete key result
      </button>
    </fieldset>
  );
}
