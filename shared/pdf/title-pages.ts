import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import { keyResultProgress } from '../read-model/progress';
import { GOAL_STATUS_LABELS } from '../model/goal';
import type { PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { FOOTER_HEIGHT, MARGIN, type TextBox, type TitlePage } from './plan';

/** Baseline → current → target with the unit: "32% → 36% → 45%", or once at the end: "20 → 38 → 120 customers". */
export function keyResultValues(keyResult: { baseline: number; current: number; target: number; unit: string }) {
  const values = [keyResult.baseline, keyResult.current, keyResult.target];
  if (keyResult.unit === '%') return values.map((value) => `${value}%`).join(' → ');
  return `${values.join(' → ')}${keyResult.unit ? ` ${keyResult.unit}` : ''}`;
}

/** The room a key result's name keeps on the title page, however long its values. */
const KEY_RESULT_NAME_MIN = 110;

const GOAL_HEADING_HEIGHT = 14;
const GOAL_META_HEIGHT = 13;
const KEY_RESULT_HEIGHT = 13;
/** A key result with a due date or an owner has them on a small line under its name. */
const DETAIL_LINE_HEIGHT = 8;
const keyResultHeight = (keyResult: { dueDate: string | null; owner: string }) =>
  KEY_RESULT_HEIGHT + (keyResult.dueDate || keyResult.owner ? DETAIL_LINE_HEIGHT : 0);
const GOAL_GAP = 8;
/** Pages at least this wide (landscape) list the goals in two columns. */
const TWO_COLUMNS_MIN_WIDTH = 700;

/**
 * The title page(s): title, description, as-of and author, then each goal with owner, status and key
 * results (baseline → current → target, with a progress bar), in two columns on wide pages. A goal moves
 * to the next column whole when it fits there; one too long for a column continues under its name.
 */
export function titlePages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  width: number,
  height: number,
  measure: MeasureText,
): TitlePage[] {
  const inner = width - 2 * MARGIN;
  const bottom = height - MARGIN - FOOTER_HEIGHT;
  const columnCount = inner >= TWO_COLUMNS_MIN_WIDTH ? 2 : 1;
  const columnGap = 28;
  const columnWidth = (inner - (columnCount - 1) * columnGap) / columnCount;
  const pages: TitlePage[] = [];
  let texts: TextBox[] = [];
  let bars: TitlePage['bars'][number][] = [];
  let swatches: TitlePage['swatches'][number][] = [];

  let y = MARGIN + 10;
  const titleLines = wrapText(snapshot.meta.title || 'Untitled roadmap', inner, 22, measure, true);
  const shownTitle = titleLines.slice(0, 3);
  if (titleLines.length > 3) shownTitle[2] = fitText(titleLines.slice(2).join(' '), inner, 22, measure, true);
  for (const line of shownTitle) {
    texts.push({ text: line, x: MARGIN, y, size: 22, bold: true, color: '#111827' });
    y += 27;
  }
  const description = snapshot.meta.description.trim();
  if (description) {
    const lines = wrapText(description, inner, 10, measure);
    const shown = lines.slice(0, 8);
    if (lines.length > 8) shown[7] = fitText(`${shown[7]} ${lines.slice(8).join(' ')}`, inner, 10, measure);
    y += 2;
    for (const line of shown) {
      texts.push({ text: line, x: MARGIN, y, size: 10, color: '#374151' });
      y += 13;
    }
  }
  y += 6;
  texts.push({
    text: fitText(
      `As of ${options.asOf}${options.author ? ` · Prepared by ${options.author}` : ''}`,
      inner,
      9,
      measure,
    ),
    x: MARGIN,
    y,
    size: 9,
    color: '#4b5563',
  });
  y += 24;
  texts.push({ text: 'Goals', x: MARGIN, y, size: 13, bold: true, color: '#111827' });
  const goals = lanes.filter((lane) => lane.goal !== null);
  if (goals.some((lane) => lane.keyResults.length > 0)) {
    const legend = 'Key results: baseline → current → target, and progress to target';
    texts.push({ text: legend, x: MARGIN + inner - measure(legend, 7.5), y: y + 4, size: 7.5, color: '#6b7280' });
  }
  y += 20;
  if (goals.length === 0) texts.push({ text: 'No goals yet.', x: MARGIN, y, size: 9, color: '#4b5563' });

  // Goals flow down the columns of each page; `top` is where the columns start on this page.
  let top = y;
  let column = 0;
  const columnX = () => MARGIN + column * (columnWidth + columnGap);
  const blockHeight = (lane: Lane) =>
    GOAL_HEADING_HEIGHT +
    GOAL_META_HEIGHT +
    lane.keyResults.reduce((sum, keyResult) => sum + keyResultHeight(keyResult), 0) +
    GOAL_GAP;
  /** Where the current column ends: the page's bottom, or half-way through what is left when it all fits. */
  let columnEnd = bottom;
  const balance = (from: number) => {
    const rest = goals.slice(from).reduce((sum, lane) => sum + blockHeight(lane), 0);
    columnEnd = columnCount === 2 && column === 0 && rest <= 2 * (bottom - top) ? top + rest / 2 : bottom;
  };
  const nextColumn = (from: number) => {
    if (column + 1 < columnCount) {
      column += 1;
      columnEnd = bottom;
    } else {
      pages.push({ kind: 'title', texts, bars, swatches });
      texts = [{ text: 'Goals (continued)', x: MARGIN, y: MARGIN, size: 13, bold: true, color: '#111827' }];
      bars = [];
      swatches = [];
      column = 0;
      top = MARGIN + 20;
      balance(from);
    }
    y = top;
  };
  balance(0);
  goals.forEach((lane, index) => {
    const goal = lane.goal!;
    const block = blockHeight(lane) - GOAL_GAP;
    let move: boolean;
    if (y === top) move = false;
    // Balancing the last columns: a goal goes where most of it falls.
    else if (columnEnd < bottom) move = y + block / 2 > columnEnd;
    // A goal that fits a column starts one rather than split; a longer one starts here if two key results fit.
    else if (block <= bottom - top) move = y + block > bottom;
    else move = y + GOAL_HEADING_HEIGHT + GOAL_META_HEIGHT + 2 * KEY_RESULT_HEIGHT > bottom;
    if (move) nextColumn(index);
    const heading = (name: string) => {
      swatches.push({ x: columnX(), y: y + 2, color: goal.color });
      texts.push({
        text: fitText(name, columnWidth - 16, 10.5, measure, true),
        x: columnX() + 14,
        y,
        size: 10.5,
        bold: true,
        color: '#111827',
      });
      y += GOAL_HEADING_HEIGHT;
    };
    heading(goal.title);
    const meta = [
      GOAL_STATUS_LABELS[goal.status],
      goal.owner && `owner ${goal.owner}`,
      lane.progress !== null && `${Math.round(lane.progress)}% of key results`,
    ]
      .filter(Boolean)
      .join(' · ');
    texts.push({
      text: fitText(meta, columnWidth - 16, 8, measure),
      x: columnX() + 14,
      y,
      size: 8,
      color: '#4b5563',
    });
    y += GOAL_META_HEIGHT;
    for (const keyResult of lane.keyResults) {
      if (y + keyResultHeight(keyResult) > bottom) {
        nextColumn(index + 1);
        heading(`${goal.title} (cont.)`);
      }
      const left = columnX() + 24;
      const barX = columnX() + columnWidth - 112;
      // The values right-aligned before the bar, whole unless they would leave the name too little room;
      // the name takes the rest.
      const values = fitText(keyResultValues(keyResult), barX - 20 - left - KEY_RESULT_NAME_MIN, 8, measure);
      const valuesX = barX - 10 - measure(values, 8);
      const name = fitText(keyResult.title, valuesX - 10 - left, 8, measure);
      if (name) texts.push({ text: name, x: left, y, size: 8, color: '#111827' });
      // Due date and owner on a small line under the name.
      const detail = [keyResult.dueDate && `due ${keyResult.dueDate}`, keyResult.owner].filter(Boolean).join(' · ');
      if (detail)
        texts.push({
          text: fitText(detail, barX - 10 - left, 6.5, measure),
          x: left,
          y: y + 10,
          size: 6.5,
          color: '#6b7280',
        });
      texts.push({ text: values, x: valuesX, y, size: 8, color: '#374151' });
      const progress = keyResultProgress(keyResult);
      bars.push({ x: barX, y: y + 1.5, width: 80, value: progress, color: goal.color });
      const percent = `${Math.round(progress)}%`;
      texts.push({
        text: percent,
        x: columnX() + columnWidth - measure(percent, 8),
        y,
        size: 8,
        color: '#374151',
      });
      y += keyResultHeight(keyResult);
    }
    y += GOAL_GAP;
  });
  pages.push({ kind: 'title', texts, bars, swatches });
  return pages;
}
