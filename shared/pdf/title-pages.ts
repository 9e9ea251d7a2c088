import { COLUMN_GAP, pageColumns } from './column-flow';
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import type { Alignment } from '../read-model/alignment';
import type { GoalStanding, KeyResultStanding } from '../read-model/pace';
import { GOAL_STATUS_LABELS } from '../model/goal';
import { CONFIDENCE_LABELS } from '../model/check-in';
import type { PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { formatValue, keyResultSetback, keyResultValues } from './key-result-text';
import { GOAL_STATUS_MARKS } from './legend';
import { pointsLabel } from '../read-model/change-text';
import { CHANGE_COLORS, deltaColor, type PdfComparison } from './comparison';
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
/** Key-result progress bars are neutral: the goal's color is its identity, not a verdict on it. */
const PROGRESS_COLOR = '#475569';
/**
 * The progress bars' width, the room from a bar's left to the column's right edge (its percent after it),
 * and the room after the percent for the change since a baseline ("−100 pts"): the bars are shorter when
 * the export compares, so names and values keep their room.
 */
interface ProgressColumn {
  readonly bar: number;
  readonly room: number;
  readonly delta: number;
}
const PROGRESS: ProgressColumn = { bar: 80, room: 112, delta: 0 };
function progressColumn(comparison: PdfComparison | null, measure: MeasureText): ProgressColumn {
  if (!comparison) return PROGRESS;
  const delta = Math.ceil(measure('\u2212100 pts', MIN_FONT, true)) + 6;
  return { bar: 56, room: 56 + 32 + delta, delta };
}
/** "Behind pace" and "stale": a warning, not a verdict on the goal, so amber rather than red. */
const WARNING_COLOR = '#b45309';
/** The mark before a stale key result's warning (a clock face). */
export const STALE_SIGN = '◷';
/** Lines of a check-in's note at most; the rest is cut with an ellipsis. */
const NOTE_LINES = 2;

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
 * The title page(s): title, vision, description, as-of and author, then each goal (sub-goals indented under
 * their parent) with its status mark and where it comes from, owner, rolled-up progress and pace, and its key
 * results (baseline → current → target, a progress bar with the pace tick, the latest check-in), in two
 * columns on wide pages. Names wrap rather than being cut, and numbers print whole. Goals are
 * split evenly over the columns and pages they need; one too long for a column continues under its name.
 */
export function titlePages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  alignment: Alignment,
  width: number,
  height: number,
  measure: MeasureText,
  comparison: PdfComparison | null = null,
): TitlePage[] {
  const inner = width - 2 * MARGIN;
  const bottom = height - MARGIN - FOOTER_HEIGHT;
  const { columnCount, columnWidth } = pageColumns(inner);
  const first: Content = { texts: [], bars: [], swatches: [] };
  const goals = lanes.filter((lane) => lane.goal !== null);
  const top = titleHeader(snapshot, options, goals, inner, measure, first, comparison);
  if (goals.length === 0) {
    first.texts.push({ text: 'No goals yet.', x: MARGIN, y: top, size: 9, color: '#4b5563' });
    return [{ kind: 'title', ...first }];
  }
  const blocks = goals.map((lane) =>
    goalBlock(lane, alignment.byGoal.get(lane.goal!.id)!.standing, columnWidth, options.locale, measure, comparison),
  );
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
    placement.piece.draw(MARGIN + placement.column * (columnWidth + COLUMN_GAP), placement.y, pages[placement.page]!);
  }
  return pages.map((content) => ({ kind: 'title', ...content }));
}

