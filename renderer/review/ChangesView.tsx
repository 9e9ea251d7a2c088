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
import { readComparedRoadmapAgain, useComparison, type Comparison } from '../state/use-changes';
import { ComparedWithPicker } from './ComparedWithPicker';
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
          onClick={() => revealInitiative(change.after!, laneKeyOf(change.after!.goalId, goals), { compare: true })}
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
          <button type="button" className="link goal-link" onClick={() => revealGoal(group.goal!, { compare: true })}>
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

/** The review: what changed since a baseline (or from another roadmap), grouped by goal, each change a way back to the item. */
export function ChangesView({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const compared = useComparison();
  const reading = useUiStore((state) => (state.comparedRoadmapId ? state.comparedRoadmapTitle : null));
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const goalTitle = (id: string | null) => (id === null ? 'Unaligned' : (goals.get(id)?.title ?? 'a removed goal'));
  const [renaming, setRenaming] = useState<Baseline | null>(null);
  const remove = (baseline: Baseline) => {
    runCommand(session.doc, deleteBaseline, { id: baseline.id });
    useUiStore.setState({ comparedBaselineId: null });
    useUiStore.getState().notify(`Baseline “${baseline.name}” deleted. Ctrl+Z brings it back.`);
  };
  const baseline = compared?.with.kind === 'baseline' ? compared.with.baseline : null;
  return (
    <div className="changes-view">
      <div className="alignment-head">
        <h2>{compared ? comparisonTitle(compared) : 'Changes'}</h2>
        <ComparedWithPicker label="Compared with" />
        {!readOnly && (
          <button type="button" onClick={() => useUiStore.setState({ takingBaseline: true })}>
            Take baseline
          </button>
        )}
        {!readOnly && baseline && (
          <>
            <button type="button" className="link" onClick={() => setRenaming(baseline)}>
              Rename baseline
            </button>
            <button type="button" className="link" onClick={() => remove(baseline)}>
              Delete baseline
            </button>
          </>
        )}
        {compared?.with.kind === 'roadmap' && (
          <button type="button" className="link" onClick={readComparedRoadmapAgain}>
            Read again
          </button>
        )}
        {renaming && <RenameBaselineDialog baseline={renaming} onClose={() => setRenaming(null)} />}
      </div>
      {!compared ? (
        reading !== null ? (
          <p className="changes-empty">Reading {reading}…</p>
        ) : (
          <p className="changes-empty">
            No baseline yet. A baseline records the plan as it stands, under a name such as “Q3 review”, so that the
            next review can show what changed since: what slipped, was added or cut, moved to another goal, and how each
            key result moved. A duplicate of this roadmap (a scenario) can be compared with it too.
          </p>
        )
      ) : (
        <>
          <p className="muted">
            {comparedWithLine(compared)}{' '}
            {compared.changes
              ? changesSummary(compared.changes)
              : compared.unreadable
                ? ''
                : `Reading the plan as it stood at ${compared.name}…`}
          </p>
          {compared.unreadable && (
            <p className="changes-empty" role="alert">
              This baseline cannot be read: its snapshot is damaged ({compared.unreadable}). The roadmap and other
              baselines are not affected; delete this one and take a new baseline.
            </p>
          )}
          {compared.unrelated && (
            <p className="banner" role="status">
              {compared.name} shares no goal and no initiative with this roadmap, so everything shows as removed and
              added. Compare a duplicate with the roadmap it was duplicated from.
            </p>
          )}
          {!compared.changes ? null : compared.changes.groups.length === 0 ? (
            <p className="changes-empty">
              {compared.with.kind === 'baseline'
                ? `Nothing changed since ${compared.name}.`
                : `No difference from ${compared.name}.`}
            </p>
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

/** "Changes since Q3 review", or "Changes from Plan 2027" (another roadmap as the before). */
export function comparisonTitle(compared: Comparison): string {
  return compared.with.kind === 'baseline' ? `Changes since ${compared.name}` : `Changes from ${compared.name}`;
}

/** Where the "before" comes from: who took the baseline and when, or when the other roadmap was read. */
function comparedWithLine(compared: Comparison): string {
  if (compared.with.kind === 'roadmap') {
    const time = compared.with.readAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    return `${compared.name} as stored on this device at ${time}.`;
  }
  const { baseline } = compared.with;
  return `Taken ${formatDay(localDayOf(new Date(baseline.takenAt)))}${baseline.takenBy ? ` by ${baseline.takenBy}` : ''}.`;
}
