import { HORIZON_PERIODS, updateRoadmap, type HorizonPeriod } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { runCommand } from '../state/run-command';
import { NumberField, SelectField, TextField } from '../ui/fields';

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

const HORIZON_PERIOD_LABELS: Record<HorizonPeriod, string> = {
  month: 'A month',
  quarter: 'A quarter',
  half: 'A half-year',
};

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
        label="Vision"
        value={meta.vision}
        commit={(vision) => commit({ vision })}
        multiline
        hint="A sentence or two: where this roadmap leads. Shown above the timeline and on the PDF."
      />
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
      <SelectField
        label="Now/Next/Later columns span"
        value={meta.horizonPeriod}
        options={HORIZON_PERIODS.map((period) => ({ value: period, label: HORIZON_PERIOD_LABELS[period] }))}
        commit={(horizonPeriod) => commit({ horizonPeriod })}
      />
      <fieldset className="settings">
        <legend>Check-ins</legend>
        <div className="field-row">
          <NumberField
            label="Stale after (days)"
            value={meta.staleAfterDays}
            commit={(staleAfterDays) => commit({ staleAfterDays })}
          />
          <NumberField
            label="Pace tolerance (points)"
            value={meta.paceTolerance}
            commit={(paceTolerance) => commit({ paceTolerance })}
          />
        </div>
        <p className="field-hint">
          A key result with no check-in for longer is marked stale; one whose progress trails the expected pace by more
          points is behind pace.
        </p>
      </fieldset>
    </form>
  );
}
