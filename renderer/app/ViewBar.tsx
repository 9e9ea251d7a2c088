import { useContext, useMemo, useState } from 'react';
import {
  filterChoices,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  isFiltering,
  selectOrderedGoals,
  STATUS_COLORS,
  teamColors,
  type ColorBy,
  type InitiativeStatus,
} from '../../shared';
import { LibraryContext, useRoadmap } from '../state/session-context';
import { useLibraryEntries } from '../state/use-library-entries';
import { MAIN_VIEW_LABELS, MAIN_VIEWS, useUiStore } from '../state/ui-store';

const ANY = '';
/** A legend longer than this shows its first entries and a button for the rest, so it never crowds the canvas. */
const LEGEND_PREVIEW = 10;

/** Color-by choice with its legend, and the filters (with a chip saying what is hidden). */
export function ViewBar() {
  const colorBy = useUiStore((state) => state.colorBy);
  const filter = useUiStore((state) => state.filter);
  const { setColorBy, setFilter, clearFilter } = useUiStore.getState();
  const initiatives = useRoadmap((snapshot) => snapshot.initiatives);
  const choices = useMemo(() => filterChoices(initiatives.values()), [initiatives]);
  const teamPalette = useMemo(() => teamColors(choices.teams), [choices.teams]);
  const goals = useRoadmap(selectOrderedGoals);
  const keyResults = useRoadmap((snapshot) => snapshot.keyResults);
  // Grouped under their goals, in lane order.
  const keyResultOptions = useMemo(
    () =>
      goals.flatMap((goal) =>
        [...keyResults.values()]
          .filter((keyResult) => keyResult.goalId === goal.id)
          .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
          .map((keyResult) => ({ value: keyResult.id, label: `${goal.title}: ${keyResult.title}` })),
      ),
    [goals, keyResults],
  );

  const legend: { label: string; color: string }[] =
    colorBy === 'goal'
      ? [...goals.map((goal) => ({ label: goal.title, color: goal.color })), { label: 'Unaligned', color: '#64748b' }]
      : colorBy === 'status'
        ? INITIATIVE_STATUSES.map((status) => ({
            label: INITIATIVE_STATUS_LABELS[status],
            color: STATUS_COLORS[status],
          }))
        : [
            ...choices.teams.map((team) => ({ label: team, color: teamPalette.get(team)! })),
            { label: 'No team', color: teamPalette.get('')! },
          ];
  const [legendOpen, setLegendOpen] = useState(false);
  const hiddenEntries = legendOpen ? 0 : Math.max(0, legend.length - LEGEND_PREVIEW);
  const active = [
    filter.text.trim() && `“${filter.text.trim()}”`,
    filter.status && INITIATIVE_STATUS_LABELS[filter.status],
    filter.owner && `owner ${filter.owner}`,
    filter.team && `team ${filter.team}`,
    filter.tag && `#${filter.tag}`,
    filter.keyResultId && `serves ${keyResults.get(filter.keyResultId)?.title ?? 'a deleted key result'}`,
  ].filter(Boolean);

  const view = useUiStore((state) => state.view);
  const comparing = useUiStore((state) => state.comparing);
  const hasBaseline = useRoadmap((snapshot) => snapshot.baselines.size > 0);
  // Another roadmap on this device can be the "before" too (a duplicate, the original).
  const roadmaps = useLibraryEntries(useContext(LibraryContext));
  const hasOtherRoadmap = roadmaps.length > 1;
  const originalId = useRoadmap((snapshot) => snapshot.meta.duplicatedFrom?.roadmapId ?? null);
  const original = roadmaps.find((entry) => entry.id === originalId);
  return (
    <div className="view-bar" role="group" aria-label="View options">
      <div className="view-tabs" role="tablist" aria-label="View">
        {MAIN_VIEWS.map((choice, index) => (
          <button
            key={choice}
            type="button"
            role="tab"
            aria-selected={view === choice}
            aria-keyshortcuts={`Control+Shift+${index + 1}`}
            title={`${MAIN_VIEW_LABELS[choice]} (Ctrl+Shift+${index + 1})`}
            className={view === choice ? 'active' : undefined}
            onClick={() => useUiStore.getState().showView(choice)}
          >
            {MAIN_VIEW_LABELS[choice]}
          </button>
        ))}
      </div>
      {view === 'timeline' && (hasBaseline || hasOtherRoadmap) && (
        <button
          type="button"
          aria-pressed={comparing}
          onClick={() => {
            // A duplicate with no baseline of its own is compared with its original (a scenario with the plan).
            const { comparedRoadmapId } = useUiStore.getState();
            const compareOriginal = !comparing && !hasBaseline && !comparedRoadmapId && original;
            useUiStore.setState({
              comparing: !comparing,
              onlyChanged: false,
              ...(compareOriginal ? { comparedRoadmapId: original.id, comparedRoadmapTitle: original.title } : {}),
            });
          }}
          title="Show on the timeline what changed since a baseline: where bars were, and how they moved"
        >
          Compare
        </button>
      )}
      <input
        type="search"
        aria-label="Search initiatives"
        placeholder="Search initiatives"
        value={filter.text}
        onChange={(event) => setFilter({ text: event.target.value })}
      />
      <FilterSelect
        label="Status"
        value={filter.status ?? ANY}
        options={INITIATIVE_STATUSES.map((status) => ({ value: status, label: INITIATIVE_STATUS_LABELS[status] }))}
        onChange={(value) => setFilter({ status: (value || null) as InitiativeStatus | null })}
      />
      <FilterSelect
        label="Owner"
        value={filter.owner ?? ANY}
        options={choices.owners.map(asOption)}
        onChange={(value) => setFilter({ owner: value || null })}
      />
      <FilterSelect
        label="Team"
        value={filter.team ?? ANY}
        options={choices.teams.map(asOption)}
        onChange={(value) => setFilter({ team: value || null })}
      />
      <FilterSelect
        label="Tag"
        value={filter.tag ?? ANY}
        options={choices.tags.map(asOption)}
        onChange={(value) => setFilter({ tag: value || null })}
      />
      <FilterSelect
        label="Serves key result"
        any="Serves any key result"
        value={filter.keyResultId ?? ANY}
        options={keyResultOptions}
        onChange={(value) => setFilter({ keyResultId: value || null })}
      />
      {isFiltering(filter) && (
        <span className="chip filter" role="status">
          Filtered: {active.join(', ')}
          <button type="button" className="link" aria-label="Clear filters" onClick={clearFilter}>
            ×
          </button>
        </span>
      )}
      <span className="toolbar-gap" />
      {/* Named by aria-label: a label wrapping the select would add its options to the name. */}
      <label className="inline-field">
        Color by
        <select
          aria-label="Color bars by"
          value={colorBy}
          onChange={(event) => setColorBy(event.target.value as ColorBy)}
        >
          <option value="goal">Goal</option>
          <option value="status">Status</option>
          <option value="team">Team</option>
        </select>
      </label>
      <ul className={`legend${legendOpen ? ' open' : ''}`} aria-label="Legend">
        {legend.slice(0, legend.length - hiddenEntries).map((entry) => (
          <li key={entry.label}>
            <span className="legend-swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
        {(hiddenEntries > 0 || legendOpen) && (
          <li>
            <button
              type="button"
              className="link"
              aria-expanded={legendOpen}
              onClick={() => setLegendOpen(!legendOpen)}
            >
              {legendOpen ? 'Show less' : `+${hiddenEntries} more`}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

function asOption(value: string) {
  return { value, label: value };
}

function FilterSelect({
  label,
  any,
  value,
  options,
  onChange,
}: {
  label: string;
  /** What the "no filter" choice says (default "Any <label>"). */
  any?: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <select
      aria-label={`Filter by ${label.toLowerCase()}`}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value={ANY}>{any ?? `Any ${label.toLowerCase()}`}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
