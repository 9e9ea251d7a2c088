import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { laneKeyOf, selectUnscheduled, type Lane } from '../read-model/lanes';
import type { Initiative } from '../model/initiative';
import { INITIATIVE_STATUS_LABELS } from '../model/initiative';
import type { PdfOptions } from './options';
import { exportRange } from './export-range';
import { fitText, wrapText, type MeasureText } from './text-fit';
import {
  FOOTER_HEIGHT,
  laneTitle,
  MARGIN,
  MIN_FONT,
  PAGE_TITLE_HEIGHT,
  SMALL_FONT,
  type AppendixPage,
  type TextBox,
} from './plan';

const SIZE = MIN_FONT;
const LINE = 9.5;
const GROUP_FONT = SIZE + 0.8;
const GROUP_LINE = 10.5;
/** The key results an initiative serves wrap to this many lines at most (its title sets the row's height). */
const KEY_RESULT_LINES = 3;
/** How far a sub-goal (and its rows) is indented under its parent, per level (three levels at most). */
const SUB_GOAL_INDENT = 10;

/**
 * What the table holds, said under its heading: the export's dates, and its goals and the canvas's filter
 * when they leave some out ("2027-04-01 to 2027-06-30 · 12 of 40 goals · filtered as on the canvas").
 */
export function appendixScope(snapshot: RoadmapSnapshot, lanes: readonly Lane[], options: PdfOptions): string {
  const { start, end } = exportRange(lanes, options, options.asOf);
  const goals = lanes.filter((lane) => lane.goal !== null).length;
  return [
    `Initiatives and milestones from ${start} to ${end}`,
    options.lanes && goals < snapshot.goals.size && `${goals} of ${snapshot.goals.size} goals`,
    options.initiatives && 'filtered as on the canvas',
    invalidInExport(lanes) > 0 &&
      `⚠ ${invalidInExport(lanes)} with invalid values, printed as stored (a peer or another app wrote them)`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The key results an initiative serves, by title, in the order its goal lists them (the stored links are a
 * set, in no order a reader would know); ids of deleted ones are skipped.
 */
export function keyResultTitles(snapshot: RoadmapSnapshot, ids: readonly string[]): string {
  return ids
    .map((id) => snapshot.keyResults.get(id))
    .filter((keyResult) => keyResult !== undefined)
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1))
    .map((keyResult) => keyResult.title || 'Untitled key result')
    .join('; ');
}

/** A cell's text wrapped to at most `max` lines, the last cut with an ellipsis. */
function cellLines(text: string, width: number, max: number, measure: MeasureText): string[] {
  if (!text) return [];
  const lines = wrapText(text, width, SIZE, measure);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), fitText(lines.slice(max - 1).join(' '), width, SIZE, measure)];
}

/** How many of the exported initiatives have invalid values. */
function invalidInExport(lanes: readonly Lane[]): number {
  return lanes.reduce((count, lane) => count + lane.initiatives.filter((item) => item.problems.length > 0).length, 0);
}

/**
 * The appendix: the initiatives and milestones of the export's goals, filter and dates (an initiative that
 * overlaps the range is in), by goal, sub-goals indented under their parent, in a table that breaks across
 * pages with its header repeated.
 */
