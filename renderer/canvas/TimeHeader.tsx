import { memo, useMemo } from 'react';
import { headerTicks, zoomLevelAt, type IsoDate, type TimeScale } from '../../shared';
import { formatDay } from '../ui/format';
import { estimateTextWidth, LANE_HEADER_WIDTH } from './geometry';

interface TimeHeaderProps {
  scale: TimeScale;
  today: IsoDate;
  fiscalYearStartMonth: number;
  /** The horizontal window in view (canvas x), so thousands of week cells are not all rendered. */
  view: { from: number; to: number };
}

/** The sticky header: a major tier (years, months) above a minor one (months, quarters, weeks...). */
export const TimeHeader = memo(function TimeHeader({ scale, today, fiscalYearStartMonth, view }: TimeHeaderProps) {
  const spec = zoomLevelAt(scale.pxPerDay);
  const major = useMemo(
    () => headerTicks(scale, spec.major, fiscalYearStartMonth),
    [scale, spec.major, fiscalYearStartMonth],
  );
  const minor = useMemo(
    () => headerTicks(scale, spec.minor, fiscalYearStartMonth, spec.major),
    [scale, spec.minor, spec.major, fiscalYearStartMonth],
  );
  const inView = (tick: { x: number; width: number }) => tick.x + tick.width >= view.from && tick.x <= view.to;
  return (
    <div className="time-header" style={{ width: LANE_HEADER_WIDTH + scale.width }}>
      <div className="time-corner" style={{ width: LANE_HEADER_WIDTH }}>
        Goals
      </div>
      <div className="time-scale" style={{ width: scale.width }}>
        {major.filter(inView).map((tick) => (
          <div key={tick.start} className="major-cell" style={{ left: tick.x, width: tick.width }} title={tick.label}>
            {/* A sliver of a year or month (the range's first) shows no label rather than a cut one ("026"). */}
            {tick.width >= estimateTextWidth(tick.label, 7.5, 12) && <span>{tick.label}</span>}
          </div>
        ))}
        {minor.filter(inView).map((tick) => (
          <div
            key={tick.start}
            className={`minor-cell${tick.majorBoundary ? ' major-start' : ''}`}
            style={{ left: tick.x, width: tick.width }}
            title={tick.width < 28 ? tick.label : undefined}
          >
            {tick.width >= 28 && <span>{tick.label}</span>}
          </div>
        ))}
        <div
          className="today-marker"
          style={{ left: scale.xOf(today) + scale.pxPerDay / 2 }}
          title={`Today, ${formatDay(today)}`}
        >
          Today
        </div>
      </div>
    </div>
  );
});
