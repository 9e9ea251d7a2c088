import type { LaneMetrics } from '../../shared';

/** Canvas measurements shared by lanes, bars, the header and the today line. */
export const LANE_HEADER_WIDTH = 232;
export const TIME_HEADER_HEIGHT = 60;
export const ROW_HEIGHT = 34;
export const BAR_HEIGHT = 26;
export const MIN_BAR_WIDTH = 8;
/**
 * Below this width a bar drops its padding (so it is drawn exactly as wide as its dates say) and shows no
 * title inside: a letter or two of a title reads as noise. Its title is beside it when there is room.
 */
export const NARROW_BAR_WIDTH = 44;

export const CANVAS_LANE_METRICS: LaneMetrics = {
  rowHeight: ROW_HEIGHT,
  barHeight: BAR_HEIGHT,
  lanePadding: 8,
  milestoneBand: 26,
  // Tall enough for the lane header: title, status and owner, key-result progress.
  minLaneHeight: 76,
  collapsedHeight: 36,
};

/**
 * Virtualization: the canvas renders what is in view plus this margin, and re-renders only when the view
 * crosses into another chunk, so scrolling within a chunk costs React nothing.
 */
export const VIEW_CHUNK = 600;

/**
 * The part of the canvas to render for a view starting at `from` and `size` long (either axis): the view
 * rounded out to whole chunks, plus a chunk either side. It changes only when the view crosses a chunk edge.
 */
export function chunked(from: number, size: number): { from: number; to: number } {
  return {
    from: Math.floor(from / VIEW_CHUNK) * VIEW_CHUNK - VIEW_CHUNK,
    to: Math.ceil((from + size) / VIEW_CHUNK) * VIEW_CHUNK + VIEW_CHUNK,
  };
}

/** Where a sticky bar title stops, from the view's left edge: just right of the lane headers. */
export const STICKY_TITLE_LEFT = 8;

/** Room "Fit" leaves left of the first date. */
export const FIT_MIN_MARGIN = 24;

/** Room "Fit" leaves right of the last date, for a milestone's label. */
export const FIT_LABEL_ROOM = 140;

/** Bars narrower than this show their title beside them (when there is room) rather than inside. */
export const SHORT_BAR_WIDTH = 72;

/** Gap between a short bar and its title drawn beside it. */
export const OUTSIDE_LABEL_GAP = 4;

/** Where a title beside a selected bar starts instead: after the dependency connector (12 px at +3). */
export const CONNECTOR_ROOM = 18;

/**
 * Roughly how wide a text is drawn, without measuring the DOM (which would force layouts while panning):
 * its characters at an average advance for its font, plus padding. Per font: 7 px at 12.5 px (bar
 * titles), 6.6 px at 12 px (tooltips), 7.5 px at 12 px semibold (the header's years and months).
 */
export function estimateTextWidth(text: string, advance: number, padding: number): number {
  return text.length * advance + padding;
}

/** Roughly how wide a bar must be to show `title` inside it. */
export function estimateLabelWidth(title: string): number {
  return estimateTextWidth(title, 7, 26);
}

/** How far a title beside its bar may reach (a longer one is ellipsized there). */
export const OUTSIDE_LABEL_MAX = 180;

/** Narrower room than this beside a bar shows no title there (a letter or two reads as noise). */
export const OUTSIDE_LABEL_MIN = 40;

/** Whether a bar `barWidth` wide is too short to show `title` inside it: its title goes beside it. */
export function titleGoesBeside(title: string, barWidth: number): boolean {
  // Inside (ellipsized) while the bar shows a useful part of the title; beside it only for really short bars.
  return barWidth < Math.min(estimateLabelWidth(title), SHORT_BAR_WIDTH);
}

/**
 * The room, in pixels, a short bar's title takes beside it (with the gaps either side), or 0 when it goes
 * inside: rows are packed with this room free after each short bar, so its title always has a place.
 */
export function besideTitleRoom(title: string, barWidth: number): number {
  if (!titleGoesBeside(title, barWidth)) return 0;
  return Math.min(OUTSIDE_LABEL_MAX, estimateTextWidth(title, 7, 4)) + 2 * OUTSIDE_LABEL_GAP;
}
