import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import { keyResultProgress } from '../read-model/progress';
import { GOAL_STATUS_LABELS } from '../model/goal';
import type { KeyResult } from '../model/key-result';
import type { PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { keyResultSetback, keyResultValues } from './key-result-text';
import { GOAL_STATUS_MARKS } from './legend';
import { FOOTER_HEIGHT, MARGIN, MIN_FONT, type TextBox, type TitlePage } from './plan';

/** The room a key result's name keeps beside its values; with less, the values go on a line of their own. */
const KEY_RESULT_NAME_MIN = 110;
const GOAL_NAME_FONT = 10.5;
const GOAL_NAME_LINE = 13;
const GOAL_META_HEIGHT = 13;
const KEY_RESULT_FONT = 8;
const KEY_RESULT_LINE = 10;
/** A key result's small line under its name: below baseline, due date, owner. */
const DETAIL_LINE = 9.5;
const KEY_RESULT_GAP = 3;
const GOAL_GAP = 8;
/** How far a sub-goal is indented under its parent, per level (three levels at most, as on the canvas). */
const SUB_GOAL_INDENT = 14;
/** Pages at least this wide (landscape) list the goals in two columns. */
const TWO_COLUMNS_MIN_WIDTH = 700;
/** Key-result progress bars are neutral: the goal's color is its identity, not a verdict on it. */
const PROGRESS_COLOR = '#475569';

interface Content {
  texts: TextBox[];
  bars: TitlePage['bars'][number][];
  swatches: TitlePage['swatches'][number][];
}

/** Something that goes down a column whole: a goal's heading or one of its key results. */
interface Piece {
  readonly height: number;
  readonly draw: (x: number, y: number, into: Content) => void;
}

interface GoalBlock {
  readonly heading: Piece;
  /** The heading again ("Grow (cont.)") where a goal's key results continue in another column. */
  readonly continued: Piece;
  readonly keyResults: readonly Piece[];
}

/**
 * The title page(s): title, description, as-of and author, then each goal (sub-goals indented under their
 * parent) with its status mark, owner and key results (baseline → current → target, with a progress bar),
 * in two columns on wide pages. Names wrap rather than being cut, and numbers print whole. Goals are
 * split evenly over the columns and pages they need; one too long for a column continues under its name.
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
  const first: Content = { texts: [], bars: [], swatches: [] };
  const goals = lanes.filter((lane) => lane.goal !== null);
  const top = titleHeader(snapshot, options, goals, inner, measure, first.texts);
  if (goals.length === 0) {
    first.texts.push({ text: 'No goals yet.', x: MARGIN, y: top, size: 9, color: '#4b5563' });
    return [{ kind: 'title', ...first }];
  }
  const blocks = goals.map((lane) => goalBlock(lane, columnWidth, options.locale, measure));
  const frame: Frame = { columnCount, firstTop: top, nextTop: MARGIN + 20, bottom };
  // The fewest pages the goals need, then the most even split over them: no "continued" page with one goal.
  const pageCount = flowGoals(blocks, frame, 1).pageCount;
  let low = 0;
  let high = 1;
  for (let step = 0; step < 14 && pageCount * columnCount > 1; step++) {
    const middle = (low + high) / 2;
    if (flowGoals(blocks, frame, middle).pageCount <= pageCount) high = middle;
    else low = middle;
  }
  const { placements } = flowGoals(blocks, frame, high);
  const pages: Content[] = [first];
  for (const placement of placements) {
    while (pages.length <= placement.page) {
      pages.push({
        texts: [
          { text: 'Goals (continued)', x: MARGIN, y: MARGIN, size: 13, bold: true, color: '#111827', role: 'H2' },
        ],
        bars: [],
        swatches: [],
      });
    }
    placement.piece.draw(MARGIN + placement.column * (columnWidth + columnGap), placement.y, pages[placement.page]!);
  }
  return pages.map((content) => ({ kind: 'title', ...content }));
}

/** The page's top: title, description, as-of and author, the "Goals" heading. Returns where goals start. */
function titleHeader(
  snapshot: RoadmapSnapshot,
  options: PdfOptions,
  goals: readonly Lane[],
  inner: number,
  measure: MeasureText,
  texts: TextBox[],
): number {
  let y = MARGIN + 10;
  const titleLines = wrapText(snapshot.meta.title || 'Untitled roadmap', inner, 22, measure, true);
  const shownTitle = titleLines.slice(0, 3);
  if (titleLines.length > 3) shownTitle[2] = fitText(titleLines.slice(2).join(' '), inner, 22, measure, true);
  for (const line of shownTitle) {
    texts.push({
      text: line,
      x: MARGIN,
      y,
      size: 22,
      bold: true,
      color: '#111827',
      role: 'H1',
      continues: y > MARGIN + 10,
    });
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
  texts.push({ text: 'Goals', x: MARGIN, y, size: 13, bold: true, color: '#111827', role: 'H2' });
  if (goals.some((lane) => lane.keyResults.length > 0)) {
    const legend = 'Key results: baseline → current → target, and progress to target';
    texts.push({
      text: legend,
      x: MARGIN + inner - measure(legend, MIN_FONT),
      y: y + 4,
      size: MIN_FONT,
      color: '#6b7280',
    });
  }
  return y + 20;
}

/** A goal laid out for a column: its heading (name wrapped, status mark, owner, progress) and key results. */
function goalBlock(lane: Lane, columnWidth: number, locale: string, measure: MeasureText): GoalBlock {
  const goal = lane.goal!;
  const indent = Math.min(3, lane.depth) * SUB_GOAL_INDENT;
  const nameWidth = columnWidth - 14 - indent;
  const headingOf = (name: string, withMeta: boolean): Piece => {
    const lines = wrapText(name, nameWidth, GOAL_NAME_FONT, measure, true);
    return {
      height: lines.length * GOAL_NAME_LINE + (withMeta ? GOAL_META_HEIGHT : 1),
      draw: (x, y, into) => {
        // The swatch is the goal's identity (its palette color), as on the canvas.
        into.swatches.push({ x: x + indent, y: y + 2, color: goal.color });
        lines.forEach((line, index) =>
          into.texts.push({
            text: line,
            x: x + indent + 14,
            y: y + index * GOAL_NAME_LINE,
            size: GOAL_NAME_FONT,
            bold: true,
            color: '#111827',
            role: 'H3',
            continues: index > 0,
          }),
        );
        if (!withMeta) return;
        const metaY = y + lines.length * GOAL_NAME_LINE + 0.5;
        const mark = GOAL_STATUS_MARKS[goal.status];
        const markX = x + indent + 14;
        into.texts.push({ text: mark.sign, x: markX, y: metaY, size: 8, color: mark.color });
        const metaX = markX + measure(`${mark.sign} `, 8);
        const meta = [
          GOAL_STATUS_LABELS[goal.status],
          goal.owner && `owner ${goal.owner}`,
          lane.progress !== null && `${Math.round(lane.progress)}% of key results`,
        ]
          .filter(Boolean)
          .join(' · ');
        into.texts.push({
          text: fitText(meta, x + columnWidth - metaX, 8, measure),
          x: metaX,
          y: metaY,
          size: 8,
          color: '#4b5563',
          continues: true,
        });
      },
    };
  };
  return {
    heading: headingOf(goal.title, true),
    continued: headingOf(`${goal.title} (cont.)`, false),
    keyResults: lane.keyResults.map((keyResult) => keyResultPiece(keyResult, indent, columnWidth, locale, measure)),
  };
}

/**
 * A key result: its name (wrapped, never cut), its values whole, right-aligned before the progress bar (on a
 * line of their own when they would leave the name too little room), and a small line with a setback ("below
 * baseline"), the due date and the owner.
 */
function keyResultPiece(
  keyResult: KeyResult,
  indent: number,
  columnWidth: number,
  locale: string,
  measure: MeasureText,
): Piece {
  const left = indent + 24;
  const barX = columnWidth - 112;
  const values = keyResultValues(keyResult, locale);
  const valuesRight = barX - 10;
  const inline = valuesRight - measure(values, KEY_RESULT_FONT) - 10 - left >= KEY_RESULT_NAME_MIN;
  const nameLines = wrapText(
    keyResult.title,
    inline ? valuesRight - measure(values, KEY_RESULT_FONT) - 10 - left : valuesRight - left,
    KEY_RESULT_FONT,
    measure,
  );
  // Values wider than all the room there is wrap between numbers (at spaces), never inside one.
  const valueLines = inline ? [values] : wrapText(values, valuesRight - left, KEY_RESULT_FONT, measure);
  const setback = keyResultSetback(keyResult);
  const detail = [keyResult.dueDate && `due ${keyResult.dueDate}`, keyResult.owner].filter(Boolean).join(' · ');
  const textLines = nameLines.length + (inline ? 0 : valueLines.length);
  return {
    height: textLines * KEY_RESULT_LINE + (setback || detail ? DETAIL_LINE : 0) + KEY_RESULT_GAP,
    draw: (x, y, into) => {
      nameLines.forEach((line, index) =>
        into.texts.push({
          text: line,
          x: x + left,
          y: y + index * KEY_RESULT_LINE,
          size: KEY_RESULT_FONT,
          color: '#111827',
          continues: index > 0,
        }),
      );
      valueLines.forEach((line, index) =>
        into.texts.push({
          text: line,
          x: x + valuesRight - measure(line, KEY_RESULT_FONT),
          y: y + (inline ? 0 : nameLines.length + index) * KEY_RESULT_LINE,
          size: KEY_RESULT_FONT,
          color: '#374151',
        }),
      );
      const progress = keyResultProgress(keyResult);
      into.bars.push({ x: x + barX, y: y + 1.5, width: 80, value: progress, color: PROGRESS_COLOR });
      const percent = `${Math.round(progress)}%`;
      into.texts.push({
        text: percent,
        x: x + columnWidth - measure(percent, KEY_RESULT_FONT),
        y,
        size: KEY_RESULT_FONT,
        color: '#374151',
      });
      const detailY = y + textLines * KEY_RESULT_LINE;
      let detailX = x + left;
      if (setback) {
        // Progress reads 0% for a key result that went backwards: this says which way it went.
        const text = `${setback.startsWith('below') ? '↓' : '↑'} ${setback}`;
        into.texts.push({ text, x: detailX, y: detailY, size: MIN_FONT, bold: true, color: '#b91c1c' });
        detailX += measure(`${text} · `, MIN_FONT, true);
      }
      if (detail)
        into.texts.push({
          text: fitText(detail, x + valuesRight - detailX, MIN_FONT, measure),
          x: detailX,
          y: detailY,
          size: MIN_FONT,
          color: '#6b7280',
        });
    },
  };
}

interface Frame {
  readonly columnCount: number;
  /** Where goals start on the first page (under the title) and on the pages after it. */
  readonly firstTop: number;
  readonly nextTop: number;
  readonly bottom: number;
}

/**
 * Where each piece goes when a column may fill only `fill` (0–1) of its height before the next goal moves
 * on: a goal that fits a column starts a new one rather than split; a longer one starts where its heading
 * and two key results fit, and continues under its name.
 */
function flowGoals(blocks: readonly GoalBlock[], frame: Frame, fill: number) {
  const placements: { page: number; column: number; y: number; piece: Piece }[] = [];
  let page = 0;
  let column = 0;
  let top = frame.firstTop;
  let y = top;
  const nextColumn = () => {
    if (column + 1 < frame.columnCount) column += 1;
    else {
      page += 1;
      column = 0;
      top = frame.nextTop;
    }
    y = top;
  };
  const place = (piece: Piece) => {
    placements.push({ page, column, y, piece });
    y += piece.height;
  };
  for (const block of blocks) {
    const whole = block.heading.height + block.keyResults.reduce((sum, piece) => sum + piece.height, 0);
    if (y > top) {
      const start = block.heading.height + block.keyResults.slice(0, 2).reduce((sum, piece) => sum + piece.height, 0);
      const move =
        whole <= frame.bottom - top ? y + whole > top + fill * (frame.bottom - top) : y + start > frame.bottom;
      if (move) nextColumn();
    }
    place(block.heading);
    for (const keyResult of block.keyResults) {
      if (y + keyResult.height > frame.bottom) {
        nextColumn();
        place(block.continued);
      }
      place(keyResult);
    }
    y += GOAL_GAP;
  }
  return { placements, pageCount: page + 1 };
}
