import { useMemo } from 'react';
import {
  createTimeScale,
  monthTicks,
  selectLanes,
  timelineRange,
  type RoadmapSnapshot,
  type TimeScale,
} from '../../shared';
import { useClock, useRoadmap } from '../state/session-context';
import { useUiStore, ZOOM_LEVELS } from '../state/ui-store';
import { memoizeLast } from '../../shared';
import { Lane } from './Lane';
import { TimeHeader } from './TimeHeader';
import { LANE_HEADER_WIDTH } from './geometry';

// Every date on the canvas: the visible range must cover them all.
const datesOf = memoizeLast(
  (initiatives: RoadmapSnapshot['initiatives'], milestones: RoadmapSnapshot['milestones']) => {
    const dates: string[] = [];
    for (const initiative of initiatives.values()) dates.push(initiative.startDate, initiative.endDate);
    for (const milestone of milestones.values()) dates.push(milestone.date);
    return dates;
  },
);

/** The roadmap canvas: time header, one lane per goal, Unaligned last, and the today line. */
export function Timeline() {
  const clock = useClock();
  const today = clock.today();
  const lanes = useRoadmap(selectLanes);
  const dates = useRoadmap((snapshot) => datesOf(snapshot.initiatives, snapshot.milestones));
  const pxPerDay = ZOOM_LEVELS[useUiStore((state) => state.zoomIndex)]!;
  const select = useUiStore((state) => state.select);
  const { start, end } = useMemo(() => timelineRange(dates, today), [dates, today]);
  const scale = useMemo(() => createTimeScale(start, end, pxPerDay), [start, end, pxPerDay]);
  const todayX = LANE_HEADER_WIDTH + scale.xOf(today) + pxPerDay / 2;

  return (
    <div className="timeline" role="group" aria-label="Roadmap timeline" onClick={() => select(null)}>
      <div className="timeline-content" style={{ width: LANE_HEADER_WIDTH + scale.width }}>
        <TimeHeader scale={scale} today={today} />
        <div className="lanes">
          <MonthGrid scale={scale} />
          {lanes.map((lane) => (
            <Lane key={lane.key} lane={lane} scale={scale} />
          ))}
          <div className="today-line" style={{ left: todayX }} aria-hidden="true" />
        </div>
      </div>
    </div>
  );
}

function MonthGrid({ scale }: { scale: TimeScale }) {
  const lines = useMemo(() => monthTicks(scale).map((tick) => tick.x), [scale]);
  return (
    <div className="month-grid" style={{ left: LANE_HEADER_WIDTH, width: scale.width }} aria-hidden="true">
      {lines.map((x) => (
        <div key={x} className="grid-line" style={{ left: x }} />
      ))}
    </div>
  );
}
