import { useContext } from 'react';
import { localDayOf, type RoadmapEntry, type RoadmapLibrary } from '../../shared';
import { formatDay } from '../ui/format';
import { LibraryContext, useRoadmap, useSession } from '../state/session-context';
import { useLibraryEntries } from '../state/use-library-entries';
import { useBaselines } from '../state/use-changes';
import { useUiStore } from '../state/ui-store';

function useOtherRoadmaps(library: RoadmapLibrary | null): RoadmapEntry[] {
  const entries = useLibraryEntries(library);
  const session = useSession();
  return entries.filter((entry) => entry.id !== session.roadmapId);
}

/**
 * Picks what the plan is compared with: one of its baselines (newest first), or another roadmap on this
 * device: the one it was duplicated from first (a scenario against the plan), then the others.
 */
export function ComparedWithPicker({ label }: { label: string }) {
  const baselines = useBaselines();
  const others = useOtherRoadmaps(useContext(LibraryContext));
  const originalId = useRoadmap((snapshot) => snapshot.meta.duplicatedFrom?.roadmapId ?? null);
  const original = others.find((entry) => entry.id === originalId);
  const rest = others.filter((entry) => entry !== original);
  const chosenRoadmap = useUiStore((state) => state.comparedRoadmapId);
  const chosenBaseline = useUiStore((state) => state.comparedBaselineId);
  const chosenTitle = useUiStore((state) => state.comparedRoadmapTitle);
  // The chosen baseline while it exists, else the latest.
  const baseline = baselines.find((candidate) => candidate.id === chosenBaseline) ?? baselines[0];
  const value = chosenRoadmap ? `roadmap:${chosenRoadmap}` : baseline ? `baseline:${baseline.id}` : '';
  const choose = (choice: string) => {
    const [kind, id] = [choice.slice(0, choice.indexOf(':')), choice.slice(choice.indexOf(':') + 1)];
    if (kind === 'baseline') useUiStore.setState({ comparedBaselineId: id, comparedRoadmapId: null });
    else {
      const title = others.find((entry) => entry.id === id)?.title ?? 'another roadmap';
      useUiStore.setState({ comparedRoadmapId: id, comparedRoadmapTitle: title });
    }
  };
  if (baselines.length === 0 && others.length === 0) return null;
  return (
    <label className="changes-baseline-choice">
      <span>{label}</span>
      <select aria-label="Compared with" value={value} onChange={(event) => choose(event.target.value)}>
        {value === '' && <option value="">Choose…</option>}
        {baselines.length > 0 && (
          <optgroup label="Baselines">
            {baselines.map((baseline) => (
              <option key={baseline.id} value={`baseline:${baseline.id}`}>
                {baseline.name} ({formatDay(localDayOf(new Date(baseline.takenAt)))})
              </option>
            ))}
          </optgroup>
        )}
        {chosenRoadmap && !others.some((entry) => entry.id === chosenRoadmap) && (
          <option value={`roadmap:${chosenRoadmap}`}>{chosenTitle}</option>
        )}
        {others.length > 0 && (
          <optgroup label="Other roadmaps">
            {original && <option value={`roadmap:${original.id}`}>{original.title} (the original)</option>}
            {rest.map((entry) => (
              <option key={entry.id} value={`roadmap:${entry.id}`}>
                {entry.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
