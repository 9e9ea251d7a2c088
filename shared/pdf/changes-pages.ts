import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import type { ChangeGroup, InitiativeChange, KeyResultChange } from '../read-model/changes';
import {
  changesSummary,
  goalChangeText,
  initiativeChangeNotes,
  keyResultChangeText,
  type ChangeNote,
} from '../read-model/change-text';
import type { PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { COLUMN_GAP, flowColumns, pageColumns, type Piece as FlowPiece } from './column-flow';
import { CHANGE_COLORS, changesInExport, deltaColor, goalTitleIn, type PdfComparison } from './comparison';
import { FOOTER_HEIGHT, MARGIN, MIN_FONT, PAGE_TITLE_HEIGHT, SMALL_FONT, type ChangesPage, type TextBox } from './plan';

const GOAL_FONT = 9.5;
const GOAL_LINE = 12;
const ITEM_FONT = 8;
const ITEM_LINE = 10;
const NOTE_LINE = 9.5;
const ITEM_GAP = 3;
const GROUP_GAP = 10;
/** Items are indented under their goal's name; notes that wrap, under their item. */
const ITEM_INDENT = 12;
const NOTE_INDENT = 8;
/** How far a sub-goal is indented under its parent, per level (three levels at most), as on the title page. */
const SUB_GOAL_INDENT = 14;
const SEPARATOR = ' · ';

interface Content {
  texts: TextBox[];
  rules: ChangesPage['rules'][number][];
  swatches: ChangesPage['swatches'][number][];
}
type Piece = FlowPiece<Content>;

/** A piece of colored text in a line of notes. */
interface Run {
  readonly text: string;
  readonly color: string;
  readonly bold?: boolean;
}

/** Lays runs out in lines of `width`, " · " between them; a run too long for a line wraps on its own lines. */
function runLines(runs: readonly Run[], width: number, measure: MeasureText): { run: Run; dx: number }[][] {
  const lines: { run: Run; dx: number }[][] = [[]];
  let x = 0;
  for (const run of runs) {
    const line = lines.at(-1)!;
    const lead = line.length > 0 ? measure(SEPARATOR, MIN_FONT) : 0;
    const runWidth = measure(run.text, MIN_FONT, run.bold);
    if (line.length > 0 && x + lead + runWidth > width) {
      lines.push([]);
      x = 0;
    }
    const current = lines.at(-1)!;
    if (current.length > 0) {
      current.push({ run: { text: SEPARATOR.trim(), color: CHANGE_COLORS.neutral }, dx: x + measure(' ', MIN_FONT) });
      x += measure(SEPARATOR, MIN_FONT);
    }
    if (x + runWidth <= width) {
      current.push({ run, dx: x });
      x += runWidth;
      continue;
    }
    // Longer than a whole line (an old title): wrapped whole, never cut.
    const pieces = wrapText(run.text, width, MIN_FONT, measure, run.bold);
    pieces.forEach((text, index) => {
      if (index > 0) lines.push([]);
      lines.at(-1)!.push({ run: { ...run, text }, dx: index === 0 ? x : 0 });
    });
    x = measure(pieces.at(-1)!, MIN_FONT, run.bold);
  }
  return lines.filter((line) => line.length > 0);
}

/**
 * An item: its name, then its runs (what changed) on the same line when all of it fits, else under the name,
 * indented. One paragraph in a tagged PDF.
 */
function itemPiece(
  name: { text: string; color: string; strike?: boolean },
  runs: readonly Run[],
  left: number,
  width: number,
  measure: MeasureText,
  label: string | null,
): Piece {
  const room = width - left;
  const gap = measure('  ', ITEM_FONT);
  const nameWidth = measure(name.text, ITEM_FONT);
  const inline = runLines(runs, room - nameWidth - gap, measure);
  const fitsInline = nameWidth + gap < room && inline.length <= 1;
  const nameLines = fitsInline ? [name.text] : wrapText(name.text, room, ITEM_FONT, measure);
  const noteLines = fitsInline ? inline : runLines(runs, room - NOTE_INDENT, measure);
  const labelHeight = label ? NOTE_LINE + 1 : 0;
  const height =
    labelHeight + nameLines.length * ITEM_LINE + (fitsInline ? 0 : noteLines.length * NOTE_LINE) + ITEM_GAP;
  return {
    height,
    draw: (x, y, into) => {
      if (label)
        into.texts.push({ text: label, x: x + left, y, size: MIN_FONT, bold: true, color: '#6b7280', role: 'H4' });
      const top = y + labelHeight;
      nameLines.forEach((text, index) =>
        into.texts.push({
          text,
          x: x + left,
          y: top + index * ITEM_LINE,
          size: ITEM_FONT,
          color: name.color,
          strike: name.strike,
          continues: index > 0,
        }),
      );
      const notesX = fitsInline ? x + left + nameWidth + gap : x + left + NOTE_INDENT;
      noteLines.forEach((line, index) => {
        const lineY = fitsInline ? top + 0.4 : top + nameLines.length * ITEM_LINE + index * NOTE_LINE;
        for (const { run, dx } of line)
          into.texts.push({
            text: run.text,
            x: notesX + dx,
            y: lineY,
            size: MIN_FONT,
            bold: run.bold,
            color: run.color,
            continues: true,
          });
      });
    },
  };
}

const toneColor = (note: ChangeNote) => CHANGE_COLORS[note.tone ?? 'neutral'];

/** What an initiative's line says: the review's notes, then its dates (where it is now, and was). */
function initiativeRuns(change: InitiativeChange, goalTitle: (id: string | null) => string): Run[] {
  const runs: Run[] = initiativeChangeNotes(change, goalTitle).map((note) => ({
    text: note.text,
    color: toneColor(note),
    bold: note.tone === 'slipped' || note.tone === 'added' || note.tone === 'removed',
  }));
  const span = (item: { startDate: string | null; endDate: string | null }) =>
    item.startDate === null || item.endDate === null ? 'unscheduled' : `${item.startDate} to ${item.endDate}`;
  if (change.kind === 'added') runs.push({ text: span(change.after!), color: '#6b7280' });
  else if (change.kind === 'removed') runs.push({ text: `was ${span(change.before!)}`, color: '#6b7280' });
  else if (change.startShift !== 0 || change.endShift !== 0 || change.scheduling !== null)
    runs.push({ text: `now ${span(change.after!)}, was ${span(change.before!)}`, color: '#6b7280' });
  return runs;
}

function keyResultRuns(change: KeyResultChange): Run[] {
  const color =
    change.kind === 'added'
      ? CHANGE_COLORS.added
      : change.kind === 'removed'
        ? CHANGE_COLORS.removed
        : deltaColor(change.progressBefore!, change.progressAfter!);
  return [{ text: keyResultChangeText(change), color }];
}

/**
 * The "Changes since ‹baseline›" page(s), after the title page: when and by whom the baseline was taken, the
 * count of changes, then goal by goal (as the Changes view groups them) the goal's status or health, its key
 * results' progress (from → to, in points) and its initiatives added, removed, rescheduled (±days, "slipped"),
 * re-aligned ("from ‹goal›"), with a new status or renamed. Two columns on wide pages; a goal too long for a
 * column continues under its name. No change says so.
 */
export function changesPages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  allLanes: readonly Lane[],
  options: PdfOptions,
  comparison: PdfComparison,
  width: number,
  height: number,
  measure: MeasureText,
): ChangesPage[] {
  const { baseline } = comparison;
  const inner = width - 2 * MARGIN;
  const { columnCount, columnWidth } = pageColumns(inner);
  const groups = changesInExport(comparison, snapshot, lanes, allLanes, options);
  const goalTitle = goalTitleIn(comparison, snapshot);
  const exportedGoals = lanes.filter((lane) => lane.goal !== null).length;
  const scope = [
    `Baseline taken ${comparison.day}${baseline.takenBy ? ` by ${baseline.takenBy}` : ''}`,
    `compared with the plan as of ${options.asOf}`,
    exportedGoals < snapshot.goals.size && `${exportedGoals} of ${snapshot.goals.size} goals`,
    options.initiatives && 'initiatives filtered as on the canvas',
  ]
    .filter(Boolean)
    .join(' · ');
  const summary = changesSummary({
    initiatives: new Map(groups.flatMap((group) => group.initiatives.map((change) => [change.id, change]))),
    keyResults: new Map(groups.flatMap((group) => group.keyResults.map((change) => [change.id, change]))),
  });
  const headingText = (suffix: string) =>
    fitText(
      `${snapshot.meta.title || 'Untitled roadmap'}: changes since ${baseline.name} (${comparison.day})${suffix}`,
      inner,
      10,
      measure,
      true,
    );
  const heading: TextBox = {
    text: headingText(''),
    x: MARGIN,
    y: MARGIN,
    size: 10,
    bold: true,
    color: '#111827',
    role: 'H2',
  };
  const first: Content = { texts: [heading], rules: [], swatches: [] };
  let y = MARGIN + 14;
  for (const text of wrapText(scope, inner, SMALL_FONT, measure)) {
    first.texts.push({ text, x: MARGIN, y, size: SMALL_FONT, color: '#4b5563' });
    y += 10;
  }
  for (const text of wrapText(summary, inner, ITEM_FONT, measure)) {
    first.texts.push({ text, x: MARGIN, y: y + 1, size: ITEM_FONT, color: '#111827' });
    y += ITEM_LINE;
  }
  const top = Math.max(y, MARGIN + PAGE_TITLE_HEIGHT) + 10;
  if (groups.length === 0) {
    first.texts.push({
      text: `Nothing changed since ${baseline.name}.`,
      x: MARGIN,
      y: top,
      size: 9,
      color: '#4b5563',
    });
    return [{ kind: 'changes', ...first }];
  }
  const depthOf = new Map(allLanes.map((lane) => [lane.key, Math.min(3, lane.depth)]));

  const headingPiece = (group: ChangeGroup, continued: boolean): Piece => {
    const indent = (depthOf.get(group.laneKey) ?? 0) * SUB_GOAL_INDENT;
    const name = group.goal ? group.goal.title || 'Untitled goal' : 'Unaligned';
    const lines = wrapText(continued ? `${name} (cont.)` : name, columnWidth - indent - 12, GOAL_FONT, measure, true);
    const goalLine = !continued && group.goalChange ? goalChangeText(group.goalChange) : null;
    const goalLines = goalLine ? wrapText(goalLine, columnWidth - indent - 12, ITEM_FONT, measure) : [];
    return {
      height: lines.length * GOAL_LINE + 3 + goalLines.length * ITEM_LINE + 3,
      draw: (x, top, into) => {
        into.swatches.push({ x: x + indent, y: top + 1.5, color: group.goal?.color ?? '#64748b' });
        lines.forEach((text, index) =>
          into.texts.push({
            text,
            x: x + indent + 12,
            y: top + index * GOAL_LINE,
            size: GOAL_FONT,
            bold: true,
            color: '#111827',
            role: 'H3',
            continues: index > 0,
          }),
        );
        into.rules.push({ x: x + indent, y: top + lines.length * GOAL_LINE, width: columnWidth - indent });
        goalLines.forEach((text, index) =>
          into.texts.push({
            text,
            x: x + indent + 12,
            y: top + lines.length * GOAL_LINE + 3 + index * ITEM_LINE,
            size: ITEM_FONT,
            color: '#374151',
          }),
        );
      },
    };
  };
  const lists = groups.map((group) => {
    const left = (depthOf.get(group.laneKey) ?? 0) * SUB_GOAL_INDENT + ITEM_INDENT;
    const keyResults = group.keyResults.map((change, index) =>
      itemPiece(
        { text: (change.after ?? change.before)!.title || 'Untitled key result', color: '#111827' },
        keyResultRuns(change),
        left,
        columnWidth,
        measure,
        index === 0 ? 'Key results' : null,
      ),
    );
    const initiatives = group.initiatives.map((change, index) =>
      itemPiece(
        {
          text: (change.after ?? change.before)!.title || 'Untitled initiative',
          color: change.kind === 'removed' ? '#6b7280' : '#111827',
          strike: change.kind === 'removed',
        },
        initiativeRuns(change, goalTitle),
        left,
        columnWidth,
        measure,
        index === 0 ? 'Initiatives' : null,
      ),
    );
    return {
      heading: headingPiece(group, false),
      continued: () => headingPiece(group, true),
      items: [...keyResults, ...initiatives],
    };
  });
  const pages = flowColumns<Content>(lists, {
    columnCount,
    columnWidth,
    columnGap: COLUMN_GAP,
    left: MARGIN,
    firstTop: top,
    nextTop: MARGIN + PAGE_TITLE_HEIGHT + 4,
    bottom: height - MARGIN - FOOTER_HEIGHT,
    listGap: GROUP_GAP,
    first,
    newPage: () => ({ texts: [{ ...heading, text: headingText(' (continued)') }], rules: [], swatches: [] }),
  });
  return pages.map((page) => ({ kind: 'changes', ...page }));
}