/** The page's top: title, vision, description, as-of and author, the "Goals" heading. Returns where goals start. */
function titleHeader(
  snapshot: RoadmapSnapshot,
  options: PdfOptions,
  goals: readonly Lane[],
  inner: number,
  measure: MeasureText,
  content: Content,
  comparison: PdfComparison | null,
): number {
  const { texts } = content;
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
  y = visionStatement(snapshot.meta.vision, y, inner, measure, texts);
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
      [
        `As of ${options.asOf}`,
        options.author && `Prepared by ${options.author}`,
        comparison && `Compared with ${comparison.baseline.name} (${comparison.day})`,
      ]
        .filter(Boolean)
        .join(' · '),
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
    // Right-aligned: "Key results: baseline → current → target · [a bar] progress, tick: expected today".
    const values = 'Key results: baseline → current → target ·';
    const bar = `progress, ┃ where it would be on pace today${comparison ? ' · points since the baseline' : ''}`;
    const sampleWidth = 24;
    const barX = MARGIN + inner - measure(bar, MIN_FONT) - 4 - sampleWidth;
    texts.push({
      text: values,
      x: barX - 4 - measure(values, MIN_FONT),
      y: y + 4,
      size: MIN_FONT,
      color: '#6b7280',
    });
    content.bars.push({ x: barX, y: y + 6, width: sampleWidth, value: 40, expected: 60, color: PROGRESS_COLOR });
    texts.push({ text: bar, x: MARGIN + inner - measure(bar, MIN_FONT), y: y + 4, size: MIN_FONT, color: '#6b7280' });
  }
  return y + 20;
}

/** The roadmap's vision under its title, when it has one: a label and the statement, wrapped. Returns the next y. */
function visionStatement(vision: string, top: number, inner: number, measure: MeasureText, texts: TextBox[]): number {
  const statement = vision.trim().replace(/\s+/g, ' ');
  if (!statement) return top;
  const size = 11;
  const lines = wrapText(statement, inner, size, measure);
  // The vision is a sentence or two (600 characters at most); six lines hold it on any page.
  const shown = lines.slice(0, 6);
  if (lines.length > 6) shown[5] = fitText(lines.slice(5).join(' '), inner, size, measure);
  let y = top + 2;
  texts.push({ text: 'Vision', x: MARGIN, y, size: MIN_FONT, bold: true, color: '#6b7280' });
  y += 11;
  for (const line of shown) {
    texts.push({ text: line, x: MARGIN, y, size, color: '#1f2937', continues: true });
    y += 14;
  }
  return y + 4;
}

/** How a goal's status is set, said after it: by its key results' check-ins, or by its owner. */
function statusSourceText(standing: GoalStanding): string {
  if (standing.statusSource === 'check-ins') return 'from check-ins';
  // It takes its status from check-ins, but has none yet: the owner's stands in.
  return standing.goal.statusSetBy === 'check-ins' ? 'no check-ins yet' : 'set by owner';
}

/** "behind pace (52% expected)", or null when on pace or without a due date. */
function behindPaceText(standing: { behindPace: boolean; expected: number | null }): string | null {
  return standing.behindPace && standing.expected !== null
    ? `behind pace (${Math.round(standing.expected)}% expected)`
    : null;
}

/** What a progress bar says of the comparison with a baseline, after its percent: "+8 pts", "new". */
interface Delta {
  readonly text: string;
  readonly color: string;
}

/**
 * A progress bar with its pace tick and its percent, at the right of a column; compared with a baseline
 * (`column.delta` kept for it), its change since then after it.
 */
function drawProgress(
  x: number,
  y: number,
  columnWidth: number,
  progress: number,
  expected: number | null,
  into: Content,
  measure: MeasureText,
  column: ProgressColumn,
  delta: Delta | null = null,
) {
  const right = x + columnWidth - column.delta;
  into.bars.push({
    x: x + columnWidth - column.room,
    y: y + 1.5,
    width: column.bar,
    value: progress,
    expected,
    color: PROGRESS_COLOR,
  });
  const percent = `${Math.round(progress)}%`;
  into.texts.push({
    text: percent,
    x: right - measure(percent, KEY_RESULT_FONT),
    y,
    size: KEY_RESULT_FONT,
    color: '#374151',
  });
  if (delta)
    into.texts.push({
      text: delta.text,
      x: x + columnWidth - measure(delta.text, MIN_FONT, true),
      y: y + 0.4,
      size: MIN_FONT,
      bold: true,
      color: delta.color,
      continues: true,
    });
}

/** A key result's change in points since the baseline ("±0 pts" when it did not move), or "new". */
function keyResultDelta(comparison: PdfComparison | null, standing: KeyResultStanding): Delta | null {
  if (!comparison) return null;
  const change = comparison.changes.keyResults.get(standing.keyResult.id);
  if (change?.kind === 'added') return { text: 'new', color: CHANGE_COLORS.added };
  const before = change?.progressBefore ?? standing.progress;
  return { text: pointsLabel(before, standing.progress), color: deltaColor(before, standing.progress) };
}

