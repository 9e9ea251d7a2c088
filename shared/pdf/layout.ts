import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { selectLanes, type Lane } from '../read-model/lanes';
import { keyResultProgress } from '../read-model/progress';
import { createTimeScale, type TimeScale } from '../layout/time-scale';
import { headerTicks, unitLabel } from '../layout/zoom';
import { packIntervals } from '../layout/pack-rows';
import { dependencyRoute, type BarBox } from '../layout/dependency-paths';
import { STATUS_COLORS, teamColors, NO_TEAM_COLOR } from '../layout/colors';
import { isViolated } from '../model/dependency';
import { GOAL_STATUS_LABELS } from '../model/goal';
import { INITIATIVE_STATUS_LABELS, type Initiative, type InitiativeStatus } from '../model/initiative';
import type { Milestone } from '../model/milestone';
import { addDays, toEpochDay, type IsoDate } from '../time/iso-date';
import { nextUnitStart, startOfUnit, type CalendarUnit } from '../time/calendar-units';
import { PAGE_SIZES, pageDimensions, type PdfOptions } from './options';
import { fitText, wrapText, type MeasureText } from './text-fit';

// All measurements in PDF points, y growing downwards from the page's top (as PDFKit draws).
export const MARGIN = 30;
export const FOOTER_HEIGHT = 16;
const PAGE_TITLE_HEIGHT = 18;
const LEGEND_HEIGHT = 14;
/** The legend wraps to this many lines (teams, when bars are colored by team), then says "+N more". */
const LEGEND_LINES = 2;
const TIME_HEADER_HEIGHT = 28;
const LANE_HEADER_WIDTH = 132;
const ROW_HEIGHT = 15;
const BAR_HEIGHT = 11;
const LANE_PADDING = 4;
const MILESTONE_BAND = 14;
export const BAR_FONT = 6.8;
export const LANE_TITLE_FONT = 8.2;
export const SMALL_FONT = 6.8;
/** A bar narrower than this never holds its title (it goes beside). */
const INSIDE_LABEL_MIN = 40;
const OUTSIDE_LABEL_MAX = 110;
const MILESTONE_LABEL_MAX = 150;
/** Tiled layout: at least this many points per day, so a month is ~50 pt wide. */
const READABLE_PT_PER_DAY = 1.65;

export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly strike?: boolean;
}

