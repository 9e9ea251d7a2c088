import type { RefObject } from 'react';
import { barRect, type LaneLayout, type TimeScale } from '../../../shared';
import { formatDay, formatRange } from '../../ui/format';
import { BAR_HEIGHT, CANVAS_LANE_METRICS, estimateTextWidth, LANE_HEADER_WIDTH } from '../geometry';
import { useDragStore } from '../../presence/drag-store';

/**
 * The ghost bars and the date tooltip of the drag in progress. The tooltip stays inside the visible part
 * of the canvas (`scroller`), clear of the lane headers.
 */
export function DragPreview({
  layouts,
  scale,
  scroller,
}: {
  layouts: readonly LaneLayout[];
  scale: TimeScale;
  scroller: RefObject<HTMLDivElement | null>;
}) {
  const preview = useDragStore((state) => state.preview);
  if (!preview) return null;
  // Read at each drag move (the preview re-renders per move), so it follows scrolling during the drag.
  const element = scroller.current;
  const view = { left: element?.scrollLeft ?? 0, right: (element?.scrollLeft ?? 0) + (element?.clientWidth ?? 1e9) };
  const tooltipLeft = (left: number, text: string) =>
    Math.max(view.left + LANE_HEADER_WIDTH + 4, Math.min(left, view.right - estimateTooltipWidth(text) - 8));
  // Above the item, unless that is under the sticky time header (the top lane, scrolled or not): then below.
  const viewTop = element?.scrollTop ?? 0;
  const tooltipTop = (itemTop: number, itemHeight: number) =>
    itemTop - 26 >= viewTop ? itemTop - 26 : itemTop + itemHeight + 6;
  if (preview.kind === 'lane') {
    const drop = preview.laneDrop;
    if (!drop) return null;
    return (
      <div className="drag-preview" aria-hidden="true">
        <div className="lane-drop-line" style={{ top: drop.y - 2 }} />
        <div className="drag-tooltip" role="status" style={{ left: 8, top: drop.y + 4 }}>
          Move {drop.title} here
        </div>
      </div>
    );
  }
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
  const laneOf = (key: string) => layouts.find((layout) => layout.lane.key === key);
  if (preview.milestone) {
    const lane = laneOf(preview.milestone.laneKey);
    if (!lane) return null;
    const x = LANE_HEADER_WIDTH + scale.xOf(preview.milestone.date) + scale.pxPerDay / 2;
    const milestoneText = `${preview.milestone.title}: ${formatDay(preview.milestone.date)}`;
    return (
      <div className="drag-preview" aria-hidden="true">
        <div className="ghost-milestone" style={{ left: x, top: lane.top + 4 }} />
        <div
          className="drag-tooltip"
          role="status"
          style={{ left: tooltipLeft(x - 7, milestoneText), top: tooltipTop(lane.top + 4, 22) }}
        >
          {milestoneText}
        </div>
      </div>
    );
  }
  const first = preview.ghosts[0];
  const firstLane = first ? laneOf(first.laneKey) : undefined;
  if (!first || !firstLane) return null;
  const text = `${first.title}: ${formatRange(first.startDate, first.endDate)}${
    preview.ghosts.length > 1 ? ` (+${preview.ghosts.length - 1} more)` : ''
  }`;
  return (
    <div className="drag-preview" aria-hidden="true">
      {preview.ghosts.map((ghost) => {
        const lane = laneOf(ghost.laneKey);
        if (!lane) return null;
        const { x, width } = scale.span(ghost.startDate, ghost.endDate);
        const { top } = barRect(lane, ghost.row, CANVAS_LANE_METRICS);
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
      <div
        className="drag-tooltip"
        role="status"
        style={{
          left: tooltipLeft(LANE_HEADER_WIDTH + scale.xOf(first.startDate), text),
          top: tooltipTop(barRect(firstLane, first.row, CANVAS_LANE_METRICS).top, BAR_HEIGHT),
        }}
      >
        {text}
      </div>
    </div>
  );
}

/** Roughly how wide the tooltip is (12 px system font, plus padding). */
function estimateTooltipWidth(text: string): number {
  return estimateTextWidth(text, 6.6, 16);
}
