import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Alignment } from '../read-model/alignment';
import type { GoalStanding } from '../read-model/pace';
import type { Lane } from '../read-model/lanes';
import { createTimeScale } from '../layout/time-scale';
import type { BarBox } from '../layout/dependency-paths';
import { barRect, laneHeight } from '../layout/lane-layout';
import { STATUS_COLORS, teamColors, NO_TEAM_COLOR } from '../layout/colors';
import type { Initiative } from '../model/initiative';
import type { Milestone } from '../model/milestone';
import type { IsoDate } from '../time/iso-date';
import type { PdfOptions } from './options';
import { exportRange } from './export-range';
import { fitText, type MeasureText } from './text-fit';
import {
  BAR_FONT,
  FOOTER_HEIGHT,
  MARGIN,
  PAGE_TITLE_HEIGHT,
  SMALL_FONT,
  type LegendSymbol,
  type PdfBar,
  type PdfLaneBlock,
  type TextBox,
  type TimelinePage,
} from './plan';
import { exportMarks, legendFor, LEGEND_HEIGHT, pageMarks } from './legend';
import { placeBars, type BarChange } from './bar-placement';
import { barChanges, type PdfComparison } from './comparison';
import { milestoneBand } from './milestone-labels';
import { leftOutNote, tilesOf } from './tiles';
import { timeHeader } from './time-header';
import { pageArrows } from './page-arrows';
import { todaySegments } from './today-line';
import { LANE_HEADER_WIDTH, laneHeader } from './lane-header';

const TIME_HEADER_HEIGHT = 28;
const ROW_HEIGHT = 15;
const BAR_HEIGHT = 11;
const LANE_PADDING = 4;
/** The lanes' measures on paper, in points: the canvas's shapes (barRect, laneHeight) at print size. */
const PDF_LANE_METRICS = { rowHeight: ROW_HEIGHT, barHeight: BAR_HEIGHT, lanePadding: LANE_PADDING } as const;

/** What every timeline page of an export shares: where the chart sits, its lanes, colors and legend. */
interface TimelineFrame {
  readonly snapshot: RoadmapSnapshot;
  readonly options: PdfOptions;
  readonly measure: MeasureText;
  readonly width: number;
  readonly canvasX: number;
  readonly canvasWidth: number;
  readonly lanes: readonly Lane[];
  readonly collapsed: ReadonlySet<string>;
  readonly colorOf: (lane: Lane, initiative: Initiative) => string;
  /** What a bar shows of the comparison with a baseline (a ghost, markers); null without one. */
  readonly changeOf: (initiative: Initiative) => BarChange | null;
  /** A goal's standing as of the export's date (status, rolled-up progress), as the title page prints it. */
  readonly standingOf: (lane: Lane) => GoalStanding | null;
  readonly symbols: readonly LegendSymbol[];
  readonly legendWith: (marks: readonly LegendSymbol[]) => ReturnType<typeof legendFor>;
  readonly headingY: number;
  readonly headerY: number;
  readonly lanesTop: number;
  readonly lanesBottom: number;
}

/** One tile (the whole range, or one part of a tiled one) with its time scale. */
interface TileFrame {
  readonly tile: Tile;
  readonly index: number;
  readonly count: number;
  readonly scale: ReturnType<typeof createTimeScale>;
  readonly ticks: ReturnType<typeof timeHeader>['ticks'];
  readonly majorTicks: ReturnType<typeof timeHeader>['majorTicks'];
  readonly headingText: string;
  readonly note: TextBox | null;
}

/** A page being filled, lane block by lane block. */
interface PageInProgress {
  lanes: PdfLaneBlock[];
  bars: PdfBar[];
  milestones: TimelinePage['milestones'][number][];
  y: number;
  boxes: Map<string, BarBox>;
}

type Tile = ReturnType<typeof tilesOf>[number];

/**
 * The timeline pages: lanes paginate down (a lane taller than a page continues with its header repeated).
 * Compared with a baseline, bars that moved show a ghost where they were, and markers say what changed.
 */
export function timelinePages(
  snapshot: RoadmapSnapshot,
  chosen: readonly Lane[],
  options: PdfOptions,
  alignment: Alignment,
  width: number,
  height: number,
  measure: MeasureText,
  comparison: PdfComparison | null = null,
): TimelinePage[] {
  const { start, end } = exportRange(chosen, options, options.asOf);
  const frame = timelineFrame(
    snapshot,
    printedLanes(chosen, start, end),
    options,
    alignment,
    width,
    height,
    measure,
    start,
    end,
    comparison,
  );
  const tiles = tilesOf(start, end, frame.canvasWidth, options.layout);
  const printed = tiles.length > 1 ? tiles.filter((tile) => hasContent(frame.lanes, tile)) : tiles;
  const noteText = timelineNote(frame.lanes, tiles, printed, options.asOf);
  const shown = printed.length > 0 ? printed : tiles.slice(0, 1);
  const pages: TimelinePage[] = [];
  shown.forEach((tile, index) => {
    const tileFrame = tileFrameOf(frame, tile, index, shown.length, noteText);
    pages.push(...tilePages(frame, tileFrame, pages.length === 0));
  });
  return pages;
}

