import { memo, useMemo } from 'react';
import {
  barRect,
  spanOf,
  GOAL_STATUS_LABELS,
  STATUS_COLORS,
  NO_TEAM_COLOR,
  type Lane as LaneModel,
  type LaneLayout,
  type TimeScale,
} from '../../shared';
import { selectionOf, useUiStore } from '../state/ui-store';
import { useLaneStanding, type LaneStanding } from '../state/use-alignment';
import { usePeersStore } from '../presence/peers-store';
import { InitiativeBar } from './InitiativeBar';
import { MilestoneMarker } from './MilestoneMarker';
import { ProgressBar } from '../ui/ProgressBar';
import { formatRange, keyResultSummary } from '../ui/format';
import { BAR_HEIGHT, CANVAS_LANE_METRICS, LANE_HEADER_WIDTH, MIN_BAR_WIDTH } from './geometry';
import { barsInView } from './bars-in-view';

const UNALIGNED_COLOR = '#64748b';

interface LaneProps {
  layout: LaneLayout;
  /** Team colors, for coloring bars by team. */
  teamPalette: ReadonlyMap<string, string>;
  scale: TimeScale;
  /** The horizontal window in view (canvas x): only bars and milestones crossing it are rendered. */
  viewFrom: number;
  viewTo: number;
}

