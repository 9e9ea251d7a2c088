import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import type { Lane } from '../read-model/lanes';
import { createTimeScale } from '../layout/time-scale';
import type { BarBox } from '../layout/dependency-paths';
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
import { placeBars } from './bar-placement';
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

/** The timeline pages: lanes paginate down (a lane taller than a page continues with its header repeated). */
export function timelinePages(
  snapshot: RoadmapSnapshot,
  chosen: readonly Lane[],
  options: PdfOptions,
  width: number,
  height: number,
  measure: MeasureText,
): TimelinePage[] {
  const canvasX = MARGIN + LANE_HEADER_WIDTH;
  const canvasWidth = width - 2 * MARGIN - LANE_HEADER_WIDTH;
  const { start, end } = exportRange(chosen, options, options.asOf);
  // Every goal's lane, even with nothing in the range (the goal is part of the story); Unaligned only when
  // something of it is in the range.
  const inRange = (lane: Lane) =>
    lane.initiatives.some((item) => item.startDate <= end && item.endDate >= start) ||
    lane.milestones.some((milestone) => milestone.date >= start && milestone.date <= end);
  const someLane = chosen.filter((lane) => lane.goal !== null || inRange(lane));
  const lanes = someLane.length > 0 ? someLane : chosen.slice(0, 1);
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
  // Room under the lanes for "Today" under its line, clear of the footer's rule.
  const lanesBottom = height - MARGIN - FOOTER_HEIGHT - 8;
  const collapsedLanes = new Set(options.collapsedLanes);
  const exportedTeams = new Set(lanes.flatMap((lane) => lane.initiatives.map((initiative) => initiative.team)));
  // The legend explains the marks this export has.
  const drawn = lanes.filter((lane) => !collapsedLanes.has(lane.key));
  const symbols = exportMarks(snapshot, drawn, start, end, options.asOf);
  const legendWith = (marks: readonly LegendSymbol[]) =>
    legendFor(options, marks, teamPalette, exportedTeams, MARGIN, legendY, measure, width - 2 * MARGIN);
  const fullestLegend = legendWith(symbols);
  const legendLines = new Set(fullestLegend.map((entry) => entry.text.y)).size;
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
  const empty = printed.length === 0 || !printed.some(hasContent);
  const noteText = empty ? 'Nothing scheduled in this export.' : leftOutNote(tiles, printed, options.asOf);
  const noteFor = (headingText: string): TextBox | null => {
    if (!noteText) return null;
    if (empty) return { text: noteText, x: canvasX + 8, y: lanesTop + 8, size: 8, color: '#6b7280' };
    const room = width - 2 * MARGIN - measure(headingText, 10, true) - 16;
    const text = fitText(noteText, room, SMALL_FONT, measure);
    return { text, x: width - MARGIN - measure(text, SMALL_FONT), y: headingY + 2, size: SMALL_FONT, color: '#6b7280' };
  };
  (printed.length > 0 ? printed : tiles.slice(0, 1)).forEach((tile, tileIndex, shown) => {
    const scale = createTimeScale(tile.start, tile.end, tile.ptPerDay);
    const { ticks, majorTicks } = timeHeader(
      scale,
      tile,
      snapshot.meta.fiscalYearStartMonth,
      canvasX,
      headerY,
      measure,
    );
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
      const arrows = pageArrows(snapshot, page.boxes, page.bars, canvasX, canvasWidth);
      const inRange = options.asOf >= tile.start && options.asOf <= tile.end;
      const todayX = inRange ? canvasX + scale.xOf(options.asOf) + tile.ptPerDay / 2 : null;
      // The legend explains the marks on this page (its height is the export's fullest legend's).
      const pageSymbols = pageMarks(symbols, page.milestones.length > 0, arrows, todayX !== null);
      const legend = legendWith(pageSymbols);
      pages.push({
        kind: 'timeline',
        part: tileIndex,
        parts: shown.length,
        heading: { text: headingText, x: MARGIN, y: headingY, size: 10, bold: true, color: '#111827', role: 'H2' },
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
        todaySegments:
          todayX === null
            ? []
            : todaySegments(
                todayX,
                headerY + TIME_HEADER_HEIGHT,
                page.y,
                [
                  ...page.bars.flatMap((bar) => (bar.label ? [bar.label] : [])),
                  ...page.milestones.flatMap((milestone) => (milestone.label ? [milestone.label] : [])),
                ],
                measure,
              ),
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
      });
      page = newPage();
    };

    const milestoneX = (milestone: Milestone) =>
      Math.min(
        canvasX + canvasWidth - 4,
        Math.max(canvasX + 4, canvasX + scale.xOf(milestone.date) + tile.ptPerDay / 2),
      );

    for (const lane of lanes) {
      // A lane collapsed on the canvas prints collapsed too: its header, and how many initiatives it holds.
      const collapsed = collapsedLanes.has(lane.key);
      const { placed, rows, rowCount } = collapsed
        ? { placed: [], rows: [], rowCount: 0 }
        : placeBars(lane, scale, canvasWidth, measure);
      const milestones = collapsed
        ? []
        : lane.milestones.filter((milestone) => milestone.date >= tile.start && milestone.date <= tile.end);
      const milestoneLayout = milestoneBand(milestones, milestoneX, canvasX, canvasX + canvasWidth, measure);
      const band = milestoneLayout.height;
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
          // Bars colored by team or status: the goal colors step back, so no color means two things.
          color: options.colorBy === 'goal' ? (lane.goal?.color ?? '#64748b') : '#94a3b8',
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
        if (firstRow === 0)
          for (const diamond of milestoneLayout.diamonds)
            page.milestones.push({
              x: diamond.x,
              y: top + diamond.y,
              label: diamond.label && { ...diamond.label, y: top + diamond.label.y },
            });
        page.y = top + blockHeight;
        firstRow += fit;
        continued = true;
      }
    }
    if (page.lanes.length > 0 || pages.length === 0) flush();
  });
  return pages;
}
