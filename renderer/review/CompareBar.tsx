import { localDayOf } from '../../shared';
import { formatDay } from '../ui/format';
import { useBaselines, useTimelineComparison } from '../state/use-changes';
import { useUiStore } from '../state/ui-store';
import { changesSummary } from './ChangesView';

/** At most this many removed initiatives are named above the canvas; the review lists them all. */
const REMOVED_NAMED = 5;

/**
 * Above the timeline while it compares with a baseline: which baseline, what changed in a line, the
 * initiatives removed since (they have no bar to mark), "only what changed", and the way to the review.
 */
export function CompareBar() {
  const baselines = useBaselines();
  const compared = useTimelineComparison();
  const onlyChanged = useUiStore((state) => state.onlyChanged);
  if (!compared) return null;
  const removed = [...compared.changes.initiatives.values()].filter((change) => change.kind === 'removed');
  const named = removed.slice(0, REMOVED_NAMED).map((change) => change.before!.title || 'Untitled');
  return (
    <div className="compare-bar" role="region" aria-label="Comparison with a baseline">
      <label className="changes-baseline-choice">
        <span>Changes since</span>
        <select
          aria-label="Baseline compared with"
          value={compared.baseline.id}
          onChange={(event) => useUiStore.setState({ comparedBaselineId: event.target.value })}
        >
          {baselines.map((baseline) => (
            <option key={baseline.id} value={baseline.id}>
              {baseline.name} ({formatDay(localDayOf(new Date(baseline.takenAt)))})
            </option>
          ))}
        </select>
      </label>
      <span className="compare-summary" role="status">
        {changesSummary(compared.changes)}
      </span>
      {removed.length > 0 && (
        <span className="compare-removed">
          Removed: {named.join(', ')}
          {removed.length > named.length ? ` and ${removed.length - named.length} more` : ''}
        </span>
      )}
      <span className="compare-spacer" />
      <label className="inline-field">
        <input
          type="checkbox"
          checked={onlyChanged}
          onChange={(event) => useUiStore.setState({ onlyChanged: event.target.checked })}
        />
        Only what changed
      </label>
      <button type="button" className="link" onClick={() => useUiStore.getState().showView('changes')}>
        Review all changes
      </button>
      <button
        type="button"
        aria-label="Stop comparing"
        title="Stop comparing"
        onClick={() => useUiStore.setState({ comparing: false, onlyChanged: false })}
      >
        ×
      </button>
    </div>
  );
}
