import { useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  checkIn,
  CONFIDENCES,
  CONFIDENCE_LABELS,
  deleteCheckIn,
  formatLocaleNumber,
  parseLocaleNumber,
  updateCheckIn,
  type CheckIn,
  type Confidence,
  type KeyResult,
  type Problem,
} from '../../shared';
import { formatDay, valueWithUnit } from '../ui/format';
import { useProfileName, useSession } from '../state/session-context';
import { runCommand } from '../state/run-command';
import { FieldError } from '../ui/FieldError';

interface Draft {
  value: string;
  confidence: Confidence;
  note: string;
  date: string;
}

/**
 * A check-in's fields in a row: value, confidence, note and date; Enter saves, Escape cancels. Not a
 * <form>: it sits inside the goal's form. A refused check-in keeps what was typed, with the reason.
 */
function CheckInFields({
  initial,
  unit,
  save,
  cancel,
  saveLabel,
}: {
  initial: Draft;
  unit: string;
  save: (draft: Draft) => readonly Problem[] | null;
  cancel: () => void;
  saveLabel: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const submit = () => setProblems(save(draft) ?? []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };
  const problemOf = (field: string) => problems.find((problem) => problem.field === field);
  const message = problems.map((problem) => problem.message).join(' ');
  return (
    <div className="check-in-fields" role="group" aria-label={saveLabel} onKeyDown={onKeyDown}>
      <div className="field-row">
        <label className="field">
          <span>Value{unit ? ` (${unit})` : ''}</span>
          <input
            inputMode="decimal"
            autoFocus
            value={draft.value}
            aria-invalid={problemOf('value') ? true : undefined}
            aria-describedby={problems.length ? `${id}-error` : undefined}
            onChange={(event) => setDraft({ ...draft, value: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Confidence</span>
          <select
            value={draft.confidence}
            onChange={(event) => setDraft({ ...draft, confidence: event.target.value as Confidence })}
          >
            {CONFIDENCES.map((confidence) => (
              <option key={confidence} value={confidence}>
                {CONFIDENCE_LABELS[confidence]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="field-row">
        <label className="field grow">
          <span>Note</span>
          <input
            value={draft.note}
            placeholder="What moved it, what is in the way"
            onChange={(event) => setDraft({ ...draft, note: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Date</span>
          <input
            type="date"
            value={draft.date}
            aria-invalid={problemOf('date') ? true : undefined}
            onChange={(event) => setDraft({ ...draft, date: event.target.value })}
          />
        </label>
      </div>
      <FieldError id={`${id}-error`} message={message} />
      <div className="check-in-actions">
        <button type="button" className="primary" onClick={submit}>
          {saveLabel}
        </button>
        <button type="button" className="link" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The typed value as a number, or the problem to show in the value field. */
function valueOf(text: string): { value: number } | { problems: Problem[] } {
  const value = parseLocaleNumber(text);
  return value === null ? { problems: [{ field: 'value', message: 'Enter the value as a number' }] } : { value };
}

/** "Check in" on a key result: value, confidence and note in a few keystrokes, dated today unless changed. */
export function CheckInForm({ keyResult, today }: { keyResult: KeyResult; today: string }) {
  const session = useSession();
  const profileName = useProfileName();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="check-in-open"
        aria-label={`Check in ${keyResult.title}`}
        onClick={() => setOpen(true)}
      >
        Check in
      </button>
    );
  }
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <CheckInFields
      initial={{ value: '', confidence: keyResult.latestCheckIn?.confidence ?? 'on-track', note: '', date: today }}
      unit={keyResult.unit.trim()}
      saveLabel="Save check-in"
      cancel={close}
      save={(draft) => {
        const parsed = valueOf(draft.value);
        if ('problems' in parsed) return parsed.problems;
        const outcome = runCommand(session.doc, checkIn, {
          keyResultId: keyResult.id,
          value: parsed.value,
          confidence: draft.confidence,
          note: draft.note,
          date: draft.date,
          today,
          author: profileName(),
        });
        if (!outcome.ok) return outcome.problems;
        close();
        return null;
      }}
    />
  );
}

/** A key result's check-ins, newest first; each can be corrected or deleted (one undo step each). */
export function CheckInHistory({ keyResult, today }: { keyResult: KeyResult; today: string }) {
  const session = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  if (keyResult.checkIns.length === 0) return <p className="muted small">No check-ins yet.</p>;
  const unit = keyResult.unit.trim();
  const shown = (entry: CheckIn) => valueWithUnit(entry.value, unit);
  return (
    <ol className="check-in-history" aria-label={`Check-ins of ${keyResult.title}`} reversed>
      {[...keyResult.checkIns].reverse().map((entry) =>
        editing === entry.id ? (
          <li key={entry.id}>
            <CheckInFields
              initial={{
                value: formatLocaleNumber(entry.value),
                confidence: entry.confidence,
                note: entry.note,
                date: entry.date,
              }}
              unit={unit}
              saveLabel="Save changes"
              cancel={() => setEditing(null)}
              save={(draft) => {
                const parsed = valueOf(draft.value);
                if ('problems' in parsed) return parsed.problems;
                const outcome = runCommand(session.doc, updateCheckIn, {
                  id: entry.id,
                  changes: { value: parsed.value, confidence: draft.confidence, note: draft.note, date: draft.date },
                  today,
                });
                if (!outcome.ok) return outcome.problems;
                setEditing(null);
                return null;
              }}
            />
          </li>
        ) : (
          <li key={entry.id} className={`check-in confidence-${entry.confidence}`}>
            <div className="check-in-line">
              <span className="check-in-date">{formatDay(entry.date)}</span>
              <strong className="check-in-value">{shown(entry)}</strong>
              <span className={`confidence-chip confidence-${entry.confidence}`}>
                {CONFIDENCE_LABELS[entry.confidence]}
              </span>
              <span className="check-in-tools">
                <button
                  type="button"
                  className="link"
                  aria-label={`Edit the check-in of ${formatDay(entry.date)}`}
                  onClick={() => setEditing(entry.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="link danger"
                  aria-label={`Delete the check-in of ${formatDay(entry.date)}`}
                  onClick={() => runCommand(session.doc, deleteCheckIn, { id: entry.id })}
                >
                  Delete
                </button>
              </span>
            </div>
            {(entry.note || entry.author) && (
              <div className="check-in-note">
                {entry.note}
                {entry.author && <span className="muted"> — {entry.author}</span>}
              </div>
            )}
          </li>
        ),
      )}
    </ol>
  );
}
