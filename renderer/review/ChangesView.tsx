import { useState } from 'react';
import {
  changesSummary,
  deleteBaseline,
  goalChangeText,
  initiativeChangeNotes,
  keyResultChangeText,
  laneKeyOf,
  localDayOf,
  type Baseline,
  type ChangeGroup,
  type InitiativeChange,
  type KeyResultChange,
} from '../../shared';
import { formatDay } from '../ui/format';
import { RenameBaselineDialog } from './TakeBaselineDialog';
import { runCommand } from '../state/run-command';
import { useRoadmap, useSession } from '../state/session-context';
import { useBaselines, useChangesSince } from '../state/use-changes';
import { useUiStore } from '../state/ui-store';
import { revealGoal, revealInitiative } from '../state/reveal';

function InitiativeLine({ change, goalTitle }: { change: InitiativeChange; goalTitle: (id: string | null) => string }) {
  const shown = (change.after ?? change.before)!;
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const notes = initiativeChangeNotes(change, goalTitle);
  return (
    <li className={`change-line change-${change.kind}`}>
      {change.after ? (
        <button
          type="button"
          className="link"
          onClick={() => revealInitiative(change.after!, laneKeyOf(change.after!.goalId, goals))}
        >
          {shown.title}
        </button>
      ) : (
        <span className="change-removed-title">{shown.title}</span>
      )}{' '}
      {notes.map((note) => (
        <span key={note.text} className={`change-chip${note.tone ? ` ${note.tone}` : ''}`}>
          {note.text}
        </span>
      ))}
    </li>
  );
}

function KeyResultLine({ change }: { change: KeyResultChange }) {
  const shown = (change.after ?? change.before)!;
  const text = keyResultChangeText(change);
  return (
    <li className="change-line">
      <span className="change-kr-title">{shown.title}</span> <span className="muted">{text}</span>
    </li>
  );
}

function GroupSection({ group, goalTitle }: { group: ChangeGroup; goalTitle: (id: string | null) => string }) {
  const title = group.goal?.title ?? 'Unaligned';
  const goalText = group.goalChange ? goalChangeText(group.goalChange) : null;
  return (
    <section className="change-group" aria-label={`Changes in ${title}`}>
      <h3>
        {group.goal && group.goalChange?.kind !== 'removed' ? (
          <button type="button" className="link goal-link" onClick={() => revealGoal(group.goal!)}>
            <span className="lane-swatch" style={{ background: group.goal.color }} aria-hidden="true" />
            {title}
          </button>
        ) : (
          title
        )}
      </h3>
      {goalText && <p className="change-goal-line">{goalText}</p>}
      {group.keyResults.length > 0 && (
        <ul className="change-list" aria-label={`Key results of ${title}`}>
          {group.keyResults.map((change) => (
            <KeyResultLine key={change.id} change={change} />
          ))}
        </ul>
      )}
      {group.initiatives.length > 0 && (
        <ul className="change-list" aria-label={`Initiatives of ${title}`}>
          {group.initiatives.map((change) => (
            <InitiativeLine key={change.id} change={change} goalTitle={goalTitle} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The review: what changed since a baseline, grouped by goal, each change a way back to the item. */
export function ChangesView({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const baselines = useBaselines();
  const chosen = useUiStore((state) => state.comparedBaselineId);
  const compared = useChangesSince(chosen);
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const goalTitle = (id: string | null) => (id === null ? 'Unaligned' : (goals.get(id)?.title ?? 'a removed goal'));
  const [renaming, setRenaming] = useState<Baseline | null>(null);
  const remove = (baseline: Baseline) => {
    runCommand(session.doc, deleteBaseline, { id: baseline.id });
    useUiStore.setState({ comparedBaselineId: null });
    useUiStore.getState().notify(`Baseline “${baseline.name}” deleted. Ctrl+Z brings it back.`);
  };
  return (
    <div className="changes-view">
      <div className="alignment-head">
        <h2>{compared ? `Changes since ${compared.baseline.name}` : 'Changes'}</h2>
        {baselines.length > 0 && (
          <label className="changes-baseline-choice">
            <span>Baseline</span>
            <select
              value={compared?.baseline.id ?? ''}
              onChange={(event) => useUiStore.setState({ comparedBaselineId: event.target.value })}
            >
              {baselines.map((baseline) => (
                <option key={baseline.id} value={baseline.id}>
                  {baseline.name} ({formatDay(localDayOf(new Date(baseline.takenAt)))})
                </option>
              ))}
            </select>
          </label>
        )}
        {!readOnly && (
          <button type="button" onClick={() => useUiStore.setState({ takingBaseline: true })}>
            Take baseline
          </button>
        )}
        {!readOnly && compared && (
          <>
            <button type="button" className="link" onClick={() => setRenaming(compared.baseline)}>
              Rename baseline
            </button>
            <button type="button" className="link" onClick={() => remove(compared.baseline)}>
              Delete baseline
            </button>
          </>
        )}
        {renaming && <RenameBaselineDialog baseline={renaming} onClose={() => setRenaming(null)} />}
      </div>
      {!compared ? (
        <p className="changes-empty">
          No baseline yet. A baseline records the plan as it stands, under a name such as “Q3 review”, so that the next
          review can show what changed since: what slipped, was added or cut, moved to another goal, and how each key
          result moved.
        </p>
      ) : (
        <>
          <p className="muted">
            Taken {formatDay(localDayOf(new Date(compared.baseline.takenAt)))}
            {compared.baseline.takenBy ? ` by ${compared.baseline.takenBy}` : ''}. {changesSummary(compared.changes)}
          </p>
          {compared.changes.groups.length === 0 ? (
            <p className="changes-empty">Nothing changed since {compared.baseline.name}.</p>
          ) : (
            compared.changes.groups.map((group) => (
              <GroupSection key={group.laneKey} group={group} goalTitle={goalTitle} />
            ))
          )}
        </>
      )}
    </div>
  );
}