export interface PdfBar {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly color: string;
  readonly status: InitiativeStatus;
  /** How much of the drawn bar the progress fill covers, in points: of the whole bar, even when it is cut. */
  readonly progressWidth: number;
  /** Cut by the page's date range on the left / right. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  readonly label: TextBox | null;
}

export interface PdfLaneBlock {
  readonly key: string;
  readonly y: number;
  readonly height: number;
  readonly color: string;
  readonly texts: readonly TextBox[];
  readonly progress: number | null;
  readonly progressY: number;
  readonly unaligned: boolean;
}

/** What the legend explains besides bar styles and colors. */
export type LegendSymbol = 'milestone' | 'dependency' | 'violated' | 'today';

export interface LegendEntry {
  readonly swatch: string | null;
  readonly status: InitiativeStatus | null;
  readonly symbol: LegendSymbol | null;
  readonly text: TextBox;
}

export interface TimelinePage {
  readonly kind: 'timeline';
  readonly heading: TextBox;
  /** What the page does not show: a stretch of the range with nothing scheduled, or that nothing is. */
  readonly note: TextBox | null;
  readonly legend: readonly LegendEntry[];
  readonly canvasX: number;
  readonly canvasWidth: number;
  readonly headerY: number;
  readonly ticks: readonly {
    readonly x: number;
    readonly width: number;
    readonly label: TextBox;
    readonly major: boolean;
  }[];
  readonly majorTicks: readonly { readonly x: number; readonly label: TextBox }[];
  readonly lanes: readonly PdfLaneBlock[];
  readonly bars: readonly PdfBar[];
  readonly milestones: readonly { readonly x: number; readonly y: number; readonly label: TextBox | null }[];
  readonly arrows: readonly { readonly points: readonly [number, number][]; readonly violated: boolean }[];
  readonly todayX: number | null;
  /** "Today" under the today line, where the lanes end. */
  readonly todayLabel: TextBox | null;
  readonly bottom: number;
}

export interface AppendixPage {
  readonly kind: 'appendix';
  readonly heading: TextBox;
  readonly columns: readonly { readonly x: number; readonly width: number; readonly label: TextBox }[];
  readonly headerY: number;
  readonly rows: readonly {
    readonly y: number;
    readonly height: number;
    readonly group: boolean;
    readonly color: string | null;
    readonly texts: readonly TextBox[];
  }[];
}

export interface TitlePage {
  readonly kind: 'title';
  readonly texts: readonly TextBox[];
  readonly bars: readonly {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly value: number;
    readonly color: string;
  }[];
  readonly swatches: readonly { readonly x: number; readonly y: number; readonly color: string }[];
}

export type PdfPage = TimelinePage | AppendixPage | TitlePage;

/** The whole document, laid out: every page with what goes on it, and what every footer says. */
export interface PdfPlan {
  /** The page in layout points: the paper's size divided by `scale`. */
  readonly width: number;
  readonly height: number;
  /** Layout points to paper points: above 1 on paper larger than A4, so type and bars grow with it. */
  readonly scale: number;
  readonly title: string;
  readonly pages: readonly PdfPage[];
  readonly footer: (pageIndex: number) => { left: TextBox; center: TextBox; right: TextBox };
}

const laneTitle = (lane: Lane) => lane.goal?.title ?? 'Unaligned';

/** The lanes to print: every lane, or those the options name (the canvas passes the ones it shows). */
function chosenLanes(snapshot: RoadmapSnapshot, options: PdfOptions): readonly Lane[] {
  let lanes = selectLanes(snapshot);
  if (options.lanes) {
    const wanted = new Set(options.lanes);
    lanes = lanes.filter((lane) => wanted.has(lane.key));
  }
  if (options.initiatives) {
    const shown = new Set(options.initiatives);
    lanes = lanes.map((lane) => ({
      ...lane,
      initiatives: lane.initiatives.filter((initiative) => shown.has(initiative.id)),
    }));
  }
  return lanes;
}

/** The date range to print: the options', else the content's, widened to whole months (no empty months). */
export function exportRange(lanes: readonly Lane[], options: Pick<PdfOptions, 'from' | 'to'>, asOf: IsoDate) {
  const dates: IsoDate[] = [];
  for (const lane of lanes) {
    for (const initiative of lane.initiatives) {
      dates.push(
        initiative.startDate,
        initiative.endDate < initiative.startDate ? initiative.startDate : initiative.endDate,
      );
    }
    for (const milestone of lane.milestones) dates.push(milestone.date);
  }
  const first = dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : asOf;
  const last = dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : addDays(asOf, 90);
  const monthEnd = (date: IsoDate) => addDays(nextUnitStart(startOfUnit(date, 'month'), 'month', 1), -1);
  let start = options.from ?? startOfUnit(first, 'month');
  let end = options.to ?? monthEnd(last);
  // Only one bound given, beyond the content: show at least the month it names, never a backwards range.
  if (end < start) {
    if (options.from && !options.to) end = monthEnd(options.from);
    else start = startOfUnit(end, 'month');
  }
  return { start, end };
}

function minorUnitFor(ptPerDay: number): CalendarUnit {
  if (ptPerDay * 7 >= 28) return 'week';
  if (ptPerDay * 30.4 >= 20) return 'month';
  if (ptPerDay * 91.3 >= 20) return 'quarter';
  return 'year';
}

/** Splits the range into tiles no wider than the canvas at a readable scale, at month boundaries. */
function tilesOf(start: IsoDate, end: IsoDate, canvasWidth: number, layout: PdfOptions['layout']) {
  const days = toEpochDay(end) - toEpochDay(start) + 1;
  const fit = canvasWidth / days;
  if (layout === 'fit' || fit >= READABLE_PT_PER_DAY) return [{ start, end, ptPerDay: fit }];
  const tiles: { start: IsoDate; end: IsoDate; ptPerDay: number }[] = [];
  const daysPerTile = Math.floor(canvasWidth / READABLE_PT_PER_DAY);
  let tileStart = start;
  while (tileStart <= end) {
    // Whole months, as many as fit (at least one).
    let tileEnd = addDays(nextUnitStart(startOfUnit(tileStart, 'month'), 'month', 1), -1);
    for (;;) {
      const next = addDays(nextUnitStart(startOfUnit(addDays(tileEnd, 1), 'month'), 'month', 1), -1);
      if (toEpochDay(next) - toEpochDay(tileStart) + 1 > daysPerTile || tileEnd >= end) break;
      tileEnd = next;
    }
    if (tileEnd > end) tileEnd = end;
    tiles.push({ start: tileStart, end: tileEnd, ptPerDay: 0 });
    tileStart = addDays(tileEnd, 1);
  }
  // Every tile at the same scale, so bars keep their proportions from page to page.
  const widest = Math.max(...tiles.map((tile) => toEpochDay(tile.end) - toEpochDay(tile.start) + 1));
  return tiles.map((tile) => ({ ...tile, ptPerDay: canvasWidth / widest }));
}

/** Mixes a color with white (for light bar fills that print well). */
export function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 255) * amount + 255 * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}