/** Every goal's lane, even with nothing in the range (the goal is part of the story); Unaligned only when something of it is in the range. */
export function printedLanes(chosen: readonly Lane[], start: IsoDate, end: IsoDate): readonly Lane[] {
  const some = chosen.filter((lane) => lane.goal !== null || hasContent([lane], { start, end }));
  return some.length > 0 ? some : chosen.slice(0, 1);
}

/** Whether any of `lanes` has an initiative or a milestone in the dates. */
function hasContent(lanes: readonly Lane[], range: { start: IsoDate; end: IsoDate }): boolean {
  return lanes.some(
    (lane) =>
      lane.initiatives.some((item) => item.startDate <= range.end && item.endDate >= range.start) ||
      lane.milestones.some((milestone) => milestone.date >= range.start && milestone.date <= range.end),
  );
}

/** Each team's color, over every initiative of the roadmap (so a team keeps its color whatever is exported). */
export function teamPaletteOf(snapshot: RoadmapSnapshot): ReadonlyMap<string, string> {
  return teamColors([...snapshot.initiatives.values()].map((initiative) => initiative.team));
}

/** A bar's color, by the export's choice: its goal's, its status's or its team's (from `teamPalette`). */
export function barColors(
  options: PdfOptions,
  teamPalette: ReadonlyMap<string, string>,
): (lane: Lane, initiative: Initiative) => string {
  return (lane, initiative) =>
    options.colorBy === 'status'
      ? STATUS_COLORS[initiative.status]
      : options.colorBy === 'team'
        ? (teamPalette.get(initiative.team) ?? NO_TEAM_COLOR)
        : (lane.goal?.color ?? '#64748b');
}

/** Where everything sits on a timeline page; the legend's height is that of the export's fullest legend. */
function timelineFrame(
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  options: PdfOptions,
  alignment: Alignment,
  width: number,
  height: number,
  measure: MeasureText,
  start: IsoDate,
  end: IsoDate,
  comparison: PdfComparison | null,
): TimelineFrame {
  const headingY = MARGIN;
  const legendY = headingY + PAGE_TITLE_HEIGHT;
  const collapsed = new Set(options.collapsedLanes);
  const teamPalette = teamPaletteOf(snapshot);
  const exportedTeams = new Set(lanes.flatMap((lane) => lane.initiatives.map((initiative) => initiative.team)));
  // The legend explains the marks this export has.
  const standingOf = (lane: Lane) => (lane.goal ? (alignment.byGoal.get(lane.goal.id)?.standing ?? null) : null);
  const expanded = lanes.filter((lane) => !collapsed.has(lane.key));
  const changeOf = barChanges(comparison, snapshot, measure);
  const symbols: LegendSymbol[] = [
    ...exportMarks(snapshot, expanded, start, end, options.asOf),
    // The pace tick on the lanes' progress bars.
    ...(expanded.some((lane) => (standingOf(lane)?.expected ?? null) !== null) ? (['pace'] as const) : []),
    ...(expanded.some((lane) => lane.initiatives.some((initiative) => changeOf(initiative)?.ghost))
      ? (['ghost'] as const)
      : []),
  ];
  const legendWith = (marks: readonly LegendSymbol[]) =>
    legendFor(
      options,
      marks,
      teamPalette,
      exportedTeams,
      MARGIN,
      legendY,
      measure,
      width - 2 * MARGIN,
      comparison?.baseline.name ?? null,
    );
  const legendLines = new Set(legendWith(symbols).map((entry) => entry.text.y)).size;
  const headerY = legendY + legendLines * LEGEND_HEIGHT;
  return {
    snapshot,
    options,
    measure,
    width,
    canvasX: MARGIN + LANE_HEADER_WIDTH,
    canvasWidth: width - 2 * MARGIN - LANE_HEADER_WIDTH,
    lanes,
    collapsed,
    colorOf: barColors(options, teamPalette),
    changeOf,
    standingOf,
    symbols,
    legendWith,
    headingY,
    headerY,
    lanesTop: headerY + TIME_HEADER_HEIGHT,
    // Room under the lanes for "Today" under its line, clear of the footer's rule.
    lanesBottom: height - MARGIN - FOOTER_HEIGHT - 8,
  };
}