/**
 * A goal laid out for a column: its heading (name wrapped; status mark, where the status comes from, owner,
 * "behind pace"; its rolled-up progress with the pace tick) and its key results.
 */
function goalBlock(
  lane: Lane,
  standing: GoalStanding,
  columnWidth: number,
  locale: string,
  measure: MeasureText,
  comparison: PdfComparison | null,
): GoalBlock {
  const goal = lane.goal!;
  const column = progressColumn(comparison, measure);
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
        const mark = GOAL_STATUS_MARKS[standing.status];
        const markX = x + indent + 14;
        into.texts.push({ text: mark.sign, x: markX, y: metaY, size: 8, color: mark.color });
        const metaX = markX + measure(`${mark.sign} `, 8);
        // The meta stops short of the progress bar; "behind pace" is kept whole, the rest cut if it must be.
        const metaRight = x + (standing.progress === null ? columnWidth : columnWidth - column.room - 10);
        const meta = [
          `${GOAL_STATUS_LABELS[standing.status]} (${statusSourceText(standing)})`,
          goal.owner && `owner ${goal.owner}`,
        ]
          .filter(Boolean)
          .join(' · ');
        // "behind pace (35% expected)", or only "behind pace" where the meta would not fit beside it (the tick
        // on the bar shows the expected pace too).
        const full = behindPaceText(standing);
        const fits = (text: string | null) =>
          measure(meta, 8) + (text ? measure(` · ${text}`, 8, true) : 0) <= metaRight - metaX;
        const behind = full && !fits(full) ? 'behind pace' : full;
        const behindWidth = behind ? measure(` · ${behind}`, 8, true) : 0;
        const shown = fitText(meta, metaRight - metaX - behindWidth, 8, measure);
        into.texts.push({ text: shown, x: metaX, y: metaY, size: 8, color: '#4b5563', continues: true });
        if (behind)
          into.texts.push({
            text: `· ${behind}`,
            x: metaX + measure(`${shown} `, 8),
            y: metaY,
            size: 8,
            bold: true,
            color: WARNING_COLOR,
            continues: true,
          });
        if (standing.progress !== null)
          drawProgress(x, metaY, columnWidth, standing.progress, standing.expected, into, measure, column);
      },
    };
  };
  const keyResults = new Map(standing.keyResults.map((item) => [item.keyResult.id, item]));
  return {
    heading: headingOf(goal.title, true),
    continued: headingOf(`${goal.title} (cont.)`, false),
    keyResults: lane.keyResults.map((keyResult) =>
      keyResultPiece(keyResults.get(keyResult.id)!, indent, columnWidth, locale, measure, comparison),
    ),
  };
}

