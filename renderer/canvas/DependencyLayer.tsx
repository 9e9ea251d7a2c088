import { memo, useMemo } from 'react';
import { barBoxes, dependencyArrows, type LaneLayout, type TimeScale } from '../../shared';
import { useRoadmap } from '../state/session-context';
import { CANVAS_LANE_METRICS, LANE_HEADER_WIDTH } from './geometry';

/** Dependency arrows over the lanes; a violated one is red (and dashed, for grayscale) with its reason. */
export const DependencyLayer = memo(function DependencyLayer({
  layouts,
  scale,
  height,
}: {
  layouts: readonly LaneLayout[];
  scale: TimeScale;
  height: number;
}) {
  const dependencies = useRoadmap((snapshot) => snapshot.dependencies);
  const initiatives = useRoadmap((snapshot) => snapshot.initiatives);
  // Only bars at either end of a dependency need a box: a few out of thousands.
  const linked = useMemo(
    () => new Set([...dependencies.values()].flatMap((dependency) => [dependency.fromId, dependency.toId])),
    [dependencies],
  );
  const boxes = useMemo(() => barBoxes(layouts, scale, CANVAS_LANE_METRICS, linked), [layouts, scale, linked]);
  const arrows = useMemo(
    () => dependencyArrows(dependencies.values(), initiatives, boxes),
    [dependencies, initiatives, boxes],
  );
  if (arrows.length === 0) return null;
  return (
    <svg
      className="dependency-layer"
      style={{ left: LANE_HEADER_WIDTH }}
      width={scale.width}
      height={height}
      aria-hidden="true"
    >
      <defs>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="arrow-head" />
        </marker>
        <marker id="arrow-violated" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" className="arrow-head violated" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <path
          key={arrow.id}
          d={arrow.path}
          className={`dependency${arrow.violated ? ' violated' : ''}`}
          markerEnd={arrow.violated ? 'url(#arrow-violated)' : 'url(#arrow)'}
          data-dependency={arrow.id}
        >
          <title>
            {arrow.violated
              ? `Conflict: ${arrow.toTitle} starts before ${arrow.fromTitle} ends`
              : `${arrow.fromTitle} must finish before ${arrow.toTitle} starts`}
          </title>
        </path>
      ))}
    </svg>
  );
});
