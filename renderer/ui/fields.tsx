import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { formatLocaleNumber, parseLocaleNumber, type Problem } from '../../shared';
import { FieldError } from './FieldError';

/** A field's commit: applies the value through a command and returns the problems, if any. */
export type Commit<T> = (value: T) => readonly Problem[] | null;

function Messages({ id, problems }: { id: string; problems: readonly Problem[] }) {
  return <FieldError id={id} message={problems.map((problem) => problem.message).join(' ')} />;
}

interface FieldFrameProps {
  label: string;
  inputId: string;
  errorId: string;
  problems: readonly Problem[];
  children: ReactNode;
  hint?: string;
}

function FieldFrame({ label, inputId, errorId, problems, children, hint }: FieldFrameProps) {
  return (
    <div className={problems.length ? 'field invalid' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {children}
      {hint && problems.length === 0 && <div className="field-hint">{hint}</div>}
      <Messages id={errorId} problems={problems} />
    </div>
  );
}

interface DraftFieldProps<T> {
  label: string;
  /** The accessible name when the visible label is only clear beside its heading ("Title" → "Goal title"). */
  name?: string;
  value: T;
  commit: Commit<T>;
  /** Parses the typed text; returns problems instead of a value when it cannot. */
  parse: (text: string) => { value: T } | { problems: Problem[] };
  format: (value: T) => string;
  type?: 'text' | 'date';
  /** A hint for on-screen keyboards ('decimal': digits and a decimal separator). */
  inputMode?: 'decimal';
  multiline?: boolean;
  autoFocus?: boolean;
  onFocused?: () => void;
  hint?: string;
  placeholder?: string;
  disabled?: boolean;
}

/**
 * A field that edits a draft and commits it once, on Enter or blur (one undo step per edit); Escape puts
 * the stored value back. While it is being edited, typing undo stays the browser's own. A refused value
 * stays in the field with the command's message under it.
 */
export function DraftField<T>({
  label,
  name,
  value,
  commit,
  parse,
  format,
  type = 'text',
  inputMode,
  multiline,
  autoFocus,
  onFocused,
  hint,
  placeholder,
  disabled,
}: DraftFieldProps<T>) {
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const stored = format(value);
  const [draft, setDraft] = useState(stored);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [editing, setEditing] = useState(false);
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  // Follow the document (undo, a peer's edit) unless the user is in the middle of an edit.
  const [lastStored, setLastStored] = useState(stored);
  if (stored !== lastStored) {
    setLastStored(stored);
    if (!editing) {
      setDraft(stored);
      setProblems([]);
    }
  }

  useEffect(() => {
    if (autoFocus && element.current) {
      element.current.focus();
      element.current.select();
      onFocused?.();
    }
  }, [autoFocus, onFocused]);

  const apply = () => {
    setEditing(false);
    if (draft === stored) {
      setProblems([]);
      return;
    }
    const parsed = parse(draft);
    const result = 'problems' in parsed ? parsed.problems : commit(parsed.value);
    setProblems(result ?? []);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !(multiline && !event.metaKey && !event.ctrlKey)) {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape') {
      setEditing(false);
      setDraft(stored);
      setProblems([]);
    }
  };

  const common = {
    id: inputId,
    'aria-label': name,
    ref: element,
    value: draft,
    placeholder,
    disabled,
    // Ctrl/Cmd+Z undoes typing only while there is typing to undo; otherwise it undoes the document.
    'data-draft': draft === stored ? 'clean' : 'dirty',
    'aria-invalid': problems.length > 0 || undefined,
    'aria-describedby': problems.length > 0 ? errorId : undefined,
    onChange: (event: { target: { value: string } }) => {
      setEditing(true);
      setDraft(event.target.value);
    },
    onBlur: apply,
    onKeyDown,
  };
  return (
    <FieldFrame label={label} inputId={inputId} errorId={errorId} problems={problems} hint={hint}>
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
    </FieldFrame>
  );
}

const text = (value: string) => value;

/** A one-line text field committed on Enter/blur. */
export function TextField(props: Omit<DraftFieldProps<string>, 'parse' | 'format'>) {
  return <DraftField {...props} parse={(value) => ({ value })} format={text} />;
}

/** A date field ('YYYY-MM-DD'); `optional` allows clearing it to no date. */
export function DateField(
  props: Omit<DraftFieldProps<string | null>, 'parse' | 'format' | 'type'> & { optional?: boolean },
) {
  const { optional, ...rest } = props;
  return (
    <DraftField
      {...rest}
      type="date"
      format={(value) => value ?? ''}
      parse={(value) =>
        value === '' ? (optional ? { value: null } : { problems: [{ message: 'Enter a date' }] }) : { value }
      }
    />
  );
}

/**
 * A number field in the user's locale: shown with thousands separators ("50,000"), read with or without
 * them. A text field, not type="number": that one can show neither separators nor a long number whole
 * beside its spinner. Empty or non-numeric input is refused with a message.
 */
export function NumberField(props: Omit<DraftFieldProps<number>, 'parse' | 'format' | 'type' | 'inputMode'>) {
  return (
    <DraftField
      {...props}
      inputMode="decimal"
      format={(value) => formatLocaleNumber(value)}
      parse={(text) => {
        const number = parseLocaleNumber(text);
        return number === null ? { problems: [{ message: 'Enter a number' }] } : { value: number };
      }}
    />
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  /** The accessible name, when more specific than the visible label. */
  name?: string;
  value: T;
  options: readonly { value: T; label: string }[];
  commit: Commit<T>;
}

/** A choice committed as soon as it changes. */
export function SelectField<T extends string>({ label, name, value, options, commit }: SelectFieldProps<T>) {
  const inputId = useId();
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  // A refusal's message stays until the stored value changes (a later edit, undo or a peer).
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setProblems([]);
  }
  return (
    <FieldFrame label={label} inputId={inputId} errorId={`${inputId}-error`} problems={problems}>
      <select
        id={inputId}
        aria-label={name}
        value={value}
        onChange={(event) => setProblems(commit(event.target.value as T) ?? [])}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Problems of a stored record (e.g. invalid values from a peer), shown at the top of its form. */
export function RecordWarnings({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="record-warning" role="status">
      <strong>Check this item:</strong>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}
