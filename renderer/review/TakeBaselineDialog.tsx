import { useId, useState, type FormEvent } from 'react';
import { takeBaseline } from '../../shared';
import { Dialog } from '../ui/Dialog';
import { FieldError } from '../ui/FieldError';
import { formatDay } from '../ui/format';
import { runCommand } from '../state/run-command';
import { useProfileName, useSession } from '../state/session-context';
import { useToday } from '../state/use-today';
import { useUiStore } from '../state/ui-store';

/** Takes a baseline under a name (today's review by default), taken by this device's profile. */
export function TakeBaselineDialog({ onClose }: { onClose: () => void }) {
  const session = useSession();
  const profileName = useProfileName();
  const today = useToday();
  const [name, setName] = useState(`Review ${formatDay(today)}`);
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = runCommand(session.doc, takeBaseline, { name, takenBy: profileName() });
    if (!outcome.ok) {
      setProblem(outcome.problems[0]?.message ?? 'The baseline could not be taken.');
      return;
    }
    useUiStore.setState({ comparedBaselineId: outcome.result });
    useUiStore.getState().notify(`Baseline “${name.trim()}” taken. Changes from now on are counted from it.`);
    onClose();
  };
  return (
    <Dialog title="Take baseline" onClose={onClose}>
      <form onSubmit={submit}>
        <p className="muted small">Records the plan as it stands now, so a review can show what changed since.</p>
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
            Take baseline
          </button>
          <button type="button" className="link" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
