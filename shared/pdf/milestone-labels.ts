import type { Milestone } from '../model/milestone';
import { fitText, type MeasureText } from './text-fit';
import { SMALL_FONT, type TextBox } from './plan';

/** The band over a lane's bars with one line of labels beside the diamonds. */
export const MILESTONE_BAND = 14;
/** Each further line of labels, under the diamonds, for names that have no room beside them. */
const LABEL_LINE = 9.5;
/** Diamonds closer than this share one label ("GA · Review"). */
const CLUSTER_GAP = 10;
/** Room kept between two labels, and between a label and a diamond, on a line. */
const LABEL_GAP = 5;

/** A lane's milestones laid out, relative to the lane's top: the band's height, each diamond and its label. */
export interface MilestoneBand {
  readonly height: number;
  readonly diamonds: readonly { readonly x: number; readonly y: number; readonly label: TextBox | null }[];
}

type Span = readonly [number, number];
const overlaps = (spans: readonly Span[], [from, to]: Span) =>
  spans.some(([a, b]) => from < b + LABEL_GAP && a < to + LABEL_GAP);

/**
 * Labels a lane's milestones so every one is named whole: diamonds a few points apart share one label beside
 * them (right, else left) when all of it fits there; where it does not, each name goes on a line of its own
 * under its diamond (the band grows). Labels never overlap each other or a diamond; a name is cut only when
 * it is wider than the whole canvas. `xOf` is a milestone's x on the page, inside [left, right].
 */
export function milestoneBand(
  milestones: readonly Milestone[],
  xOf: (milestone: Milestone) => number,
  left: number,
  right: number,
  measure: MeasureText,
): MilestoneBand {
  if (milestones.length === 0) return { height: 0, diamonds: [] };
  const sorted = [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const clusters: { xs: number[]; titles: string[] }[] = [];
  for (const milestone of sorted) {
    const x = xOf(milestone);
    const title = milestone.title || 'Untitled milestone';
    const last = clusters.at(-1);
    if (last && x - last.xs.at(-1)! < CLUSTER_GAP) {
      last.xs.push(x);
      last.titles.push(title);
    } else clusters.push({ xs: [x], titles: [title] });
  }
  const diamondY = 2 + MILESTONE_BAND / 2 - 1;
  const labels = new Map<number, TextBox>();
  const label = (text: string, x: number, line: number): TextBox => ({
    text,
    x,
    y: line === 0 ? 3 : 4 + line * LABEL_LINE,
    size: SMALL_FONT,
    color: '#111827',
  });
  // The first line: the diamonds themselves, and each cluster's label beside it where all of it fits.
  const firstLine: Span[] = clusters.flatMap((cluster) => cluster.xs.map((x): Span => [x - 4, x + 4]));
  const below: { title: string; x: number; index: number }[] = [];
  let index = 0;
  for (const cluster of clusters) {
    const text = cluster.titles.join(' · ');
    const width = measure(text, SMALL_FONT);
    const first = cluster.xs[0]!;
    const last = cluster.xs.at(-1)!;
    // Everything on the line but this cluster's own diamonds.
    const others = firstLine.filter(([a, b]) => !cluster.xs.some((x) => a === x - 4 && b === x + 4));
    const rightSpan: Span = [last + 6, last + 6 + width];
    const leftSpan: Span = [first - 6 - width, first - 6];
    const span =
      rightSpan[1] <= right && !overlaps(others, rightSpan)
        ? rightSpan
        : leftSpan[0] >= left && !overlaps(others, leftSpan)
          ? leftSpan
          : null;
    if (span) {
      firstLine.push(span);
      labels.set(index, label(text, span[0], 0));
    } else cluster.titles.forEach((title, at) => below.push({ title, x: cluster.xs[at]!, index: index + at }));
    index += cluster.xs.length;
  }
  // Lines under the diamonds: each name starts under its diamond (or ends at the canvas's edge), on the first
  // line where it overlaps nothing.
  const lines: Span[][] = [];
  for (const item of below) {
    const text = fitText(item.title, right - left, SMALL_FONT, measure);
    const width = measure(text, SMALL_FONT);
    const x = Math.max(left, Math.min(item.x - 3, right - width));
    const span: Span = [x, x + width];
    let line = lines.findIndex((spans) => !overlaps(spans, span));
    if (line < 0) line = lines.push([]) - 1;
    lines[line]!.push(span);
    labels.set(item.index, label(text, x, line + 1));
  }
  return {
    height: MILESTONE_BAND + lines.length * LABEL_LINE,
    diamonds: clusters
      .flatMap((cluster) => cluster.xs)
      .map((x, at) => ({ x, y: diamondY, label: labels.get(at) ?? null })),
  };
}