interface PlacedBar {
  initiative: Initiative;
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
function placeBars(lane: Lane, scale: TimeScale, canvasWidth: number, measure: MeasureText) {
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

/** The timeline pages: lanes paginate down (a lane taller than a page continues with its header repeated). */
function timelinePages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  width: number,
  height: number,
  measure: MeasureText,
): TimelinePage[] {
  const canvasX = MARGIN + LANE_HEADER_WIDTH;
  const canvasWidth = width - 2 * MARGIN - LANE_HEADER_WIDTH;
  const { start, end } = exportRange(lanes, options, options.asOf);
  const tiles = tilesOf(start, end, canvasWidth, options.layout);
  const teamPalette = teamColors([...snapshot.initiatives.values()].map((initiative) => initiative.team));
  const colorOf = (lane: Lane, initiative: Initiative) =>
    options.colorBy === 'status'
      ? STATUS_COLORS[initiative.status]
      : options.colorBy === 'team'
        ? (teamPalette.get(initiative.team) ?? NO_TEAM_COLOR)
        : (lane.goal?.color ?? '#64748b');
  const pages: TimelinePage[] = [];
  const headingY = MARGIN;
  const legendY = headingY + PAGE_TITLE_HEIGHT;
  const lanesBottom = height - MARGIN - FOOTER_HEIGHT;
  const collapsedLanes = new Set(options.collapsedLanes);
  const exportedTeams = new Set(lanes.flatMap((lane) => lane.initiatives.map((initiative) => initiative.team)));
  // The legend explains the marks this export has.
  const drawn = lanes.filter((lane) => !collapsedLanes.has(lane.key));
  const drawnIds = new Set(drawn.flatMap((lane) => lane.initiatives.map((initiative) => initiative.id)));
  const links = [...snapshot.dependencies.values()].filter(
    (dependency) => drawnIds.has(dependency.fromId) && drawnIds.has(dependency.toId),
  );
  const symbols: LegendSymbol[] = [
    ...(drawn.some((lane) => lane.milestones.some((milestone) => milestone.date >= start && milestone.date <= end))
      ? (['milestone'] as const)
      : []),
    ...(links.length > 0 ? (['dependency'] as const) : []),
    ...(links.some((link) => {
      const from = snapshot.initiatives.get(link.fromId);
      const to = snapshot.initiatives.get(link.toId);
      return from && to && isViolated(from, to);
    })
      ? (['violated'] as const)
      : []),
    ...(options.asOf >= start && options.asOf <= end ? (['today'] as const) : []),
  ];
  const legend = legendFor(options, symbols, teamPalette, exportedTeams, MARGIN, legendY, measure, width - 2 * MARGIN);
  const legendLines = new Set(legend.map((entry) => entry.text.y)).size;
  const headerY = legendY + legendLines * LEGEND_HEIGHT;
  const lanesTop = headerY + TIME_HEADER_HEIGHT;

  // A tile with nothing on it (a long range past the content) is not printed.
  const hasContent = (tile: { start: IsoDate; end: IsoDate }) =>
    lanes.some(
      (lane) =>
        lane.initiatives.some((item) => item.startDate <= tile.end && item.endDate >= tile.start) ||
        lane.milestones.some((milestone) => milestone.date >= tile.start && milestone.date <= tile.end),
    );
  const printed = tiles.length > 1 ? tiles.filter(hasContent) : tiles;
  // Said on every page: a range asked for with stretches of nothing (left out when tiled), or no content at all.
  const monthYear = (date: IsoDate) => `${unitLabel(date, 'month', 1)} ${date.slice(0, 4)}`;
  const empty = printed.length === 0 || !printed.some(hasContent);
  // Runs of tiles left out, each from its first tile's start to its last one's end.
  const runs: { start: IsoDate; end: IsoDate }[] = [];
  tiles.forEach((tile, index) => {
    if (empty || printed.includes(tile)) return;
    const previous = tiles[index - 1];
    if (previous && !printed.includes(previous)) runs.at(-1)!.end = tile.end;
    else runs.push({ start: tile.start, end: tile.end });
  });
  const noteText = empty
    ? 'Nothing scheduled in this export.'
    : runs.length > 0
      ? `Nothing scheduled ${runs.map((run) => `${monthYear(run.start)} – ${monthYear(run.end)}`).join(', ')}: left out.`
      : '';
  const noteFor = (headingText: string): TextBox | null => {
    if (!noteText) return null;
    if (empty) return { text: noteText, x: canvasX + 8, y: lanesTop + 8, size: 8, color: '#6b7280' };
    const room = width - 2 * MARGIN - measure(headingText, 10, true) - 16;
    const text = fitText(noteText, room, SMALL_FONT, measure);
    return { text, x: width - MARGIN - measure(text, SMALL_FONT), y: headingY + 2, size: SMALL_FONT, color: '#6b7280' };
  };
  (printed.length > 0 ? printed : tiles.slice(0, 1)).forEach((tile, tileIndex, shown) => {
    const scale = createTimeScale(tile.start, tile.end, tile.ptPerDay);
    const minor = minorUnitFor(tile.ptPerDay);
    // Weeks sit under months ("Jan 2027"), anything coarser under years.
    const major: CalendarUnit | null = minor === 'year' ? null : minor === 'week' ? 'month' : 'year';
    const fiscalStart = snapshot.meta.fiscalYearStartMonth;
    const minorTicks = headerTicks(scale, minor, fiscalStart, major ?? undefined);
    const yearTicks = major ? headerTicks(scale, major, fiscalStart) : [];
    const ticks = minorTicks.map((tick) => ({
      x: canvasX + tick.x,
      width: tick.width,
      major: tick.majorBoundary,
      label: {
        // No label for a cell too narrow for all of it ("De…" reads as noise), nor for a week that starts
        // before the range (its date is not where it is drawn).
        text:
          measure(tick.label, SMALL_FONT) <= tick.width - 3 && !(minor === 'week' && tick.start < tile.start)
            ? tick.label
            : '',
        x: canvasX + tick.x + 2,
        y: headerY + 15,
        size: SMALL_FONT,
        color: '#374151',
      },
    }));
    const majorTicks = yearTicks.map((tick) => {
      const label = major === 'month' ? `${tick.label} ${tick.start.slice(0, 4)}` : tick.label;
      return {
        x: canvasX + tick.x,
        label: {
          text: measure(label, SMALL_FONT + 0.4, true) <= tick.width - 3 ? label : '',
          x: canvasX + tick.x + 2,
          y: headerY + 2,
          size: SMALL_FONT + 0.4,
          bold: true,
          color: '#111827',
        },
      };
    });
    const tileLabel = shown.length > 1 ? ` (part ${tileIndex + 1} of ${shown.length})` : '';
    const headingText = fitText(`${snapshot.meta.title}: timeline${tileLabel}`, width - 2 * MARGIN, 10, measure, true);

    let page: {
      lanes: PdfLaneBlock[];
      bars: PdfBar[];
      milestones: TimelinePage['milestones'][number][];
      y: number;
      boxes: Map<string, BarBox>;
    } = newPage();
    function newPage() {
      return { lanes: [], bars: [], milestones: [], y: lanesTop, boxes: new Map() };
    }
    const flush = () => {
      const arrows: TimelinePage['arrows'][number][] = [];
      for (const dependency of snapshot.dependencies.values()) {
        const from = page.boxes.get(dependency.fromId);
        const to = page.boxes.get(dependency.toId);
        const a = snapshot.initiatives.get(dependency.fromId);
        const b = snapshot.initiatives.get(dependency.toId);
        if (!from || !to || !a || !b) continue;
        arrows.push({ points: dependencyRoute(from, to, 4), violated: isViolated(a, b) });
      }
      const inRange = options.asOf >= tile.start && options.asOf <= tile.end;
      const todayX = inRange ? canvasX + scale.xOf(options.asOf) + tile.ptPerDay / 2 : null;
      pages.push({
        kind: 'timeline',
        heading: { text: headingText, x: MARGIN, y: headingY, size: 10, bold: true, color: '#111827' },
        note: noteFor(headingText),
        legend,
        canvasX,
        canvasWidth,
        headerY,
        ticks,
        majorTicks,
        lanes: page.lanes,
        bars: page.bars,
        milestones: page.milestones,
        arrows,
        todayX,
        todayLabel:
          todayX === null
            ? null
            : {
                text: 'Today',
                x: todayX - measure('Today', 6) / 2,
                y: page.y + 2,
                size: 6,
                bold: true,
                color: '#e11d48',
              },
        bottom: page.y,
      });
      page = newPage();
    };

    /**
     * A lane's milestones on this tile: diamonds a few points apart share one label ("GA · Review"); each
     * label goes where all of it fits, right of its diamonds or left of them, else where more of it shows,
     * ellipsized. Labels never overlap; every name is also in the appendix.
     */
    const placeMilestones = (milestones: readonly Milestone[], top: number) => {
      const xOf = (milestone: Milestone) =>
        Math.min(
          canvasX + canvasWidth - 4,
          Math.max(canvasX + 4, canvasX + scale.xOf(milestone.date) + tile.ptPerDay / 2),
        );
      const clusters: { xs: number[]; title: string }[] = [];
      for (const milestone of [...milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
        const x = xOf(milestone);
        const last = clusters.at(-1);
        if (last && x - last.xs.at(-1)! < 10) {
          last.xs.push(x);
          last.title += ` · ${milestone.title}`;
        } else clusters.push({ xs: [x], title: milestone.title });
      }
      const y = top + 2 + MILESTONE_BAND / 2 - 1;
      let labelsEnd = canvasX;
      clusters.forEach((cluster, index) => {
        const first = cluster.xs[0]!;
        const last = cluster.xs.at(-1)!;
        const next = clusters[index + 1]?.xs[0] ?? canvasX + canvasWidth + 4;
        const full = measure(cluster.title, SMALL_FONT);
        const roomRight = Math.min(MILESTONE_LABEL_MAX, next - 10 - (last + 6));
        const roomLeft = Math.min(MILESTONE_LABEL_MAX, first - 6 - (labelsEnd + 4));
        const right = full <= roomRight || (full > roomLeft && roomRight >= roomLeft);
        const text = fitText(cluster.title, right ? roomRight : roomLeft, SMALL_FONT, measure);
        const label: TextBox | null = text
          ? {
              text,
              x: right ? last + 6 : first - 6 - measure(text, SMALL_FONT),
              y: top + 3,
              size: SMALL_FONT,
              color: '#111827',
            }
          : null;
        labelsEnd = Math.max(last + 5, label ? label.x + measure(label.text, SMALL_FONT) : 0);
        cluster.xs.forEach((x, at) => page.milestones.push({ x, y, label: at === 0 ? label : null }));
      });
    };

    for (const lane of lanes) {
      // A lane collapsed on the canvas prints collapsed too: its header, and how many initiatives it holds.
      const collapsed = collapsedLanes.has(lane.key);
      const { placed, rows, rowCount } = collapsed
        ? { placed: [], rows: [], rowCount: 0 }
        : placeBars(lane, scale, canvasWidth, measure);
      const milestones = collapsed
        ? []
        : lane.milestones.filter((milestone) => milestone.date >= tile.start && milestone.date <= tile.end);
      const band = milestones.length > 0 ? MILESTONE_BAND : 0;
      const header = laneHeader(lane, measure, collapsed);
      const headerHeight = header.height;
      // Rows on this page, then the next: a lane is never split unless it is taller than a whole page.
      let firstRow = 0;
      let continued = false;
      const totalRows = Math.max(1, rowCount);
      while (firstRow < totalRows) {
        const topBand = firstRow === 0 ? band : 0;
        const room = lanesBottom - page.y - topBand - 2 * LANE_PADDING;
        const fullPageRoom = lanesBottom - lanesTop - topBand - 2 * LANE_PADDING;
        const rowsLeft = totalRows - firstRow;
        const needed = Math.max(headerHeight, rowsLeft * ROW_HEIGHT + topBand + 2 * LANE_PADDING);
        if (
          page.y + needed > lanesBottom &&
          page.lanes.length > 0 &&
          (needed <= lanesBottom - lanesTop || room < ROW_HEIGHT * 2)
        ) {
          flush();
          continue;
        }
        const fit = Math.max(
          1,
          Math.min(rowsLeft, Math.floor((page.lanes.length === 0 ? fullPageRoom : room) / ROW_HEIGHT)),
        );
        const blockHeight = Math.max(headerHeight, fit * ROW_HEIGHT + topBand + 2 * LANE_PADDING);
        const top = page.y;
        page.lanes.push({
          key: lane.key,
          y: top,
          height: blockHeight,
          color: lane.goal?.color ?? '#64748b',
          texts: header.texts(top, continued),
          progress: collapsed ? null : lane.progress,
          progressY: top + header.progressOffset,
          unaligned: lane.goal === null,
        });
        const rowsTop = top + topBand + LANE_PADDING;
        placed.forEach((bar, index) => {
          const row = rows[index]!;
          if (row < firstRow || row >= firstRow + fit) return;
          const y = rowsTop + (row - firstRow) * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
          const x = canvasX + bar.x;
          page.boxes.set(bar.initiative.id, {
            left: x,
            right: x + bar.width,
            middle: y + BAR_HEIGHT / 2,
            halfHeight: BAR_HEIGHT / 2,
          });
          page.bars.push({
            id: bar.initiative.id,
            x,
            y,
            width: bar.width,
            color: colorOf(lane, bar.initiative),
            status: bar.initiative.status,
            progressWidth: bar.progressWidth,
            clippedStart: bar.clippedStart,
            clippedEnd: bar.clippedEnd,
            label:
              bar.label && bar.label.text
                ? {
                    text: bar.label.text,
                    x: canvasX + bar.label.x,
                    y: y + (BAR_HEIGHT - BAR_FONT) / 2 - 0.6,
                    size: BAR_FONT,
                    color: '#111827',
                    strike: bar.initiative.status === 'dropped',
                  }
                : null,
          });
        });
        if (firstRow === 0) placeMilestones(milestones, top);
        page.y = top + blockHeight;
        firstRow += fit;
        continued = true;
      }
    }
    if (page.lanes.length > 0 || pages.length === 0) flush();
  });
  return pages;
}

/** A lane's header: the goal title (two lines at most), its status and owner, its key-result progress. */
function laneHeader(lane: Lane, measure: MeasureText, collapsed: boolean) {
  // Sub-goals are indented under their parent, as on the canvas.
  const indent = Math.min(3, lane.depth) * 8;
  const width = LANE_HEADER_WIDTH - 14 - indent;
  const titleLines = wrapText(laneTitle(lane), width, LANE_TITLE_FONT, measure, true);
  const lines = titleLines.slice(0, 2);
  if (titleLines.length > 2)
    lines[1] = fitText(`${lines[1]} ${titleLines.slice(2).join(' ')}`, width, LANE_TITLE_FONT, measure, true);
  const count = lane.initiatives.length;
  const meta = fitText(
    collapsed
      ? `Collapsed · ${count} ${count === 1 ? 'initiative' : 'initiatives'}`
      : lane.goal
        ? [GOAL_STATUS_LABELS[lane.goal.status], lane.goal.owner].filter(Boolean).join(' · ')
        : 'Initiatives without a goal',
    width,
    SMALL_FONT,
    measure,
  );
  const metaY = 5 + lines.length * 10;
  const progressOffset = metaY + 11;
  const progress = collapsed ? null : lane.progress;
  const height = progressOffset + (progress !== null ? 10 : 2) + 4;
  return {
    height,
    progressOffset,
    texts: (top: number, continued: boolean): TextBox[] => [
      ...lines.map((line, index) => ({
        text:
          index === lines.length - 1 && continued
            ? fitText(`${line} (cont.)`, width, LANE_TITLE_FONT, measure, true)
            : line,
        x: MARGIN + 8 + indent,
        y: top + 4 + index * 10,
        size: LANE_TITLE_FONT,
        bold: true,
        color: '#111827',
      })),
      { text: meta, x: MARGIN + 8 + indent, y: top + metaY, size: SMALL_FONT, color: '#4b5563' },
      ...(progress !== null
        ? [
            {
              text: `${Math.round(progress)}%`,
              x: MARGIN + 8 + 78,
              y: top + progressOffset - 1,
              size: SMALL_FONT,
              color: '#374151',
            },
          ]
        : []),
    ],
  };
}

/** The sign before a bar's title, so its status reads without color (the legend repeats them). */
export const STATUS_SIGNS: Readonly<Record<InitiativeStatus, string>> = {
  planned: '',
  'in-progress': '▸ ',
  done: '✓ ',
  'at-risk': '! ',
  proposed: '',
  dropped: '',
};

const STATUS_ORDER: readonly InitiativeStatus[] = ['planned', 'in-progress', 'done', 'at-risk', 'proposed', 'dropped'];

const SYMBOL_LABELS: Readonly<Record<LegendSymbol, string>> = {
  milestone: 'Milestone',
  dependency: 'Depends on',
  violated: 'Starts too early',
  today: 'Today',
};

/** The legend: bar styles by status (readable in grayscale), and colors when bars are colored by status or team. */
function legendFor(
  options: PdfOptions,
  symbols: readonly LegendSymbol[],
  teamPalette: ReadonlyMap<string, string>,
  exportedTeams: ReadonlySet<string>,
  x0: number,
  y: number,
  measure: MeasureText,
  width: number,
): TimelinePage['legend'] {
  const entries: (Omit<LegendEntry, 'text'> & { label: string })[] = [
    ...STATUS_ORDER.map((status) => ({
      swatch: options.colorBy === 'status' ? STATUS_COLORS[status] : null,
      status,
      symbol: null,
      label: `${STATUS_SIGNS[status]}${INITIATIVE_STATUS_LABELS[status]}`,
    })),
    ...symbols.map((symbol) => ({ swatch: null, status: null, symbol, label: SYMBOL_LABELS[symbol] })),
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
    const moreRoom = left > 1 && line === LEGEND_LINES - 1 ? measure(`+${left - 1} more`, SMALL_FONT) + 8 : 0;
    if (x + 22 + textWidth + moreRoom > x0 + width && line < LEGEND_LINES - 1) {
      line += 1;
      x = x0;
      y += LEGEND_HEIGHT;
    }
    if (x + 22 + textWidth + moreRoom > x0 + width) {
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

/** The appendix: every initiative by goal, in a table that breaks across pages with its header repeated. */
function appendixPages(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  width: number,
  height: number,
  measure: MeasureText,
): AppendixPage[] {
  const size = 7.2;
  const line = 9.2;
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
        `${initiative.progress}%`,
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
const GOAL_GAP = 8;
/** Pages at least this wide (landscape) list the goals in two columns. */
const TWO_COLUMNS_MIN_WIDTH = 700;

/**
 * The title page(s): title, description, as-of and author, then each goal with owner, status and key
 * results (baseline → current → target, with a progress bar), in two columns on wide pages. A goal moves
 * to the next column whole when it fits there; one too long for a column continues under its name.
 */
function titlePages(
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
    GOAL_HEADING_HEIGHT + GOAL_META_HEIGHT + lane.keyResults.length * KEY_RESULT_HEIGHT + GOAL_GAP;
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
      if (y + KEY_RESULT_HEIGHT > bottom) {
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
      y += KEY_RESULT_HEIGHT;
    }
    y += GOAL_GAP;
  });
  pages.push({ kind: 'title', texts, bars, swatches });
  return pages;
}

/**
 * How much larger than on A4 everything is drawn on a paper size: half-way (geometrically) between the same
 * size (more fits, but the page looks empty and small) and A4 blown up (nothing more fits). A3 ≈ 1.19.
 */
export function paperScale(pageSize: PdfOptions['pageSize']): number {
  const ratio = PAGE_SIZES[pageSize][0] / PAGE_SIZES.A4[0];
  return ratio < 1.1 ? 1 : Math.sqrt(ratio);
}

/**
 * Lays the whole PDF out from a roadmap snapshot: title page(s), timeline pages (from the same time scale
 * and lane model as the canvas) and the appendix, each section as the options ask.
 */
export function planPdf(snapshot: RoadmapSnapshot, options: PdfOptions, measure: MeasureText): PdfPlan {
  const paper = pageDimensions(options);
  const scale = paperScale(options.pageSize);
  const width = paper.width / scale;
  const height = paper.height / scale;
  const lanes = chosenLanes(snapshot, options);
  const pages: PdfPage[] = [
    ...(options.sections.title ? titlePages(snapshot, lanes, options, width, height, measure) : []),
    ...(options.sections.timeline ? timelinePages(snapshot, lanes, options, width, height, measure) : []),
    ...(options.sections.appendix ? appendixPages(snapshot, lanes, width, height, measure) : []),
  ];
  const title = snapshot.meta.title || 'Untitled roadmap';
  const footerY = height - MARGIN - 4;
  return {
    width,
    height,
    scale,
    title,
    pages,
    footer: (index) => {
      const right = `page ${index + 1} of ${pages.length}`;
      const center = `As of ${options.asOf}`;
      const rightWidth = measure(right, SMALL_FONT);
      const centerWidth = measure(center, SMALL_FONT);
      return {
        left: {
          text: fitText(title, width / 2 - MARGIN - centerWidth / 2 - 10, SMALL_FONT, measure),
          x: MARGIN,
          y: footerY,
          size: SMALL_FONT,
          color: '#6b7280',
        },
        center: { text: center, x: width / 2 - centerWidth / 2, y: footerY, size: SMALL_FONT, color: '#6b7280' },
        right: { text: right, x: width - MARGIN - rightWidth, y: footerY, size: SMALL_FONT, color: '#6b7280' },
      };
    },
  };
}
