import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, type Problem, COLUMNS, type ColumnId } from '../../shared';

/** How an edit ended: committed (Enter, a click away), refused, or on to the next cell (Tab). */
export interface EditEnd {
  /** A blur commits too, but leaves the focus where it went. */
  readonly how: 'commit' | 'blur' | 'cancel' | 'next' | 'previous';
  /** The value picked, when it ends with a pick (before the draft has caught up with it). */
  readonly value?: string;
}

export interface GoalChoice {
  readonly id: string;
  readonly title: string;
  readonly depth: number;
}

/**
 * The editor in a cell: a text field (title, owner, team, tags, a date, progress) or a choice (status,
 * goal). Enter commits, Escape cancels, Tab commits and goes on; a refusal's message shows under it.
 */
export function CellEditor({
  column,
  draft,
  problems,
  goals,
  bulkCount,
  onDraft,
  onEnd,
}: {
  column: ColumnId;
  draft: string;
  problems: readonly Problem[];
  goals: readonly GoalChoice[];
  /** How many selected rows the edit applies to (more than one: said beside the field). */
  bulkCount: number;
  onDraft: (draft: string) => void;
  onEnd: (end: EditEnd) => void;
}) {
  const element = useRef<HTMLInputElement & HTMLSelectElement>(null);
  // Arrow keys on a choice change it without committing; a pick with the mouse commits at once.
  const [keyed, setKeyed] = useState(false);
  useEffect(() => {
    element.current?.focus();
    if (element.current instanceof HTMLInputElement) {
      const length = element.current.value.length;
      element.current.setSelectionRange(length, length);
    }
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      onEnd({ how: 'commit' });
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEnd({ how: 'cancel' });
    } else if (event.key === 'Tab') {
      event.preventDefault();
      onEnd({ how: event.shiftKey ? 'previous' : 'next' });
    } else if (event.key.startsWith('Arrow')) setKeyed(true);
  };
  const label = `${COLUMNS[column].label}${bulkCount > 1 ? ` of all ${bulkCount} selected` : ''}`;
  const errorId = `cell-error-${column}`;
  const common = {
    ref: element,
    'aria-label': label,
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? errorId : undefined,
    onKeyDown,
    onBlur: () => onEnd({ how: 'blur' }),
  };
  const kind = COLUMNS[column].editor;
  return (
    <div className={`cell-editor${problems.length ? ' invalid' : ''}`}>
      {kind === 'select' ? (
        <select
          {...common}
          value={draft}
          onChange={(event) => {
            onDraft(event.target.value);
            if (!keyed) onEnd({ how: 'commit', value: event.target.value });
          }}
        >
          {column === 'status'
            ? INITIATIVE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {INITIATIVE_STATUS_LABELS[status]}
                </option>
              ))
            : [
                ...goals.map((goal) => (
                  <option key={goal.id} value={goal.id}>
                    {`${'\u2003'.repeat(goal.depth)}${goal.title || 'Untitled goal'}`}
                  </option>
                )),
                <option key="" value="">
                  Unaligned (no goal)
                </option>,
              ]}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          inputMode={kind === 'number' ? 'decimal' : undefined}
          placeholder={kind === 'date' ? 'YYYY-MM-DD' : undefined}
          value={draft}
          onChange={(event) => onDraft(event.target.value)}
        />
      )}
      {bulkCount > 1 && problems.length === 0 && <div className="cell-editor-note">All {bulkCount} selected</div>}
      {problems.length > 0 && (
        <div className="cell-editor-error" id={errorId} role="alert">
          {problems.map((problem) => problem.message).join(' ')}
        </div>
      )}
    </div>
  );
}
