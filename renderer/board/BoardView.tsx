import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { DndContext, DragOverlay, useDroppable } from '@dnd-kit/core';
import {
  boardCellId,
  boardRows,
  filterChoices,
  filterLanes,
  HORIZON_KEYS,
  horizonsAt,
  INITIATIVE_STATUS_LABELS,
  isLate,
  NO_TEAM_COLOR,
  laneKeyOf,
  matchesFilter,
  selectLanes,
  selectUnscheduled,
  STATUS_COLORS,
  teamColors,
  type BoardCell,
  type Horizon,
  type HorizonPeriod,
  type Initiative,
  type Lane,
} from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { sameItems } from '../state/use-external';
import { useUiStore } from '../state/ui-store';
import { useToday } from '../state/use-today';
import { formatDay, formatRange } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { BoardCard, CardBody, useServedKeyResults } from './BoardCard';
import { useBoardDrag } from './use-board-drag';
import './board.css';

const UNALIGNED_COLOR = '#64748b';
const HORIZON_NAMES = { now: 'Now', next: 'Next', later: 'Later' } as const;
const PERIOD_NAMES: Record<HorizonPeriod, string> = { month: 'a month', quarter: 'a quarter', half: 'half a year' };

/**
 * The Now/Next/Later board (issue #15): columns are horizons (the period containing today, the one after,
 * and beyond), rows are goals as the timeline's lanes are. Cards move between cells by pointer or keyboard;
 * a drop reschedules to the horizon's start and/or re-aligns to the row's goal in one undo step.
 */
/** A row of the board: a lane with its unscheduled initiatives too (see selectUnscheduled). */
type BoardLane = Omit<Lane, 'initiatives'> & { readonly initiatives: readonly Initiative[] };

