import { useId, useState, type FormEvent } from 'react';
import { renameBaseline, takeBaseline, type Baseline, type Problem } from '../../shared';
import { Dialog } from '../ui/Dialog';
import { FieldError } from '../ui/FieldError';
import { formatDay } from '../ui/format';
import { runCommand } from '../state/run-command';
import { useProfileName, useSession } from '../state/session-context';
import { useToday } from '../state/use-today';
import { useUiStore } from '../state/ui-store';

/** A dialog asking for a baseline's name; `save` returns the problems to show, or null when it is done. */
function BaselineNameDialog({
  title,
  hint,
  initialName,
  action,
  save,
  onClose,
}: {
  title: string;
  hint: string;
  initialName: string;
  action: string;
  save: (name: string) => readonly Problem[] | null;
  onClose: () => void;
}) {
  const [name, setName] = useState(initialName);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = save(name);
    if (problems) setProblem(problems[0]?.message ?? 'The baseline could not be saved.');
    else onClose();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="muted small">{hint}</p>
        <label className="field">
          <span>Name</span>
          <input
            value={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <FieldError id={errorId} message={problem} />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {action}
          </button>
          <button type="button" className="link" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Takes a baseline under a name (today's review by default), taken by this device's profile. */
export function TakeBaselineDialog({ onClose }: { onClose: () => void }) {
  const session = useSession();
  const profileName = useProfileName();
  const today = useToday();
  return (
    <BaselineNameDialog
      title="Take baseline"
      hint="Records the plan as it stands now, so a review can show what changed since."
      initialName={`Review ${formatDay(today)}`}
      action="Take baseline"
      onClose={onClose}
      save={(name) => {
        const outcome = runCommand(session.doc, takeBaseline, { name, takenBy: profileName() });
        if (!outcome.ok) return outcome.problems;
        useUiStore.setState({ comparedBaselineId: outcome.result });
        useUiStore.getState().notify(`Baseline “${name.trim()}” taken. Changes from now on are counted from it.`);
        return null;
      }}
    />
  );
}

/** Renames a baseline; what it recorded stays as it was. */
export function RenameBaselineDialog({ baseline, onClose }: { baseline: Baseline; onClose: () => void }) {
  const session = useSession();
  return (
    <BaselineNameDialog
      title="Rename baseline"
      hint="Only the name changes: the plan it recorded stays as it was."
      initialName={baseline.name}
      action="Rename"
      onClose={onClose}
      save={(name) => {
        const outcome = runCommand(session.doc, renameBaseline, { id: baseline.id, name });
        return outcome.ok ? null : outcome.problems;
      }}
    />
  );
}
