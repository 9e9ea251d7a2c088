import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import { INITIATIVE_STATUS_LABELS } from '../model/initiative';
import { fitText, wrapText, type MeasureText } from './text-fit';
import { FOOTER_HEIGHT, laneTitle, MARGIN, MIN_FONT, PAGE_TITLE_HEIGHT, type AppendixPage, type TextBox } from './plan';

/** The appendix: every initiative and milestone by goal, in a table that breaks across pages with its header repeated. */
export function appendixPages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  width: number,
  height: number,
  measure: MeasureText,
): AppendixPage[] {
  const size = MIN_FONT;
  const line = 9.5;
  const inner = width - 2 * MARGIN;
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
  const headerY = MARGIN + PAGE_TITLE_HEIGHT;
  // Numbers (the last column) align right, text left.
  const cellX = (column: { x: number; width: number }, text: string, last: boolean, bold = false) =>
    last ? column.x + column.width - 3 - measure(text, size, bold) : column.x + 3;
  const columns = spec.map(([label, share], index) => {
    const column = {
      x,
      width: inner * share,
      label: {
        text: label,
        x: cellX({ x, width: inner * share }, label, index === spec.length - 1, true),
        y: headerY + 3,
        size,
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
  const heading = {
    text: fitText(`${snapshot.meta.title}: initiatives by goal`, inner, 10, measure, true),
    x: MARGIN,
    y: headingY,
    size: 10,
    bold: true,
    color: '#111827',
  };
  const flush = () => {
    pages.push({ kind: 'appendix', heading, columns, headerY, rows });
    rows = [];
    y = bodyTop;
  };
  for (const lane of lanes) {
    // The goal's initiatives, then its milestones by date (a diamond before the name, the date under Start).
    const entries = [
      ...lane.initiatives.map((initiative) => [
        initiative.title || 'Untitled initiative',
        initiative.owner,
        initiative.team,
        initiative.startDate,
        initiative.endDate,
        INITIATIVE_STATUS_LABELS[initiative.status],
        // "0%" only where progress is being made; for work not started, done or dropped, nothing to report.
        initiative.progress === 0 && initiative.status !== 'in-progress' && initiative.status !== 'at-risk'
          ? '—'
          : `${initiative.progress}%`,
      ]),
      ...[...lane.milestones]
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
    const groupHeight = 14;
    // A goal's heading never ends a page: it goes with its first rows (three, or all when fewer).
    if (y + groupHeight + Math.min(3, entries.length) * (line + 5) > bottom && rows.length > 0) flush();
    rows.push({
      y,
      height: groupHeight,
      group: true,
      color: lane.goal?.color ?? '#64748b',
      texts: [
        {
          text: fitText(laneTitle(lane), inner - 20, size + 0.8, measure, true),
          x: MARGIN + 14,
          y: y + 3,
          size: size + 0.8,
          bold: true,
          color: '#111827',
        },
      ],
    });
    y += groupHeight;
    for (const cells of entries) {
      // The title wraps (printed in full); the other cells are short and are cut if they must be.
      const titleLines = wrapText(cells[0]!, columns[0]!.width - 6, size, measure);
      const rowHeight = titleLines.length * line + 5;
      if (y + rowHeight > bottom && rows.length > 0) {
        flush();
        // The goal's heading again, so a page never starts with initiatives of an unnamed goal.
        const name = fitText(`${laneTitle(lane)} (cont.)`, inner - 20, size + 0.8, measure, true);
        rows.push({
          y,
          height: groupHeight,
          group: true,
          color: lane.goal?.color ?? '#64748b',
          texts: [{ text: name, x: MARGIN + 14, y: y + 3, size: size + 0.8, bold: true, color: '#111827' }],
        });
        y += groupHeight;
      }
      const texts: TextBox[] = titleLines.map((text, index) => ({
        text,
        x: columns[0]!.x + 3,
        y: y + 3 + index * line,
        size,
        color: '#111827',
      }));
      cells.slice(1).forEach((cell, index) => {
        const column = columns[index + 1]!;
        const text = fitText(cell, column.width - 6, size, measure);
        if (text)
          texts.push({ text, x: cellX(column, text, index === cells.length - 2), y: y + 3, size, color: '#374151' });
      });
      rows.push({ y, height: rowHeight, group: false, color: null, texts });
      y += rowHeight;
    }
  }
  if (rows.length === 0 && pages.length === 0) {
    rows.push({
      y,
      height: 16,
      group: false,
      color: null,
      texts: [
        { text: 'No initiatives or milestones in this export.', x: MARGIN + 3, y: y + 4, size, color: '#6b7280' },
      ],
    });
  }
  if (rows.length > 0) flush();
  return pages;
}
