import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
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
  const spec: [string, number][] = [
    ['Initiative', 0.36],
    ['Owner', 0.13],
    ['Team', 0.11],
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
        .map((initiative) => [
          // Invalid values print as stored, marked: never silently made to look right.
          `${initiative.problems.length > 0 ? '⚠ ' : ''}${initiative.title || 'Untitled initiative'}`,
          initiative.owner,
          initiative.team,
          initiative.startDate,
          initiative.endDate,
          initiative.problems.some((problem) => problem.field === 'status')
            ? '⚠ Invalid status'
            : INITIATIVE_STATUS_LABELS[initiative.status],
          // "0%" only where progress is being made; for work not started, done or dropped, nothing to report.
          initiative.progress === 0 && initiative.status !== 'in-progress' && initiative.status !== 'at-risk'
            ? '—'
            : `${initiative.progress}%`,
        ]),
      ...lane.milestones
        .filter((milestone) => milestone.date >= start && milestone.date <= end)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((milestone) => [
          `◇ ${milestone.title || 'Untitled milestone'}`,
          '',
          '',
          milestone.date,
          '',
          'Milestone',
          '',
        ]),
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
      const rowHeight = titleLines.length * LINE + 5;
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
      cells.slice(1).forEach((cell, index) => {
        const column = columns[index + 1]!;
        const text = fitText(cell, column.width - 6, SIZE, measure);
        if (text)
          texts.push({
            text,
            x: cellX(column, text, index === cells.length - 2),
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
