import { STATUS_COLORS } from '../layout/colors';
import { INITIATIVE_STATUS_LABELS, type InitiativeStatus } from '../model/initiative';
import type { GoalStatus } from '../model/goal';
import { isViolated } from '../model/dependency';
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import type { IsoDate } from '../time/iso-date';
import type { PdfOptions } from './options';
import type { MeasureText } from './text-fit';
import { SMALL_FONT, type LegendEntry, type LegendSymbol, type TimelinePage } from './plan';

/** A legend line's height. */
export const LEGEND_HEIGHT = 14;
/** The legend wraps to this many lines (teams, when bars are colored by team), then says "+N more". */
const LEGEND_LINES = 2;

/** The sign before a bar's title, so its status reads without color (the legend repeats them). */
export const STATUS_SIGNS: Readonly<Record<InitiativeStatus, string>> = {
  planned: '',
  'in-progress': '◐ ',
  done: '✓ ',
  'at-risk': '! ',
  proposed: '',
  dropped: '',
};

/**
 * A goal's status by its own mark, never by the goal's color (which is the goal's identity: a goal colored
 * red is not a warning). Each mark has its own shape, so it reads in grayscale too.
 */
export const GOAL_STATUS_MARKS: Readonly<Record<GoalStatus, { readonly sign: string; readonly color: string }>> = {
  'on-track': { sign: '●', color: '#15803d' },
  'at-risk': { sign: '▲', color: '#b45309' },
  'off-track': { sign: '✕', color: '#b91c1c' },
  achieved: { sign: '✓', color: '#15803d' },
  dropped: { sign: '○', color: '#6b7280' },
};

const STATUS_ORDER: readonly InitiativeStatus[] = ['planned', 'in-progress', 'done', 'at-risk', 'proposed', 'dropped'];

const SYMBOL_LABELS: Readonly<Record<LegendSymbol, string>> = {
  milestone: 'Milestone',
  dependency: 'Depends on',
  violated: 'Starts too early',
  today: 'Today',
  pace: 'Progress, and where pace expects it',
  ghost: 'Where it was at the baseline',
};

/** The legend: bar styles by status (readable in grayscale), and colors when bars are colored by status or team. */
export function legendFor(
  options: PdfOptions,
  symbols: readonly LegendSymbol[],
  teamPalette: ReadonlyMap<string, string>,
  exportedTeams: ReadonlySet<string>,
  x0: number,
  y: number,
  measure: MeasureText,
  width: number,
  baselineName: string | null = null,
): TimelinePage['legend'] {
  const label = (symbol: LegendSymbol) =>
    symbol === 'ghost' && baselineName
      ? `Where it was at ${baselineName} (+N d: ends N days later)`
      : SYMBOL_LABELS[symbol];
  const entries: (Omit<LegendEntry, 'text'> & { label: string })[] = [
    ...STATUS_ORDER.map((status) => ({
      swatch: options.colorBy === 'status' ? STATUS_COLORS[status] : null,
      status,
      symbol: null,
      label: `${STATUS_SIGNS[status]}${INITIATIVE_STATUS_LABELS[status]}`,
    })),
    ...symbols.map((symbol) => ({ swatch: null, status: null, symbol, label: label(symbol) })),
  ];
  if (options.colorBy === 'team') {
    // The teams in what is exported (colors as on the canvas).
    for (const [team, color] of teamPalette) {
      if (exportedTeams.has(team))
        entries.push({ swatch: color, status: null, symbol: null, label: team || 'No team' });
    }
  }
  const legend: LegendEntry[] = [];
  let x = x0;
  let line = 0;
  for (const [index, entry] of entries.entries()) {
    const textWidth = measure(entry.label, SMALL_FONT);
    const left = entries.length - index;
    // On the last line, keep room to say how many did not fit.
    const moreRoom = () => (left > 1 && line === LEGEND_LINES - 1 ? measure(`+${left - 1} more`, SMALL_FONT) + 8 : 0);
    if (x + 22 + textWidth + moreRoom() > x0 + width && line < LEGEND_LINES - 1) {
      line += 1;
      x = x0;
      y += LEGEND_HEIGHT;
    }
    if (x + 22 + textWidth + moreRoom() > x0 + width) {
      legend.push({
        swatch: null,
        status: null,
        symbol: null,
        text: { text: `+${left} more`, x, y: y + 2, size: SMALL_FONT, color: '#6b7280' },
      });
      break;
    }
    legend.push({
      swatch: entry.swatch,
      status: entry.status,
      symbol: entry.symbol,
      text: { text: entry.label, x: x + 20, y: y + 2, size: SMALL_FONT, color: '#374151' },
    });
    x += 20 + textWidth + 12;
  }
  return legend;
}

/** The marks an export has, for its legend: milestones in its dates, dependencies (kept, violated), today. */
export function exportMarks(
  snapshot: RoadmapSnapshot,
  drawn: readonly Lane[],
  start: IsoDate,
  end: IsoDate,
  asOf: IsoDate,
): LegendSymbol[] {
  const drawnIds = new Set(drawn.flatMap((lane) => lane.initiatives.map((initiative) => initiative.id)));
  const links = [...snapshot.dependencies.values()].flatMap((dependency) => {
    const from = snapshot.initiatives.get(dependency.fromId);
    const to = snapshot.initiatives.get(dependency.toId);
    return from && to && drawnIds.has(from.id) && drawnIds.has(to.id) ? [isViolated(from, to)] : [];
  });
  return [
    ...(drawn.some((lane) => lane.milestones.some((milestone) => milestone.date >= start && milestone.date <= end))
      ? (['milestone'] as const)
      : []),
    ...(links.some((violated) => !violated) ? (['dependency'] as const) : []),
    ...(links.some((violated) => violated) ? (['violated'] as const) : []),
    ...(asOf >= start && asOf <= end ? (['today'] as const) : []),
  ];
}

/** Of the export's marks, those a page shows (its legend explains only what is on it). */
export function pageMarks(
  marks: readonly LegendSymbol[],
  hasMilestones: boolean,
  arrows: readonly { readonly violated: boolean }[],
  hasToday: boolean,
  hasPace: boolean,
  hasGhosts = false,
): LegendSymbol[] {
  return marks.filter((mark) =>
    mark === 'milestone'
      ? hasMilestones
      : mark === 'dependency'
        ? arrows.some((arrow) => !arrow.violated)
        : mark === 'violated'
          ? arrows.some((arrow) => arrow.violated)
          : mark === 'pace'
            ? hasPace
            : mark === 'ghost'
              ? hasGhosts
              : hasToday,
  );
}