export function BoardView({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const today = useToday();
  const lanes = useRoadmap(selectLanes);
  const period = useRoadmap((snapshot) => snapshot.meta.horizonPeriod);
  const fiscalYearStartMonth = useRoadmap((snapshot) => snapshot.meta.fiscalYearStartMonth);
  const filter = useUiStore((state) => state.filter);
  const collapsedLanes = useUiStore((state) => state.collapsedLanes);
  const toggleLane = useUiStore((state) => state.toggleLane);
  const colorBy = useUiStore((state) => state.colorBy);
  const selected = useUiStore((state) => state.selectedInitiatives);
  const select = useUiStore((state) => state.select);
  const toggleInitiative = useUiStore((state) => state.toggleInitiative);
  const teams = useRoadmap((snapshot) => filterChoices(snapshot.initiatives.values()).teams, sameItems);
  const teamPalette = useMemo(() => teamColors(teams), [teams]);

  const horizons = useMemo(
    () => horizonsAt(today, period, fiscalYearStartMonth),
    [today, period, fiscalYearStartMonth],
  );
  const unscheduled = useRoadmap(selectUnscheduled);
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const { rows, finishedEarlier } = useMemo(() => {
    // Unscheduled ideas sit in Later, on their goal's row, after the lane's scheduled work.
    const ideas = new Map<string, Initiative[]>();
    for (const initiative of unscheduled) {
      if (!matchesFilter(initiative, filter)) continue;
      const key = laneKeyOf(initiative.goalId, goals);
      ideas.set(key, [...(ideas.get(key) ?? []), initiative]);
    }
    const boardLanes: BoardLane[] = filterLanes(lanes, filter).map((lane) => ({
      ...lane,
      initiatives: [...lane.initiatives, ...(ideas.get(lane.key) ?? [])],
    }));
    return boardRows(boardLanes, horizons);
  }, [lanes, unscheduled, goals, filter, horizons]);
  const laneKeys = useMemo(() => rows.map((row) => row.lane.key), [rows]);
  const rowName = useCallback(
    (laneKey: string) => {
      const lane = lanes.find((candidate) => candidate.key === laneKey);
      return lane?.goal?.title ?? 'Unaligned';
    },
    [lanes],
  );
  const drag = useBoardDrag({ session, horizons, laneKeys, rowName });

  const colorOf = (initiative: Initiative, lane: BoardLane) =>
    colorBy === 'goal'
      ? (lane.goal?.color ?? UNALIGNED_COLOR)
      : colorBy === 'status'
        ? STATUS_COLORS[initiative.status]
        : (teamPalette.get(initiative.team) ?? NO_TEAM_COLOR);
  const onSelect = useCallback(
    (id: string, additive: boolean) => (additive ? toggleInitiative(id) : select({ kind: 'initiative', id })),
    [select, toggleInitiative],
  );

  // A dropped card is rendered anew in its cell: give it the keyboard focus back there.
  const board = useRef<HTMLElement>(null);
  const { focusAfterDrop, focused } = drag;
  useLayoutEffect(() => {
    if (!focusAfterDrop) return;
    board.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(focusAfterDrop)}"]`)?.focus();
    focused();
  }, [focusAfterDrop, focused, rows]);

  const active = drag.activeId ? session.store.getSnapshot().initiatives.get(drag.activeId) : undefined;
  const selectedSet = new Set(selected);
  return (
    <section
      ref={board}
      className={`board-view${readOnly ? ' read-only' : ''}`}
      aria-label="Now, Next, Later"
      onClick={() => {
        if (!drag.clickFollowsDrag()) select(null);
      }}
    >
      <div className="board-bar">
        <span className="muted">
          Columns span {PERIOD_NAMES[period]}; Now is the one with today in it.{' '}
          <button
            type="button"
            className="link-button"
            onClick={(event) => {
              event.stopPropagation();
              select({ kind: 'roadmap' });
            }}
          >
            Change
          </button>
        </span>
        {finishedEarlier > 0 && (
          <span className="board-finished" role="note">
            {finishedEarlier} finished earlier {finishedEarlier === 1 ? 'is' : 'are'} not shown
          </span>
        )}
      </div>
      <DndContext {...drag.context} sensors={readOnly ? NO_SENSORS : drag.context.sensors}>
        <div className="board-grid">
          <div className="board-corner">Goals</div>
          {HORIZON_KEYS.map((key) => (
            <ColumnHead key={key} horizon={horizons[key]} />
          ))}
          {rows.map(({ lane, cells }) => {
            const collapsed = collapsedLanes[lane.key] === true;
            return (
              <div
                key={lane.key}
                className={`board-row${collapsed ? ' collapsed' : ''}`}
                role="group"
                aria-label={rowName(lane.key)}
              >
                <RowHead lane={lane} collapsed={collapsed} onToggle={() => toggleLane(lane.key)} />
                {HORIZON_KEYS.map((key) => {
                  const cell: BoardCell = { laneKey: lane.key, horizon: key };
                  const cards = cells[key];
                  return (
                    <CellDrop key={key} cell={cell} label={`${HORIZON_NAMES[key]}, ${rowName(lane.key)}`}>
                      {collapsed
                        ? cards.length > 0 && (
                            <span className="board-folded">
                              {cards.length} {cards.length === 1 ? 'card' : 'cards'}
                            </span>
                          )
                        : cards.map((initiative) => (
                            <BoardCard
                              key={initiative.id}
                              initiative={initiative}
                              laneKey={lane.key}
                              horizon={key}
                              color={colorOf(initiative, lane)}
                              selected={selectedSet.has(initiative.id)}
                              late={isLate(initiative, horizons)}
                              lifted={drag.draggedCount > 1 && selectedSet.has(initiative.id)}
                              movable={!readOnly}
                              onSelect={onSelect}
                            />
                          ))}
                    </CellDrop>
                  );
                })}
              </div>
            );
          })}
        </div>
        <DragOverlay dropAnimation={null}>
          {active ? (
            <DraggedCard
              initiative={active}
              count={drag.draggedCount}
              late={isLate(active, horizons)}
              color={colorOf(
                active,
                laneOf(
                  rows.map((row) => row.lane),
                  active.id,
                ),
              )}
            />
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

const NO_SENSORS: never[] = [];

/** The lane an initiative is on (the last, Unaligned, when it is on none). */
function laneOf(lanes: readonly BoardLane[], id: string): BoardLane {
  return lanes.find((lane) => lane.initiatives.some((initiative) => initiative.id === id)) ?? lanes[lanes.length - 1]!;
}

/** A column's heading: the horizon, the period it stands for, and its dates. */
function ColumnHead({ horizon }: { horizon: Horizon }) {
  return (
    <div className={`board-column-head ${horizon.key}`}>
      <h2>
        {HORIZON_NAMES[horizon.key]} <span className="board-period">{horizon.label}</span>
      </h2>
      <span className="board-range">
        {horizon.end ? formatRange(horizon.start, horizon.end) : `From ${formatDay(horizon.start)}`}
      </span>
    </div>
  );
}

/** A row's heading: its goal (selects it) with its progress, or Unaligned; folds the row. */
function RowHead({ lane, collapsed, onToggle }: { lane: BoardLane; collapsed: boolean; onToggle: () => void }) {
  const select = useUiStore((state) => state.select);
  const selectedOther = useUiStore((state) => state.selectedOther);
  const { goal } = lane;
  const title = goal?.title ?? 'Unaligned';
  return (
    <div
      className={`board-row-head${goal && selectedOther?.kind === 'goal' && selectedOther.id === goal.id ? ' selected' : ''}`}
      style={{ paddingLeft: 10 + lane.depth * 16, ['--lane-color' as string]: goal?.color ?? UNALIGNED_COLOR }}
    >
      <button
        type="button"
        className="lane-toggle"
        aria-expanded={!collapsed}
        aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${title}`}
        onClick={(event) => {
          event.stopPropagation();
          onToggle();
        }}
      >
        {collapsed ? '▸' : '▾'}
      </button>
      <div className="board-row-title">
        {goal ? (
          <button
            type="button"
            className="lane-title"
            title={goal.title}
            onClick={(event) => {
              event.stopPropagation();
              select({ kind: 'goal', id: goal.id });
            }}
          >
            <span className="lane-swatch" aria-hidden="true" />
            <span className="lane-name">{goal.title}</span>
          </button>
        ) : (
          <span className="lane-title static">
            <span className="lane-name">Unaligned</span>
          </span>
        )}
        {goal && lane.progress !== null && (
          <span className="board-row-progress">
            <ProgressBar value={lane.progress} label={`${goal.title} key results: ${Math.round(lane.progress)}%`} />
            {Math.round(lane.progress)}%
          </span>
        )}
        {!goal && <span className="board-row-progress">Initiatives without a goal</span>}
      </div>
    </div>
  );
}

/** One cell (a row in a column): where cards are dropped. dnd-kit knows the cells, not the cards, as targets. */
function CellDrop({ cell, label, children }: { cell: BoardCell; label: string; children: ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: boardCellId(cell) });
  return (
    <div
      ref={setNodeRef}
      className={`board-cell ${cell.horizon}${isOver ? ' over' : ''}`}
      role="group"
      aria-label={label}
    >
      {children}
    </div>
  );
}

/** The card under the pointer while dragging (with how many more come along). */
function DraggedCard({
  initiative,
  count,
  late,
  color,
}: {
  initiative: Initiative;
  count: number;
  late: boolean;
  color: string;
}) {
  const serves = useServedKeyResults(initiative);
  return (
    <div
      className={`board-card dragged status-${initiative.status}`}
      style={{ ['--lane-color' as string]: color }}
      aria-hidden="true"
    >
      <CardBody
        initiative={initiative}
        status={INITIATIVE_STATUS_LABELS[initiative.status]}
        range={formatRange(initiative.startDate, initiative.endDate)}
        serves={serves}
        late={late}
      />
      {count > 1 && <span className="board-card-more">+{count - 1}</span>}
    </div>
  );
}