/** One swimlane: its goal header (title, owner, key-result progress) and the bars and milestones in view. */
export const Lane = memo(function Lane({ layout, teamPalette, scale, viewFrom, viewTo }: LaneProps) {
  const { lane, rows, rowsTop, collapsed } = layout;
  const goal = lane.goal;
  const color = goal?.color ?? UNALIGNED_COLOR;
  const title = goal ? goal.title : 'Unaligned';
  const standing = useLaneStanding(goal?.id ?? null);
  // Narrow selections: a click elsewhere re-renders only the lanes whose selected item changed.
  const selectedId = useUiStore((state) => {
    const selection = selectionOf(state);
    if (!selection) return null;
    if (selection.kind === 'goal') return selection.id === goal?.id ? selection.id : null;
    if (selection.kind === 'milestone')
      return lane.milestones.some((item) => item.id === selection.id) ? selection.id : null;
    return null;
  });
  // The selected initiatives on this lane, as one string so an unrelated selection change is equal.
  const selectedHere = useUiStore((state) =>
    state.selectedInitiatives.filter((id) => lane.initiatives.some((item) => item.id === id)).join(' '),
  );
  const selectedBars = useMemo(() => new Set(selectedHere.split(' ')), [selectedHere]);
  // What collaborators have selected or are dragging here, in their colors (as "id:color" pairs, so a
  // change elsewhere leaves this lane alone).
  const markedHere = usePeersStore((state) =>
    lane.initiatives
      .flatMap((item) => (state.markedBy.has(item.id) ? [`${item.id}:${state.markedBy.get(item.id)}`] : []))
      .join(' '),
  );
  const markedBars = useMemo(
    () => new Map(markedHere ? markedHere.split(' ').map((pair) => pair.split(':') as [string, string]) : []),
    [markedHere],
  );
  const select = useUiStore((state) => state.select);
  const toggleLane = useUiStore((state) => state.toggleLane);
  const colorBy = useUiStore((state) => state.colorBy);

  const compared = layout.compared;
  const visibleBars = useMemo(
    () => (collapsed ? [] : barsInView(lane.initiatives, rows, scale, viewFrom, viewTo, compared)),
    [collapsed, lane.initiatives, rows, scale, viewFrom, viewTo, compared],
  );
  // Where moved bars were in the baseline, each in its bar's row (packed with it, so it overlaps no other).
  const visibleGhosts = useMemo(() => {
    if (collapsed || !compared) return [];
    const rowOf = new Map(lane.initiatives.map((initiative, index) => [initiative.id, rows[index]!]));
    return [...compared].flatMap(([id, bar]) => {
      const row = rowOf.get(id);
      if (!bar.was || row === undefined) return [];
      const { x, width } = scale.span(bar.was.startDate, bar.was.endDate);
      const right = x + Math.max(MIN_BAR_WIDTH, width);
      return right >= viewFrom && x <= viewTo ? [{ id, x, width: right - x, row, was: bar.was }] : [];
    });
  }, [collapsed, compared, lane.initiatives, rows, scale, viewFrom, viewTo]);
  const visibleMilestones = useMemo(() => {
    if (collapsed) return [];
    return lane.milestones.filter((milestone) => {
      const x = scale.xOf(milestone.date);
      return x >= viewFrom - 200 && x <= viewTo;
    });
  }, [collapsed, lane.milestones, scale, viewFrom, viewTo]);

  return (
    <section
      className={`lane${goal ? '' : ' unaligned'}${goal && selectedId === goal.id ? ' selected' : ''}${collapsed ? ' collapsed' : ''}${colorBy === 'goal' ? '' : ' colored-by-other'}`}
      aria-label={title}
      data-lane-key={lane.key}
      style={{
        top: layout.top,
        height: layout.height,
        width: LANE_HEADER_WIDTH + scale.width,
        ['--lane-color' as string]: color,
      }}
    >
      <div
        className="lane-header"
        data-drag={goal ? 'lane' : 'none'}
        title={goal ? 'Drag to reorder the goals' : undefined}
        style={{ width: LANE_HEADER_WIDTH, paddingLeft: 8 + lane.depth * 14 }}
      >
        {/* Sticks under the time header, so a tall lane scrolled part way still says which goal it is. */}
        <div className="lane-header-content">
          <div className="lane-title-row">
            <button
              type="button"
              className="lane-toggle"
              aria-expanded={!collapsed}
              aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${title}`}
              onClick={(event) => {
                event.stopPropagation();
                toggleLane(lane.key);
              }}
            >
              {collapsed ? '▸' : '▾'}
            </button>
            {goal ? (
              <button
                type="button"
                className="lane-title"
                onClick={(event) => {
                  event.stopPropagation();
                  select({ kind: 'goal', id: goal.id });
                }}
                title={goal.title}
              >
                <span className="lane-swatch" aria-hidden="true" />
                <span className="lane-name">{goal.title}</span>
              </button>
            ) : (
              <span className="lane-title static">
                <span className="lane-name">Unaligned</span>
              </span>
            )}
            {collapsed && <span className="lane-count">{lane.initiatives.length}</span>}
          </div>
          {!collapsed && goal && standing && (
            <div className="lane-meta">
              <span
                className={`goal-status status-${standing.status}`}
                title={standing.fromCheckIns ? 'From check-ins' : 'Set by the owner'}
              >
                {GOAL_STATUS_LABELS[standing.status]}
              </span>
              {goal.owner && <span className="lane-owner">{goal.owner}</span>}
            </div>
          )}
          {!collapsed && goal && standing && standing.progress !== null && (
            <div
              className="lane-progress"
              // Each key result's baseline → current → target, for a glance without opening the goal.
              title={lane.keyResults.map(keyResultSummary).join('\n')}
            >
              <ProgressBar
                value={standing.progress}
                expected={standing.expected}
                label={`${goal.title} key results: ${standing.progress}%`}
              />
              <span>{standing.progress}%</span>
              <StandingMarks standing={standing} />
            </div>
          )}
          {!collapsed && !goal && <div className="lane-meta muted">Initiatives without a goal</div>}
          {!collapsed && goal && goal.problems.length > 0 && (
            <div className="lane-warning" role="status">
              ⚠ {goal.problems[0]!.message}
            </div>
          )}
        </div>
      </div>
      <div
        className="lane-body"
        data-drag={collapsed ? 'none' : 'create'}
        style={{ left: LANE_HEADER_WIDTH, width: scale.width }}
      >
        {collapsed && <CollapsedSummary lane={lane} scale={scale} standing={standing} />}
        {visibleMilestones.map((milestone) => (
          <MilestoneMarker
            key={milestone.id}
            milestone={milestone}
            scale={scale}
            color={color}
            selected={selectedId === milestone.id}
            onSelect={selectMilestone}
          />
        ))}
        {visibleGhosts.map((ghost) => (
          <div
            key={`was-${ghost.id}`}
            className="bar-was"
            style={{
              left: ghost.x,
              width: ghost.width,
              top: barRect({ top: 0, rowsTop }, ghost.row, CANVAS_LANE_METRICS).top,
              height: BAR_HEIGHT,
            }}
            title={`In the baseline: ${formatRange(ghost.was.startDate, ghost.was.endDate)}`}
            aria-hidden="true"
          />
        ))}
        {visibleBars.map(({ initiative, row, outsideLabel, stickyTitle }) => (
          <InitiativeBar
            mark={compared?.get(initiative.id) ?? null}
            key={initiative.id}
            initiative={initiative}
            scale={scale}
            outsideLabel={outsideLabel}
            stickyTitle={stickyTitle}
            top={barRect({ top: 0, rowsTop }, row, CANVAS_LANE_METRICS).top}
            color={
              colorBy === 'goal'
                ? color
                : colorBy === 'status'
                  ? STATUS_COLORS[initiative.status]
                  : (teamPalette.get(initiative.team) ?? NO_TEAM_COLOR)
            }
            selected={selectedBars.has(initiative.id)}
            markedBy={markedBars.get(initiative.id) ?? null}
            onSelect={selectInitiative}
          />
        ))}
      </div>
    </section>
  );
});

/** Behind pace and stale key results, as short marks in a lane header (spelled out for screen readers). */
function StandingMarks({ standing }: { standing: LaneStanding }) {
  return (
    <>
      {standing.behindPace && (
        <span className="lane-mark behind" title={`Behind pace: ${standing.expected}% expected by now`}>
          behind
        </span>
      )}
      {standing.staleKeyResults > 0 && (
        <span
          className="lane-mark stale"
          title={`${standing.staleKeyResults} key result${standing.staleKeyResults === 1 ? '' : 's'} not checked in lately`}
          aria-label={`${standing.staleKeyResults} stale key result${standing.staleKeyResults === 1 ? '' : 's'}`}
        >
          stale
        </span>
      )}
    </>
  );
}

/**
 * What a collapsed lane still says on the canvas: one band over the time its initiatives span, with how
 * many there are, the goal's status and its key-result progress.
 */
function CollapsedSummary({
  lane,
  scale,
  standing,
}: {
  lane: LaneModel;
  scale: TimeScale;
  standing: LaneStanding | null;
}) {
  if (lane.initiatives.length === 0) return null;
  const covered = spanOf(lane.initiatives)!;
  const { x, width } = scale.span(covered.startDate, covered.endDate);
  const count = lane.initiatives.length;
  const text = [
    `${count} ${count === 1 ? 'initiative' : 'initiatives'}`,
    standing && GOAL_STATUS_LABELS[standing.status],
    standing && standing.progress !== null && `${standing.progress}% of key results`,
    standing?.behindPace && 'behind pace',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="lane-summary" style={{ left: x, width: Math.max(MIN_BAR_WIDTH, width) }}>
      <span>{text}</span>
    </div>
  );
}

// Stable across renders so memoized bars and milestones do not re-render when another one is selected.
function selectInitiative(id: string, additive: boolean) {
  if (additive) useUiStore.getState().toggleInitiative(id);
  else useUiStore.getState().select({ kind: 'initiative', id });
}
function selectMilestone(id: string) {
  useUiStore.getState().select({ kind: 'milestone', id });
}
