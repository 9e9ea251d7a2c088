import { changesSummary } from '../../shared';
import { useTimelineComparison } from '../state/use-changes';
import { useUiStore } from '../state/ui-store';
import { ComparedWithPicker } from './ComparedWithPicker';

/** At most this many removed initiatives are named above the canvas; the review lists them all. */
const REMOVED_NAMED = 5;

/**
 * Above the timeline while it compares with a baseline (or another roadmap): which one, what changed in a line, the
 * initiatives removed since (they have no bar to mark), "only what changed", and the way to the review.
 */
export function CompareBar() {
  const comparing = useUiStore((state) => state.comparing);
  const compared = useTimelineComparison();
  const onlyChanged = useUiStore((state) => state.onlyChanged);
  const reading = useUiStore((state) => (state.comparedRoadmapId ? state.comparedRoadmapTitle : null));
  if (!comparing) return null;
  const changes = compared?.changes ?? null;
  const removed = changes ? [...changes.initiatives.values()].filter((change) => change.kind === 'removed') : [];
  const named = removed.slice(0, REMOVED_NAMED).map((change) => change.before!.title || 'Untitled');
  return (
    <div className="compare-bar" role="region" aria-label="Comparison">
      <ComparedWithPicker label="Compared with" />
      <span className="compare-summary" role="status">
        {changes
          ? changesSummary(changes)
          : compared?.unreadable
            ? 'This baseline cannot be read (its snapshot is damaged): choose another.'
            : compared
              ? `Reading the plan as it stood at ${compared.name}…`
              : reading !== null
                ? `Reading ${reading}…`
                : 'Take a baseline, or duplicate the roadmap, to compare with.'}
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
