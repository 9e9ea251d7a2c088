import type { LaneLayout, TimeScale } from '../../../shared';
import { formatRange } from '../format';
import { BAR_HEIGHT, LANE_HEADER_WIDTH, ROW_HEIGHT } from '../geometry';
import { useDragStore } from './drag-store';

/** The ghost bars and the date tooltip of the drag in progress. */
export function DragPreview({ layouts, scale }: { layouts: readonly LaneLayout[]; scale: TimeScale }) {
  const preview = useDragStore((state) => state.preview);
  if (!preview) return null;
  if (preview.link) {
    const { x1, y1, x2, y2, targetId } = preview.link;
    return (
      <svg className="drag-preview" aria-hidden="true">
        <line
          className={`link-preview${targetId ? ' on-target' : ''}`}
          x1={LANE_HEADER_WIDTH + x1}
          y1={y1}
          x2={LANE_HEADER_WIDTH + x2}
          y2={y2}
        />
      </svg>
    );
  }
  const lane = layouts.find((layout) => layout.lane.key === preview.laneKey);
  if (!lane) return null;
  const first = preview.ghosts[0];
  return (
    <div className="drag-preview" aria-hidden="true">
      {preview.ghosts.map((ghost, index) => {
        const { x, width } = scale.span(ghost.startDate, ghost.endDate);
        const top = lane.top + lane.rowsTop + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        return (
          <div
            key={ghost.id ?? 'new'}
            className="ghost-bar"
            style={{ left: LANE_HEADER_WIDTH + x, top, width, height: BAR_HEIGHT }}
          >
            {ghost.title}
          </div>
        );
      })}
      {first && (
        <div
          className="drag-tooltip"
          role="status"
          style={{
            left: LANE_HEADER_WIDTH + scale.xOf(first.startDate),
            top: lane.top + lane.rowsTop + (ROW_HEIGHT - BAR_HEIGHT) / 2 - 26,
          }}
        >
          {first.title}: {formatRange(first.startDate, first.endDate)}
          {preview.ghosts.length > 1 ? ` (+${preview.ghosts.length - 1})` : ''}
        </div>
      )}
    </div>
  );
}