/** Said on every page: stretches of nothing left out of a tiled range, or that nothing is scheduled at all. */
function timelineNote(lanes: readonly Lane[], tiles: readonly Tile[], printed: readonly Tile[], asOf: IsoDate) {
  const empty = printed.length === 0 || !printed.some((tile) => hasContent(lanes, tile));
  return { empty, text: empty ? 'Nothing scheduled in this export.' : leftOutNote(tiles, printed, asOf) };
}

function tileFrameOf(
  frame: TimelineFrame,
  tile: Tile,
  index: number,
  count: number,
  note: { empty: boolean; text: string | null },
): TileFrame {
  const { snapshot, measure, width, canvasX } = frame;
  const scale = createTimeScale(tile.start, tile.end, tile.ptPerDay);
  const { ticks, majorTicks } = timeHeader(
    scale,
    tile,
    snapshot.meta.fiscalYearStartMonth,
    canvasX,
    frame.headerY,
    measure,
  );
  const part = count > 1 ? ` (part ${index + 1} of ${count})` : '';
  const headingText = fitText(`${snapshot.meta.title}: timeline${part}`, width - 2 * MARGIN, 10, measure, true);
  let noteBox: TextBox | null = null;
  if (note.text && note.empty) {
    noteBox = { text: note.text, x: canvasX + 8, y: frame.lanesTop + 8, size: 8, color: '#6b7280' };
  } else if (note.text) {
    const room = width - 2 * MARGIN - measure(headingText, 10, true) - 16;
    const text = fitText(note.text, room, SMALL_FONT, measure);
    noteBox = {
      text,
      x: width - MARGIN - measure(text, SMALL_FONT),
      y: frame.headingY + 2,
      size: SMALL_FONT,
      color: '#6b7280',
    };
  }
  return { tile, index, count, scale, ticks, majorTicks, headingText, note: noteBox };
}

/** One tile's pages: lane blocks fill a page top-down; a lane is split only when taller than a page. */
function tilePages(frame: TimelineFrame, tileFrame: TileFrame, first: boolean): TimelinePage[] {
  const pages: TimelinePage[] = [];
  const fresh = (): PageInProgress => ({ lanes: [], bars: [], milestones: [], y: frame.lanesTop, boxes: new Map() });
  let page = fresh();
  const flush = () => {
    pages.push(finishPage(frame, tileFrame, page));
    page = fresh();
  };
  for (const lane of frame.lanes) addLane(frame, tileFrame, lane, () => page, flush);
  if (page.lanes.length > 0 || (first && pages.length === 0)) flush();
  return pages;
}

/** Lays out one lane on the current page (and the next ones, when its rows do not fit). */
function addLane(
  frame: TimelineFrame,
  tileFrame: TileFrame,
  lane: Lane,
  current: () => PageInProgress,
  flush: () => void,
): void {
  const { canvasX, canvasWidth, lanesTop, lanesBottom, measure, options } = frame;
  const { tile, scale } = tileFrame;
  // A lane collapsed on the canvas prints collapsed too: its header, and how many initiatives it holds.
  const collapsed = frame.collapsed.has(lane.key);
  const { placed, rows, rowCount } = collapsed
    ? { placed: [], rows: [], rowCount: 0 }
    : placeBars(lane, scale, canvasWidth, measure, frame.changeOf);
  const milestoneX = (milestone: Milestone) =>
    Math.min(canvasX + canvasWidth - 4, Math.max(canvasX + 4, canvasX + scale.xOf(milestone.date) + tile.ptPerDay / 2));
  const milestones = collapsed
    ? []
    : lane.milestones.filter((milestone) => milestone.date >= tile.start && milestone.date <= tile.end);
  const milestoneLayout = milestoneBand(milestones, milestoneX, canvasX, canvasX + canvasWidth, measure);
  const band = milestoneLayout.height;
  const standing = frame.standingOf(lane);
  const header = laneHeader(lane, standing, measure, collapsed);
  let firstRow = 0;
  let continued = false;
  const totalRows = Math.max(1, rowCount);
  while (firstRow < totalRows) {
    const page = current();
    const topBand = firstRow === 0 ? band : 0;
    const room = lanesBottom - page.y - topBand - 2 * LANE_PADDING;
    const fullPageRoom = lanesBottom - lanesTop - topBand - 2 * LANE_PADDING;
    const rowsLeft = totalRows - firstRow;
    const needed = laneHeight(rowsLeft, topBand, PDF_LANE_METRICS, header.height);
    // Rows on this page, then the next: a lane is never split unless it is taller than a whole page.
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
    const blockHeight = laneHeight(fit, topBand, PDF_LANE_METRICS, header.height);
    const top = page.y;
    page.lanes.push({
      key: lane.key,
      y: top,
      height: blockHeight,
      // Bars colored by team or status: the goal colors step back, so no color means two things.
      color: options.colorBy === 'goal' ? (lane.goal?.color ?? '#64748b') : '#94a3b8',
      texts: header.texts(top, continued),
      progress: collapsed ? null : (standing?.progress ?? null),
      expected: collapsed ? null : (standing?.expected ?? null),
      progressY: top + header.progressOffset,
      unaligned: lane.goal === null,
    });
    const block = { top, rowsTop: topBand + LANE_PADDING };
    placed.forEach((bar, index) => {
      const row = rows[index]!;
      if (row < firstRow || row >= firstRow + fit) return;
      const printed = printedBar(frame, lane, bar, barRect(block, row - firstRow, PDF_LANE_METRICS));
      page.boxes.set(bar.initiative.id, printed.box);
      page.bars.push(printed.bar);
    });
    if (firstRow === 0) {
      for (const diamond of milestoneLayout.diamonds) {
        page.milestones.push({
          x: diamond.x,
          y: top + diamond.y,
          label: diamond.label && { ...diamond.label, y: top + diamond.label.y },
        });
      }
    }
    page.y = top + blockHeight;
    firstRow += fit;
    continued = true;
  }
}

