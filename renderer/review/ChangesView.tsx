import { useState } from 'react';
import {
  CONFIDENCE_LABELS,
  deleteBaseline,
  GOAL_STATUS_LABELS,
  INITIATIVE_STATUS_LABELS,
  laneKeyOf,
  localDayOf,
  type Baseline,
  type ChangeGroup,
  type Confidence,
  type GoalChange,
  type InitiativeChange,
  type KeyResultChange,
  type PlanChanges,
} from '../../shared';
import { formatDay } from '../ui/format';
import { RenameBaselineDialog } from './TakeBaselineDialog';
import { runCommand } from '../state/run-command';
import { useRoadmap, useSession } from '../state/session-context';
import { useBaselines, useChangesSince } from '../state/use-changes';
import { useUiStore } from '../state/ui-store';
import { revealGoal, revealInitiative } from '../state/reveal';

/** "+12 d" / "−5 d": how far a date moved, with a true minus sign. */
export function shiftLabel(days: number): string {
  return `${days > 0 ? '+' : '\u2212'}${Math.abs(days)} d`;
}

function pointsLabel(before: number, after: number): string {
  const delta = Math.round(after - before);
  return delta === 0 ? '±0 pts' : `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta)} pts`;
}

function healthLabel(health: Confidence | null): string {
  return health ? CONFIDENCE_LABELS[health] : 'no check-ins';
}

/** How the fields a review lists beside a change read to a person. */
const FIELD_LABELS: Partial<Record<string, string>> = {
  keyResultIds: 'key results served',
  description: 'description',
  owner: 'owner',
  team: 'team',
  tags: 'tags',
  progress: 'progress',
};

function InitiativeLine({ change, goalTitle }: { change: InitiativeChange; goalTitle: (id: string | null) => string }) {
  const shown = (change.after ?? change.before)!;
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const notes: { text: string; tone?: string }[] = [];
  if (change.kind === 'added') notes.push({ text: 'new', tone: 'added' });
  if (change.kind === 'removed') notes.push({ text: 'removed', tone: 'removed' });
  if (change.kind === 'changed') {
    if (change.endShift !== 0) {
      notes.push({
        text: `${change.slipped ? 'slipped' : 'ends'} ${shiftLabel(change.endShift)}`,
        tone: change.slipped ? 'slipped' : undefined,
      });
    }
    if (change.startShift !== 0 && change.startShift !== change.endShift) {
      notes.push({ text: `starts ${shiftLabel(change.startShift)}` });
    }
    if (change.realigned) notes.push({ text: `from ${goalTitle(change.before!.goalId)}` });
    if (change.statusChanged) {
      notes.push({
        text: `${INITIATIVE_STATUS_LABELS[change.before!.status]} → ${INITIATIVE_STATUS_LABELS[change.after!.status]}`,
      });
    }
    if (change.fields.includes('title')) notes.push({ text: `was “${change.before!.title}”` });
    const other = change.fields.filter(
      (field) => !['startDate', 'endDate', 'goalId', 'status', 'title'].includes(field),
    );
    if (other.length > 0)
      notes.push({ text: `${other.map((field) => FIELD_LABELS[field] ?? field).join(', ')} changed` });
  }
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
  const text =
    change.kind === 'added'
      ? `new, ${Math.round(change.progressAfter!)}%`
      : change.kind === 'removed'
        ? 'removed'
        : `${Math.round(change.progressBefore!)}% → ${Math.round(change.progressAfter!)}% (${pointsLabel(change.progressBefore!, change.progressAfter!)})`;
  return (
    <li className="change-line">
      <span className="change-kr-title">{shown.title}</span> <span className="muted">{text}</span>
    </li>
  );
}

function goalLine(change: GoalChange): string | null {
  if (change.kind === 'added') return 'New goal';
  if (change.kind === 'removed') return 'Goal removed';
  const parts: string[] = [];
  if (change.statusBefore !== change.statusAfter && change.statusBefore && change.statusAfter) {
    parts.push(`Status ${GOAL_STATUS_LABELS[change.statusBefore]} → ${GOAL_STATUS_LABELS[change.statusAfter]}`);
  } else if (change.healthBefore !== change.healthAfter) {
    parts.push(`Health ${healthLabel(change.healthBefore)} → ${healthLabel(change.healthAfter)}`);
  }
  if (change.fields.length > 0) parts.push(`${change.fields.join(', ')} changed`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function GroupSection({ group, goalTitle }: { group: ChangeGroup; goalTitle: (id: string | null) => string }) {
  const title = group.goal?.title ?? 'Unaligned';
  const goalText = group.goalChange ? goalLine(group.goalChange) : null;
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

/** "3 added, 1 removed, 5 rescheduled (4 slipped), 1 re-aligned": the review's first line. */
export function changesSummary(changes: PlanChanges): string {
  const all = [...changes.initiatives.values()];
  const count = (test: (change: InitiativeChange) => boolean) => all.filter(test).length;
  const rescheduled = count((c) => c.kind === 'changed' && (c.startShift !== 0 || c.endShift !== 0));
  const slipped = count((c) => c.slipped);
  const parts = [
    [count((c) => c.kind === 'added'), 'added'],
    [count((c) => c.kind === 'removed'), 'removed'],
    [rescheduled, `rescheduled${slipped > 0 ? ` (${slipped} slipped)` : ''}`],
    [count((c) => c.realigned), 're-aligned'],
    [count((c) => c.statusChanged), 'changed status'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const initiatives = said.length > 0 ? `Initiatives: ${said.join(', ')}.` : 'No initiative changed.';
  const keyResults = changes.keyResults.size;
  return `${initiatives} ${keyResults === 0 ? 'No key result moved.' : `Key results changed: ${keyResults}.`}`;
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
            {compared.baseline.takenBy ? ` by ${compared.baseline.takenBy}` : ''}.{' '}
            {compared.changes
              ? changesSummary(compared.changes)
              : compared.unreadable
                ? ''
                : `Reading the plan as it stood at ${compared.baseline.name}…`}
          </p>
          {compared.unreadable && (
            <p className="changes-empty" role="alert">
              This baseline cannot be read: its snapshot is damaged ({compared.unreadable}). The roadmap and other
              baselines are not affected; delete this one and take a new baseline.
            </p>
          )}
          {!compared.changes ? null : compared.changes.groups.length === 0 ? (
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
