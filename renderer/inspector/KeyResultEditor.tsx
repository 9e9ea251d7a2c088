import {
  CONFIDENCE_LABELS,
  deleteKeyResult,
  INITIATIVE_STATUS_LABELS,
  laneKeyOf,
  updateKeyResult,
  type Initiative,
  type KeyResultFields,
  type KeyResultStanding,
} from '../../shared';
import { formatDay, valueWithUnit } from '../ui/format';
import { useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { runCommand } from '../state/run-command';
import { revealInitiative } from '../state/reveal';
import { DateField, NumberField, RecordWarnings, TextField } from '../ui/fields';
import { ProgressBar } from '../ui/ProgressBar';
import { fieldCommitter } from './commit-helpers';
import { CheckInForm, CheckInHistory } from './CheckIns';
import { KeyResultChart } from './KeyResultChart';

/** Where a key result stands, in words: current value, confidence, when last checked in, pace. */
function StandingLine({ standing }: { standing: KeyResultStanding }) {
  const { keyResult, expected, behindPace, stale, daysSinceCheckIn } = standing;
  const latest = keyResult.latestCheckIn;
  const value = valueWithUnit(keyResult.current, keyResult.unit);
  return (
    <p className="kr-standing">
      <strong>{value}</strong> · {Math.round(standing.progress)}% of the way
      {latest ? (
        <>
          {' '}
          ·{' '}
          <span className={`confidence-chip confidence-${latest.confidence}`}>
            {CONFIDENCE_LABELS[latest.confidence]}
          </span>{' '}
          <span className="muted">
            checked in {formatDay(latest.date)}
            {latest.author ? ` by ${latest.author}` : ''}
          </span>
        </>
      ) : (
        <span className="muted"> · no check-ins yet</span>
      )}
      {behindPace && expected !== null && (
        <span className="flag-chip behind">Behind pace: {Math.round(expected)}% expected by now</span>
      )}
      {stale && <span className="flag-chip stale">Stale: no check-in for {daysSinceCheckIn} days</span>}
    </p>
  );
}

/** The initiatives that serve a key result, with their status and progress; or that none does. */
function Contributors({ initiatives }: { initiatives: readonly Initiative[] }) {
  const goals = useRoadmap((snapshot) => snapshot.goals);
  if (initiatives.length === 0) return <p className="muted small kr-no-work">No work planned for this key result.</p>;
  return (
    <ul className="kr-contributors" aria-label="Initiatives serving it">
      {initiatives.map((initiative) => (
        <li key={initiative.id}>
          <button
            type="button"
            className="link"
            aria-label={`Show ${initiative.title} on the timeline`}
            onClick={() => revealInitiative(initiative, laneKeyOf(initiative.goalId, goals))}
          >
            {initiative.title}
          </button>{' '}
          <span className="muted">
            {INITIATIVE_STATUS_LABELS[initiative.status]} · {initiative.progress}%
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One key result in its goal's inspector: its fields, where it stands, its check-ins and who works on it. */
export function KeyResultEditor({
  standing,
  contributors,
  focusTitle,
  today,
}: {
  standing: KeyResultStanding;
  contributors: readonly Initiative[];
  focusTitle: boolean;
  today: string;
}) {
  const session = useSession();
  const titleFocused = useUiStore((state) => state.titleFocused);
  const { keyResult } = standing;
  const commit = fieldCommitter<Omit<KeyResultFields, 'goalId'>>(session.doc, updateKeyResult, keyResult.id);
  return (
    <fieldset className={`key-result${standing.stale ? ' stale' : ''}`}>
      <legend>
        {keyResult.title}{' '}
        <ProgressBar
          value={standing.progress}
          expected={standing.expected}
          label={`${keyResult.title}: ${Math.round(standing.progress)}%`}
        />
      </legend>
      <RecordWarnings problems={keyResult.problems} />
      <StandingLine standing={standing} />
      <CheckInForm keyResult={keyResult} today={today} />
      <KeyResultChart standing={standing} today={today} />
      <details className="kr-details">
        <summary>Check-ins ({keyResult.checkIns.length})</summary>
        <CheckInHistory keyResult={keyResult} today={today} />
      </details>
      <Contributors initiatives={contributors} />
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
        <NumberField label="Target" value={keyResult.target} commit={commit('target')} />
        <NumberField
          label="Weight"
          name="Key result weight"
          value={keyResult.weight}
          commit={commit('weight')}
          hint="In the goal's progress"
        />
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
