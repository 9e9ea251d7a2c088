import type { ComparedBars, ScheduledInitiative, TimeScale } from '../../shared';
import { markWidth } from './compared-bars';
import {
  estimateTextWidth,
  MIN_BAR_WIDTH,
  OUTSIDE_LABEL_GAP,
  OUTSIDE_LABEL_MAX,
  OUTSIDE_LABEL_MIN,
  STICKY_TITLE_LEFT,
  titleGoesBeside,
  VIEW_CHUNK,
} from './geometry';

/**
 * The bars crossing the view, each with its row, and where its title goes when the bar is too short to
 * hold it: beside it, after it (rows keep room free there) or before it when more of it shows there (at
 * the end of the timeline), as the PDF does. So short initiatives stay readable at every zoom. While
 * comparing with a baseline, a changed bar's mark comes first after it, then its title; a neighbour's
 * ghost (where it was) takes room as the neighbour does.
 */
export function barsInView(
  initiatives: readonly ScheduledInitiative[],
  rows: readonly number[],
  scale: TimeScale,
  from: number,
  to: number,
  compared?: ComparedBars,
) {
  const placed = initiatives.map((initiative, index) => {
    const { x, width } = scale.span(initiative.startDate, initiative.endDate);
    const mark = compared?.get(initiative.id);
    const wasX = mark?.was ? scale.xOf(mark.was.startDate) : x;
    return {
      initiative,
      row: rows[index]!,
      x,
      right: x + Math.max(MIN_BAR_WIDTH, width),
      left: Math.min(x, wasX),
      markRoom: mark ? markWidth(mark.text) : 0,
    };
  });
  // The free room after and before each bar in its row, up to its neighbours (or the timeline's ends).
  const roomAfter = new Map<(typeof placed)[number], number>();
  const roomBefore = new Map<(typeof placed)[number], number>();
  const byRow = new Map<number, typeof placed>();
  for (const bar of placed) byRow.set(bar.row, [...(byRow.get(bar.row) ?? []), bar]);
  for (const rowBars of byRow.values()) {
    rowBars.sort((a, b) => a.x - b.x);
    rowBars.forEach((bar, i) => {
      roomAfter.set(bar, (rowBars[i + 1]?.left ?? scale.width) - bar.right - bar.markRoom - 2 * OUTSIDE_LABEL_GAP);
      roomBefore.set(
        bar,
        bar.x - (rowBars[i - 1]?.right ?? 0) - (rowBars[i - 1]?.markRoom ?? 0) - 2 * OUTSIDE_LABEL_GAP,
      );
    });
  }
  return placed
    .filter((bar) => bar.right + bar.markRoom >= from && bar.x <= to)
    .map((bar) => {
      // Only a bar that may cross the view's left edge while the view stays in this chunk keeps its title
      // in view (sticky): each sticky element costs the browser work on every scrolled frame.
      const stickyTitle = bar.x < from + 2 * VIEW_CHUNK + STICKY_TITLE_LEFT && bar.right > from + VIEW_CHUNK;
      const title = bar.initiative.title;
      if (!titleGoesBeside(title, bar.right - bar.x)) return { ...bar, outsideLabel: null, stickyTitle };
      const wanted = Math.min(OUTSIDE_LABEL_MAX, estimateTextWidth(title, 7, 4));
      const after = Math.min(OUTSIDE_LABEL_MAX, roomAfter.get(bar)!);
      const before = Math.min(OUTSIDE_LABEL_MAX, roomBefore.get(bar)!);
      // After the bar unless before it shows more of the title.
      const side: 'after' | 'before' = after >= Math.min(wanted, before) ? 'after' : 'before';
      const room = side === 'after' ? after : before;
      return { ...bar, outsideLabel: room >= OUTSIDE_LABEL_MIN ? { side, width: room } : null, stickyTitle };
    });
}
