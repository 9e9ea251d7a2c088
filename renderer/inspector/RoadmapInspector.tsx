import { updateRoadmap } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { runCommand } from '../state/run-command';
import { SelectField, TextField } from '../ui/fields';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** With nothing selected: the roadmap's own settings. */
export function RoadmapInspector() {
  const session = useSession();
  const meta = useRoadmap((snapshot) => snapshot.meta);
  const commit = (changes: Parameters<typeof updateRoadmap>[1]) => {
    const outcome = runCommand(session.doc, updateRoadmap, changes);
    return outcome.ok ? null : outcome.problems;
  };
  return (
    <form className="inspector-form" aria-label="Roadmap" onSubmit={(event) => event.preventDefault()}>
      <h2>Roadmap</h2>
      <p className="muted small">Select a goal, initiative or milestone to edit it.</p>
      <TextField
        label="Roadmap description"
        value={meta.description}
        commit={(description) => commit({ description })}
        multiline
      />
      <SelectField
        label="Fiscal year starts in"
        value={String(meta.fiscalYearStartMonth)}
        options={MONTHS.map((month, index) => ({ value: String(index + 1), label: month }))}
        commit={(month) => commit({ fiscalYearStartMonth: Number(month) })}
      />
    </form>
  );
}
