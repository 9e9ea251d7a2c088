import type { Lane } from '../read-model/lanes';
import type { TimeScale } from '../layout/time-scale';
import { packIntervals } from '../layout/pack-rows';
import type { Initiative } from '../model/initiative';
import type { IsoDate } from '../time/iso-date';
import { fitText, type MeasureText } from './text-fit';
import { BAR_FONT } from './plan';
import { STATUS_SIGNS } from './legend';

/** A bar narrower than this never holds its title (it goes beside). */
const INSIDE_LABEL_MIN = 40;
/** How far a title beside its bar may first reach (it runs on later into room its row has free). */
const OUTSIDE_LABEL_MAX = 110;

/** What a bar shows of a comparison with a baseline: where it was (a ghost), and what its markers say. */
export interface BarChange {
  /** Its dates at the baseline, when they moved. */
  readonly ghost: { readonly startDate: IsoDate; readonly endDate: IsoDate } | null;
  /** "+12 d", "new", "from Grow activation", in order, each in its color. */
  readonly markers: readonly { readonly text: string; readonly color: string; readonly bold: boolean }[];
}

/** The space between a bar (or its title) and its markers, and between markers. */
const MARKER_GAP = 4;

interface PlacedBar {
  initiative: Initiative;
  /** The title as printed whole, with its status sign. */
  title: string;
  left: number;
  right: number;
  x: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  progressWidth: number;
  label: { text: string; x: number } | null;
  /** Where it was at the baseline, cut to the tile; null when its dates did not move (or it was elsewhere). */
  ghost: { x: number; width: number; clippedStart: boolean; clippedEnd: boolean } | null;
  markers: (BarChange['markers'][number] & { x: number })[];
}

/** A span of days on the tile, cut to it: null when none of it is on the tile. */
function spanOnTile(scale: TimeScale, canvasWidth: number, startDate: IsoDate, endDate: IsoDate) {
  const end = endDate < startDate ? startDate : endDate;
  const { x: rawX, width: rawWidth } = scale.span(startDate, end);
  if (rawX + rawWidth <= 0 || rawX >= canvasWidth) return null;
  const x = Math.max(0, rawX);
  const right = Math.min(canvasWidth, rawX + Math.max(2, rawWidth));
  return {
    rawX,
    rawWidth,
    x,
    width: Math.max(2, right - x),
    clippedStart: rawX < 0,
    clippedEnd: rawX + rawWidth > canvasWidth,
  };
}

/** The room markers take, with a gap after each. */
function widthOf(markers: BarChange['markers'], measure: MeasureText): number {
  return markers.reduce((sum, marker) => sum + measure(marker.text, BAR_FONT, marker.bold) + MARKER_GAP, 0);
}

/** Lays markers out from `x` on, one after the other. */
function markersFrom(x: number, markers: BarChange['markers'], measure: MeasureText): PlacedBar['markers'] {
  let at = x;
  return markers.map((marker) => {
    const placed = { ...marker, x: at };
    at += measure(marker.text, BAR_FONT, marker.bold) + MARKER_GAP;
    return placed;
  });
}

/**
 * Places a lane's bars on a tile: where each is drawn, where its title goes, the rows none overlap in. When
 * the export compares with a baseline (`changeOf`), a bar whose dates moved has a ghost where it was, in
 * its row, and markers after it (or before it, near the tile's right edge); the row keeps room for all of it.
 */
