import { memo, useMemo } from 'react';
import { GOAL_STATUS_LABELS, packRows, type Lane as LaneModel, type TimeScale } from '../../shared';
import { useUiStore, type Selection } from '../state/ui-store';
import { InitiativeBar } from './InitiativeBar';
import { MilestoneMarker } from './MilestoneMarker';
import { ProgressBar } from './ProgressBar';
import {
  BAR_HEIGHT,
  LANE_HEADER_WIDTH,
  LANE_PADDING,
  MILESTONE_BAND,
  MIN_LANE_BODY,
  MIN_LANE_HEIGHT,
  ROW_HEIGHT,
} from './geometry';

const UNALIGNED_COLOR = '#64748b';

/** The height a lane needs for its rows of bars (and its milestones). */
export function laneHeight(lane: LaneModel): number {
  const { rowCount } = packRows(lane.initiatives);
  const band = lane.milestones.length > 0 ? MILESTONE_BAND : 0;
  return Math.max(MIN_LANE_HEIGHT, band + Math.max(MIN_LANE_BODY, rowCount * ROW_HEIGHT) + 2 * LANE_PADDING);
}

interface LaneProps {
  lane: LaneModel;
  scale: TimeScale;
}

/** One swimlane: its goal header (title, owner, key-result progress) and its bars and milestones. */
export const Lane = memo(function Lane({ lane, scale }: LaneProps) {
  const select = useUiStore((state) => state.select);
  const selection = useUiStore((state) => state.selection);
  const { rows } = useMemo(() => packRows(lane.initiatives), [lane.initiatives]);
  const goal = lane.goal;
  const color = goal?.color ?? UNALIGNED_COLOR;
  const band = lane.milestones.length > 0 ? MILESTONE_BAND : 0;
  const title = goal ? goal.title : 'Unaligned';
  const isSelected = (kind: NonNullable<Selection>['kind'], id: string) =>
    selection?.kind === kind && selection.id === id;

  return (
    <section
      className={`lane${goal ? '' : ' unaligned'}${goal && isSelected('goal', goal.id) ? ' selected' : ''}`}
      aria-label={title}
      style={{ height: laneHeight(lane), ['--lane-color' as string]: color }}
    >
      <div className="lane-header" style={{ width: LANE_HEADER_WIDTH, paddingLeft: 12 + lane.depth * 14 }}>
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
        {goal && (
          <div className="lane-meta">
            <span className={`goal-status status-${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
            {goal.owner && <span className="lane-owner">{goal.owner}</span>}
          </div>
        )}
        {goal && lane.progress !== null && (
          <div className="lane-progress">
            <ProgressBar value={lane.progress} label={`${goal.title} key results: ${Math.round(lane.progress)}%`} />
            <span>{Math.round(lane.progress)}%</span>
          </div>
        )}
        {!goal && <div className="lane-meta muted">Initiatives without a goal</div>}
        {goal && goal.problems.length > 0 && (
          <div className="lane-warning" role="status">
            ⚠ {goal.problems[0]!.message}
          </div>
        )}
      </div>
      <div className="lane-body" style={{ left: LANE_HEADER_WIDTH, width: scale.width }}>
        {lane.milestones.map((milestone) => (
          <MilestoneMarker
            key={milestone.id}
            milestone={milestone}
            scale={scale}
            color={color}
            selected={isSelected('milestone', milestone.id)}
            onSelect={(id) => select({ kind: 'milestone', id })}
          />
        ))}
        {lane.initiatives.map((initiative, index) => (
          <InitiativeBar
            key={initiative.id}
            initiative={initiative}
            scale={scale}
            top={band + LANE_PADDING + rows[index]! * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2}
            color={color}
            selected={isSelected('initiative', initiative.id)}
            onSelect={selectInitiative}
          />
        ))}
      </div>
    </section>
  );
});

// Stable across renders so memoized bars do not re-render when another bar is selected.
function selectInitiative(id: string) {
  useUiStore.getState().select({ kind: 'initiative', id });
}
