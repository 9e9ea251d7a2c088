import type { Lane } from '../read-model/lanes';
import type { TimeScale } from '../layout/time-scale';
import { packIntervals } from '../layout/pack-rows';
import type { Initiative } from '../model/initiative';
import { fitText, type MeasureText } from './text-fit';
import { BAR_FONT } from './plan';
import { STATUS_SIGNS } from './legend';

/** A bar narrower than this never holds its title (it goes beside). */
const INSIDE_LABEL_MIN = 40;
/** How far a title beside its bar may first reach (it runs on later into room its row has free). */
const OUTSIDE_LABEL_MAX = 110;

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
}

/** Places a lane's bars on a tile: where each is drawn, where its title goes, the rows none overlap in. */
export function placeBars(lane: Lane, scale: TimeScale, canvasWidth: number, measure: MeasureText) {
  const placed: PlacedBar[] = [];
  for (const initiative of lane.initiatives) {
    const end = initiative.endDate < initiative.startDate ? initiative.startDate : initiative.endDate;
    const { x: rawX, width: rawWidth } = scale.span(initiative.startDate, end);
    if (rawX + rawWidth <= 0 || rawX >= canvasWidth) continue;
    const x = Math.max(0, rawX);
    const right = Math.min(canvasWidth, rawX + Math.max(2, rawWidth));
    const width = Math.max(2, right - x);
    // Status reads in grayscale too: a sign before the title, besides the bar's fill and outline.
    const sign = STATUS_SIGNS[initiative.status];
    const title = `${sign}${initiative.title || 'Untitled initiative'}`;
    const label = placeLabel(title, x, width, canvasWidth, measure);
    const labelRight = label ? label.x + measure(label.text, BAR_FONT) : x + width;
    placed.push({
      initiative,
      title,
      left: Math.min(x, label?.x ?? x),
      right: Math.max(x + width, labelRight),
      x,
      width,
      clippedStart: rawX < 0,
      clippedEnd: rawX + rawWidth > canvasWidth,
      // Progress measured along the whole bar, then cut to the part drawn.
      progressWidth: Math.min(width, Math.max(0, rawX + (rawWidth * Math.min(100, initiative.progress)) / 100 - x)),
      label,
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
      const until = Math.min(canvasWidth, (row[index + 1]?.left ?? Infinity) - 3);
      const text = fitText(bar.title, until - label.x, BAR_FONT, measure);
      if (text.length > label.text.length) bar.label = { text, x: label.x };
    });
  }
  return { placed, rows, rowCount };
}

/**
 * Where a bar's title goes: inside when it fits whole; else beside the bar (right, or left near the page's
 * edge) when more of it shows there; else inside, ellipsized. Null when no readable part fits anywhere.
 */
function placeLabel(title: string, x: number, width: number, canvasWidth: number, measure: MeasureText) {
  const full = measure(title, BAR_FONT);
  const inside = width >= INSIDE_LABEL_MIN ? width - 6 : 0;
  if (full <= inside) return { text: title, x: x + 3 };
  const roomRight = Math.min(OUTSIDE_LABEL_MAX, canvasWidth - (x + width + 3));
  const roomLeft = Math.min(OUTSIDE_LABEL_MAX, x - 3);
  const beside = Math.max(roomRight, roomLeft);
  if (beside > inside && beside >= Math.min(full, 30)) {
    // The right side unless the left shows more of the title.
    const right = roomRight >= Math.min(full, roomLeft);
    const text = fitText(title, right ? roomRight : roomLeft, BAR_FONT, measure);
    if (text) return { text, x: right ? x + width + 3 : x - 3 - measure(text, BAR_FONT) };
  }
  const text = inside > 0 ? fitText(title, inside, BAR_FONT, measure) : '';
  return text ? { text, x: x + 3 } : null;
}