export function appendixPages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  width: number,
  height: number,
  measure: MeasureText,
): AppendixPage[] {
  const inner = width - 2 * MARGIN;
  const { start, end } = exportRange(lanes, options, options.asOf);
  // Dates, status and progress keep the room they need whole on a portrait page; names share the rest.
  const spec: [string, number][] = [
    ['Initiative', 0.25],
    ['Key results', 0.15],
    ['Owner', 0.1],
    ['Team', 0.1],
    ['Start', 0.1],
    ['End', 0.1],
    ['Status', 0.11],
    ['Progress', 0.09],
  ];
  let x = MARGIN;
  const headingY = MARGIN;
  const scopeLines = wrapText(appendixScope(snapshot, lanes, options), inner, SMALL_FONT, measure);
  const headerY = MARGIN + PAGE_TITLE_HEIGHT + scopeLines.length * 10;
  // Numbers (the last column) align right, text left.
  const cellX = (column: { x: number; width: number }, text: string, last: boolean, bold = false) =>
    last ? column.x + column.width - 3 - measure(text, SIZE, bold) : column.x + 3;
  const columns = spec.map(([label, share], index) => {
    const column = {
      x,
      width: inner * share,
      label: {
        text: label,
        x: cellX({ x, width: inner * share }, label, index === spec.length - 1, true),
        y: headerY + 3,
        size: SIZE,
        bold: true,
        color: '#111827',
      },
    };
    x += inner * share;
    return column;
  });
  const bodyTop = headerY + 15;
  const bottom = height - MARGIN - FOOTER_HEIGHT;
  const pages: AppendixPage[] = [];
  let rows: AppendixPage['rows'][number][] = [];
  let y = bodyTop;
  const heading: TextBox = {
    text: fitText(`${snapshot.meta.title}: initiatives by goal`, inner, 10, measure, true),
    x: MARGIN,
    y: headingY,
    size: 10,
    bold: true,
    color: '#111827',
    role: 'H2',
  };
  const scope: TextBox[] = scopeLines.map((text, index) => ({
    text,
    x: MARGIN,
    y: headingY + 14 + index * 10,
    size: SMALL_FONT,
    color: '#4b5563',
  }));
  const flush = () => {
    pages.push({ kind: 'appendix', heading, scope, columns, headerY, rows });
    rows = [];
    y = bodyTop;
  };
  // Initiatives without dates are on no page of the timeline: listed here under their goal, last.
  const included = options.initiatives ? new Set(options.initiatives) : null;
  const unscheduledByLane = new Map<string, Initiative[]>();
  for (const initiative of selectUnscheduled(snapshot)) {
    if (included && !included.has(initiative.id)) continue;
    const key = laneKeyOf(initiative.goalId, snapshot.goals);
    unscheduledByLane.set(key, [...(unscheduledByLane.get(key) ?? []), initiative]);
  }
  const row = (initiative: Initiative): string[] => [
    // Invalid values print as stored, marked: never silently made to look right.
    `${initiative.problems.length > 0 ? '⚠ ' : ''}${initiative.title || 'Untitled initiative'}`,
    keyResultTitles(snapshot, initiative.keyResultIds),
    initiative.owner,
    initiative.team,
    initiative.startDate ?? 'Unscheduled',
    initiative.endDate ?? '',
    initiative.problems.some((problem) => problem.field === 'status')
      ? '⚠ Invalid status'
      : INITIATIVE_STATUS_LABELS[initiative.status],
    // "0%" only where progress is being made; for work not started, done or dropped, nothing to report.
    initiative.progress === 0 && initiative.status !== 'in-progress' && initiative.status !== 'at-risk'
      ? '—'
      : `${initiative.progress}%`,
  ];
  for (const lane of lanes) {
    const indent = Math.min(3, lane.depth) * SUB_GOAL_INDENT;
    // The goal's initiatives in the range, then its milestones by date (a diamond before the name, the date
    // under Start).
    const entries = [
      ...lane.initiatives
        // An invalid one is listed whatever its dates say: it may not be placeable, and must not vanish.
        .filter(
          (initiative) =>
            initiative.problems.length > 0 || (initiative.startDate <= end && initiative.endDate >= start),
        )
        .map(row),
      ...lane.milestones
        .filter((milestone) => milestone.date >= start && milestone.date <= end)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((milestone) => [
          `◇ ${milestone.title || 'Untitled milestone'}`,
          '',
          '',
          '',
          milestone.date,
          '',
          'Milestone',
          '',
        ]),
      ...(unscheduledByLane.get(lane.key) ?? []).map(row),
    ];
    if (entries.length === 0) continue;
    // The goal's name whole, wrapped when long.
    const groupRow = (name: string) => {
      const lines = wrapText(name, inner - 20 - indent, GROUP_FONT, measure, true);
      const rowHeight = 14 + (lines.length - 1) * GROUP_LINE;
      return {
        height: rowHeight,
        row: (top: number): AppendixPage['rows'][number] => ({
          y: top,
          height: rowHeight,
          group: true,
          indent,
          color: lane.goal?.color ?? '#64748b',
          texts: lines.map((text, index) => ({
            text,
            x: MARGIN + 14 + indent,
            y: top + 3 + index * GROUP_LINE,
            size: GROUP_FONT,
            bold: true,
            color: '#111827',
            continues: index > 0,
          })),
        }),
      };
    };
    const group = groupRow(laneTitle(lane));
    // A goal's heading never ends a page: it goes with its first rows (three, or all when fewer).
    if (y + group.height + Math.min(3, entries.length) * (LINE + 5) > bottom && rows.length > 0) flush();
    rows.push(group.row(y));
    y += group.height;
    for (const cells of entries) {
      // The title wraps (printed in full); the other cells are short and are cut if they must be.
      const titleLines = wrapText(cells[0]!, columns[0]!.width - 6 - indent, SIZE, measure);
      const keyResultLines = cellLines(cells[1]!, columns[1]!.width - 6, KEY_RESULT_LINES, measure);
      const rowHeight = Math.max(titleLines.length, keyResultLines.length) * LINE + 5;
      if (y + rowHeight > bottom && rows.length > 0) {
        flush();
        // The goal's heading again, so a page never starts with initiatives of an unnamed goal.
        const again = groupRow(`${laneTitle(lane)} (cont.)`);
        rows.push(again.row(y));
        y += again.height;
      }
      const texts: TextBox[] = titleLines.map((text, index) => ({
        text,
        x: columns[0]!.x + 3 + indent,
        y: y + 3 + index * LINE,
        size: SIZE,
        color: '#111827',
      }));
      keyResultLines.forEach((text, index) =>
        texts.push({ text, x: columns[1]!.x + 3, y: y + 3 + index * LINE, size: SIZE, color: '#374151' }),
      );
      cells.slice(2).forEach((cell, index) => {
        const column = columns[index + 2]!;
        const text = fitText(cell, column.width - 6, SIZE, measure);
        if (text)
          texts.push({
            text,
            x: cellX(column, text, index === cells.length - 3),
            y: y + 3,
            size: SIZE,
            color: '#374151',
          });
      });
      rows.push({ y, height: rowHeight, group: false, indent, color: null, texts });
      y += rowHeight;
    }
  }
  if (rows.length === 0 && pages.length === 0) {
    rows.push({
      y,
      height: 16,
      group: false,
      indent: 0,
      color: null,
      texts: [
        {
          text: 'No initiatives or milestones in this export.',
          x: MARGIN + 3,
          y: y + 4,
          size: SIZE,
          color: '#6b7280',
        },
      ],
    });
  }
  if (rows.length > 0) flush();
  return pages;
}
