import { memo, useMemo } from 'react';
import { headerTicks, weekendDays, zoomLevelAt, type TimeScale } from '../../shared';
import { LANE_HEADER_WIDTH } from './geometry';

interface GridLayerProps {
  scale: TimeScale;
  height: number;
  fiscalYearStartMonth: number;
  view: { from: number; to: number };
}

/** Vertical grid lines at the minor header's cells, and weekend shading in week zoom. */
export const GridLayer = memo(function GridLayer({ scale, height, fiscalYearStartMonth, view }: GridLayerProps) {
  const spec = zoomLevelAt(scale.pxPerDay);
  const lines = useMemo(
    () => headerTicks(scale, spec.minor, fiscalYearStartMonth, spec.major),
    [scale, spec.minor, spec.major, fiscalYearStartMonth],
  );
  const weekends = useMemo(() => (spec.level === 'weeks' ? weekendDays(scale) : []), [scale, spec.level]);
  return (
    <div className="grid-layer" style={{ left: LANE_HEADER_WIDTH, width: scale.width, height }} aria-hidden="true">
      {weekends
        .map((day) => scale.xOf(day))
        .filter((x) => x >= view.from - scale.pxPerDay && x <= view.to)
        .map((x) => (
          <div key={x} className="weekend" style={{ left: x, width: scale.pxPerDay }} />
        ))}
      {lines
        .filter((tick) => tick.x >= view.from && tick.x <= view.to)
        .map((tick) => (
          <div key={tick.start} className={`grid-line${tick.majorBoundary ? ' major' : ''}`} style={{ left: tick.x }} />
        ))}
    </div>
  );
});