/** A placed bar in its row: what is drawn, and the box dependency arrows route around. */
function printedBar(
  frame: TimelineFrame,
  lane: Lane,
  bar: ReturnType<typeof placeBars>['placed'][number],
  rect: ReturnType<typeof barRect>,
): { bar: PdfBar; box: BarBox } {
  const y = rect.top;
  const x = frame.canvasX + bar.x;
  const textY = y + (BAR_HEIGHT - BAR_FONT) / 2 - 0.6;
  return {
    box: { left: x, right: x + bar.width, middle: rect.middle, halfHeight: rect.height / 2 },
    bar: {
      id: bar.initiative.id,
      x,
      y,
      width: bar.width,
      color: frame.colorOf(lane, bar.initiative),
      status: bar.initiative.status,
      progressWidth: bar.progressWidth,
      clippedStart: bar.clippedStart,
      clippedEnd: bar.clippedEnd,
      label:
        bar.label && bar.label.text
          ? {
              text: bar.label.text,
              x: frame.canvasX + bar.label.x,
              y: textY,
              size: BAR_FONT,
              color: '#111827',
              strike: bar.initiative.status === 'dropped',
            }
          : null,
      ghost: bar.ghost && { ...bar.ghost, x: frame.canvasX + bar.ghost.x },
      markers: bar.markers.map((marker) => ({
        text: marker.text,
        x: frame.canvasX + marker.x,
        y: textY,
        size: BAR_FONT,
        bold: marker.bold,
        color: marker.color,
        continues: true,
      })),
    },
  };
}

/** A filled page: its arrows, its legend (the marks on it), and the today line with its gaps for labels. */
function finishPage(frame: TimelineFrame, tileFrame: TileFrame, page: PageInProgress): TimelinePage {
  const { snapshot, options, canvasX, canvasWidth, measure, headerY } = frame;
  const { tile } = tileFrame;
  const arrows = pageArrows(snapshot, page.boxes, page.bars, canvasX, canvasWidth);
  const todayInTile = options.asOf >= tile.start && options.asOf <= tile.end;
  const todayX = todayInTile ? canvasX + tileFrame.scale.xOf(options.asOf) + tile.ptPerDay / 2 : null;
  const labels = [
    ...page.bars.flatMap((bar) => (bar.label ? [bar.label, ...bar.markers] : bar.markers)),
    ...page.milestones.flatMap((milestone) => (milestone.label ? [milestone.label] : [])),
  ];
  return {
    kind: 'timeline',
    part: tileFrame.index,
    parts: tileFrame.count,
    heading: {
      text: tileFrame.headingText,
      x: MARGIN,
      y: frame.headingY,
      size: 10,
      bold: true,
      color: '#111827',
      role: 'H2',
    },
    note: tileFrame.note,
    legend: frame.legendWith(
      pageMarks(
        frame.symbols,
        page.milestones.length > 0,
        arrows,
        todayX !== null,
        page.lanes.some((lane) => lane.expected !== null),
        page.bars.some((bar) => bar.ghost !== null),
      ),
    ),
    canvasX,
    canvasWidth,
    headerY,
    ticks: tileFrame.ticks,
    majorTicks: tileFrame.majorTicks,
    lanes: page.lanes,
    bars: page.bars,
    milestones: page.milestones,
    arrows,
    todayX,
    todaySegments: todayX === null ? [] : todaySegments(todayX, headerY + TIME_HEADER_HEIGHT, page.y, labels, measure),
    todayLabel:
      todayX === null
        ? null
        : {
            text: 'Today',
            x: todayX - measure('Today', SMALL_FONT, true) / 2,
            y: page.y + 2,
            size: SMALL_FONT,
            bold: true,
            color: '#e11d48',
          },
    bottom: page.y,
  };
}
