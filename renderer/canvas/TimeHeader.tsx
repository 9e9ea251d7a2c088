import { memo } from 'react';
import { monthTicks, type IsoDate, type TimeScale } from '../../shared';
import { formatDay, monthLabel } from './format';
import { LANE_HEADER_WIDTH } from './geometry';

/** The sticky header: years above months. */
export const TimeHeader = memo(function TimeHeader({ scale, today }: { scale: TimeScale; today: IsoDate }) {
  const ticks = monthTicks(scale);
  const years = new Map<number, { x: number; width: number }>();
  for (const tick of ticks) {
    const year = years.get(tick.year);
    if (year) year.width += tick.width;
    else years.set(tick.year, { x: tick.x, width: tick.width });
  }
  return (
    <div className="time-header" style={{ width: LANE_HEADER_WIDTH + scale.width }}>
      <div className="time-corner" style={{ width: LANE_HEADER_WIDTH }}>
        Goals
      </div>
      <div className="time-scale" style={{ width: scale.width }}>
        {[...years].map(([year, { x, width }]) => (
          <div key={year} className="year-cell" style={{ left: x, width }}>
            <span>{year}</span>
          </div>
        ))}
        {ticks.map((tick) => (
          <div
            key={tick.start}
            className={`month-cell${tick.month === 1 ? ' year-start' : ''}`}
            style={{ left: tick.x, width: tick.width }}
          >
            {tick.width >= 26 ? monthLabel(tick.start) : ''}
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