export function placeBars(
  lane: Lane,
  scale: TimeScale,
  canvasWidth: number,
  measure: MeasureText,
  changeOf: (initiative: Initiative) => BarChange | null = () => null,
) {
  const placed: PlacedBar[] = [];
  for (const initiative of lane.initiatives) {
    const span = spanOnTile(scale, canvasWidth, initiative.startDate, initiative.endDate);
    if (!span) continue;
    const { rawX, rawWidth, x, width } = span;
    const change = changeOf(initiative);
    const was = change?.ghost ? spanOnTile(scale, canvasWidth, change.ghost.startDate, change.ghost.endDate) : null;
    const ghost = was && { x: was.x, width: was.width, clippedStart: was.clippedStart, clippedEnd: was.clippedEnd };
    // What is drawn of it: the bar and its ghost. A title beside it goes beside both.
    const footLeft = Math.min(x, ghost?.x ?? x);
    const footRight = Math.max(x + width, ghost ? ghost.x + ghost.width : x + width);
    const markers = change?.markers ?? [];
    const markersWidth = widthOf(markers, measure);
    // Status reads in grayscale too: a sign before the title, besides the bar's fill and outline.
    const sign = STATUS_SIGNS[initiative.status];
    const title = `${sign}${initiative.title || 'Untitled initiative'}`;
    let label = placeLabel(title, { x, width, footLeft, footRight, reserve: markersWidth }, canvasWidth, measure);
    const labelLeft = label?.x ?? footLeft;
    const labelRight = label ? label.x + measure(label.text, BAR_FONT) : footRight;
    // Markers after everything else, or before it when they would run off the tile.
    let markersX = Math.max(footRight, labelRight) + MARKER_GAP;
    if (markersWidth > 0 && markersX + markersWidth - MARKER_GAP > canvasWidth) {
      markersX = Math.min(footLeft, labelLeft) - markersWidth;
      if (markersX < 0) {
        // No room beside it (it spans the tile): at the bar's end, its title inside making room for them.
        markersX = Math.max(x + 3, x + width - markersWidth - 1);
        if (label && label.x + measure(label.text, BAR_FONT) > markersX - MARKER_GAP) {
          const text = fitText(label.text, markersX - MARKER_GAP - label.x, BAR_FONT, measure);
          label = text ? { text, x: label.x } : null;
        }
      }
    }
    const placedMarkers = markersFrom(markersX, markers, measure);
    const markersRight = markersWidth > 0 ? markersX + markersWidth - MARKER_GAP : -Infinity;
    placed.push({
      initiative,
      title,
      left: Math.min(footLeft, labelLeft, markersWidth > 0 ? markersX : Infinity),
      right: Math.max(footRight, labelRight, markersRight),
      x,
      width,
      clippedStart: span.clippedStart,
      clippedEnd: span.clippedEnd,
      // Progress measured along the whole bar, then cut to the part drawn.
      progressWidth: Math.min(width, Math.max(0, rawX + (rawWidth * Math.min(100, initiative.progress)) / 100 - x)),
      label,
      ghost,
      markers: placedMarkers,
    });
  }
  // Rows as on the canvas (the same packer, in lane order), by the room each bar and its title take.
  const { rows, rowCount } = packIntervals(placed.map((bar) => ({ start: bar.left, end: bar.right + 3 })));
  // A title cut beside its bar runs on into the room its row has free, up to what comes next.
  const byRow = new Map<number, PlacedBar[]>();
  placed.forEach((bar, index) => byRow.set(rows[index]!, [...(byRow.get(rows[index]!) ?? []), bar]));
  for (const row of byRow.values()) {
    row.sort((a, b) => a.left - b.left);
    row.forEach((bar, index) => {
      const label = bar.label;
      if (!label || label.x < bar.x + bar.width || label.text === bar.title) return;
      // Markers after the title move along with it.
      const markersAfter = bar.markers.length > 0 && bar.markers[0]!.x > label.x;
      const markersWidth = markersAfter ? widthOf(bar.markers, measure) : 0;
      const until = Math.min(canvasWidth, (row[index + 1]?.left ?? Infinity) - 3) - markersWidth;
      const text = fitText(bar.title, until - label.x, BAR_FONT, measure);
      if (text.length <= label.text.length) return;
      bar.label = { text, x: label.x };
      if (markersAfter) bar.markers = markersFrom(label.x + measure(text, BAR_FONT) + MARKER_GAP, bar.markers, measure);
    });
  }
  return { placed, rows, rowCount };
}

/**
 * Where a bar's title goes: inside when it fits whole; else beside the bar and its ghost (the footprint:
 * right, keeping `reserve` for its markers, or left near the page's edge) when more of it shows there; else
 * inside, ellipsized. Null when no readable part fits anywhere.
 */
function placeLabel(
  title: string,
  bar: { x: number; width: number; footLeft: number; footRight: number; reserve: number },
  canvasWidth: number,
  measure: MeasureText,
) {
  const { x, width } = bar;
  const full = measure(title, BAR_FONT);
  const inside = width >= INSIDE_LABEL_MIN ? width - 6 : 0;
  if (full <= inside) return { text: title, x: x + 3 };
  const roomRight = Math.min(OUTSIDE_LABEL_MAX, canvasWidth - (bar.footRight + 3) - bar.reserve);
  const roomLeft = Math.min(OUTSIDE_LABEL_MAX, bar.footLeft - 3);
  const beside = Math.max(roomRight, roomLeft);
  if (beside > inside && beside >= Math.min(full, 30)) {
    // The right side unless the left shows more of the title.
    const right = roomRight >= Math.min(full, roomLeft);
    const text = fitText(title, right ? roomRight : roomLeft, BAR_FONT, measure);
    if (text) return { text, x: right ? bar.footRight + 3 : bar.footLeft - 3 - measure(text, BAR_FONT) };
  }
  const text = inside > 0 ? fitText(title, inside, BAR_FONT, measure) : '';
  return text ? { text, x: x + 3 } : null;
}