/** What the latest check-in says: its confidence, its value on its date (ISO, as elsewhere) and who made it. */
function checkInSummary(standing: KeyResultStanding, locale: string): string {
  const latest = standing.keyResult.latestCheckIn;
  if (!latest) return 'No check-in yet';
  return [
    CONFIDENCE_LABELS[latest.confidence],
    `${formatValue(latest.value, standing.keyResult.unit, locale)} on ${latest.date}`,
    latest.author,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A key result: its name (wrapped, never cut), its values whole, right-aligned before the progress bar (on a
 * line of their own when they would leave the name too little room) with the pace tick; a small line with a
 * setback ("below baseline"), "behind pace", the due date and the owner; and its latest check-in: confidence,
 * value, date, who, a stale mark, and its note (wrapped, two lines at most).
 */
function keyResultPiece(
  standing: KeyResultStanding,
  indent: number,
  columnWidth: number,
  locale: string,
  measure: MeasureText,
  comparison: PdfComparison | null,
): Piece {
  const { keyResult } = standing;
  const left = indent + 24;
  const column = progressColumn(comparison, measure);
  const barX = columnWidth - column.room;
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
  const behind = behindPaceText(standing);
  const detail = [keyResult.dueDate && `due ${keyResult.dueDate}`, keyResult.owner].filter(Boolean).join(' · ');
  const textLines = nameLines.length + (inline ? 0 : valueLines.length);
  const hasDetail = Boolean(setback || behind || detail);

  // The check-in line: its confidence's mark, what and when, then "stale" and the note.
  const latest = keyResult.latestCheckIn;
  const mark = latest ? GOAL_STATUS_MARKS[latest.confidence] : null;
  const markWidth = mark ? measure(`${mark.sign} `, MIN_FONT) : 0;
  const summary = checkInSummary(standing, locale);
  const stale = standing.stale ? `${STALE_SIGN} stale: no check-in for ${standing.daysSinceCheckIn} days` : null;
  const lineWidth = columnWidth - left;
  const summaryWidth = markWidth + measure(summary, MIN_FONT) + (stale ? measure(` · ${stale}`, MIN_FONT, true) : 0);
  const note = latest?.note.trim().replace(/\s+/g, ' ') ?? '';
  const quoted = note && `“${note}”`;
  // The note follows on the check-in's line when it fits there whole, else on lines of its own.
  const noteInline = quoted !== '' && summaryWidth + measure(` ${quoted}`, MIN_FONT) <= lineWidth;
  let noteLines = quoted && !noteInline ? wrapText(quoted, lineWidth - 8, MIN_FONT, measure) : [];
  if (noteLines.length > NOTE_LINES)
    noteLines = [
      ...noteLines.slice(0, NOTE_LINES - 1),
      fitText(noteLines.slice(NOTE_LINES - 1).join(' '), lineWidth - 8, MIN_FONT, measure),
    ];
  return {
    height:
      textLines * KEY_RESULT_LINE +
      (hasDetail ? DETAIL_LINE : 0) +
      DETAIL_LINE * (1 + noteLines.length) +
      KEY_RESULT_GAP,
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
      drawProgress(
        x,
        y,
        columnWidth,
        standing.progress,
        standing.expected,
        into,
        measure,
        column,
        keyResultDelta(comparison, standing),
      );
      let lineY = y + textLines * KEY_RESULT_LINE;
      if (hasDetail) {
        let detailX = x + left;
        // Progress reads 0% for a key result that went backwards: this says which way it went.
        const warnings = [
          setback && { text: `${setback.startsWith('below') ? '↓' : '↑'} ${setback}`, color: '#b91c1c' },
          behind && { text: behind, color: WARNING_COLOR },
        ].filter((item): item is { text: string; color: string } => Boolean(item));
        for (const warning of warnings) {
          into.texts.push({
            text: warning.text,
            x: detailX,
            y: lineY,
            size: MIN_FONT,
            bold: true,
            color: warning.color,
          });
          detailX += measure(`${warning.text} · `, MIN_FONT, true);
        }
        if (detail)
          into.texts.push({
            text: fitText(detail, x + valuesRight - detailX, MIN_FONT, measure),
            x: detailX,
            y: lineY,
            size: MIN_FONT,
            color: '#6b7280',
          });
        lineY += DETAIL_LINE;
      }
      let checkInX = x + left;
      if (mark) {
        into.texts.push({ text: mark.sign, x: checkInX, y: lineY, size: MIN_FONT, color: mark.color });
        checkInX += markWidth;
      }
      const summaryText = fitText(summary, x + columnWidth - checkInX, MIN_FONT, measure);
      into.texts.push({
        text: summaryText,
        x: checkInX,
        y: lineY,
        size: MIN_FONT,
        color: '#374151',
        continues: mark !== null,
      });
      checkInX += measure(`${summaryText} `, MIN_FONT);
      if (stale) {
        into.texts.push({
          text: `· ${stale}`,
          x: checkInX,
          y: lineY,
          size: MIN_FONT,
          bold: true,
          color: WARNING_COLOR,
          continues: true,
        });
        checkInX += measure(`· ${stale} `, MIN_FONT, true);
      }
      if (noteInline)
        into.texts.push({ text: quoted, x: checkInX, y: lineY, size: MIN_FONT, color: '#4b5563', continues: true });
      noteLines.forEach((line, index) =>
        into.texts.push({
          text: line,
          x: x + left + 8,
          y: lineY + (index + 1) * DETAIL_LINE,
          size: MIN_FONT,
          color: '#4b5563',
          continues: true,
        }),
      );
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
