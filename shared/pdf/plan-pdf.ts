import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { selectLanes, type Lane } from '../read-model/lanes';
import { PAGE_SIZES, pageDimensions, type PdfOptions } from './options';
import { fitText, type MeasureText } from './text-fit';
import { appendixPages } from './appendix-pages';
import { timelinePages } from './timeline-pages';
import { titlePages } from './title-pages';
import { alignmentPages } from './alignment-pages';
import { changesPages } from './changes-pages';
import { comparisonFor, ghostDates, type BaselinePlan, type PdfComparison } from './comparison';
import { exportRange } from './export-range';
import { selectAlignment } from '../read-model/alignment';
import { laneTitle, MARGIN, SMALL_FONT, type PdfPage, type PdfPlan } from './plan';

export * from './plan';
export { exportRange } from './export-range';
export { STATUS_SIGNS, GOAL_STATUS_MARKS } from './legend';
export { formatNumber, keyResultSetback, keyResultValues } from './key-result-text';
export { PdfComparisonError, type BaselinePlan } from './comparison';

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

/**
 * The bookmarks: the title page, the changes since a baseline, the alignment flags, the timeline (each part, when tiled) with each goal where its lane starts,
 * sub-goals under their parent (when the parent is exported too), and the table.
 */
function outlineOf(
  snapshot: RoadmapSnapshot,
  pages: readonly PdfPage[],
  lanes: readonly Lane[],
  comparison: PdfComparison | null,
): PdfPlan['outline'] {
  const byKey = new Map(lanes.map((lane) => [lane.key, lane]));
  // How many of a goal's ancestors are in the export.
  const depthOf = (lane: Lane) => {
    let depth = 0;
    const seen = new Set<string>();
    for (let parent = lane.goal?.parentId ?? null; parent && !seen.has(parent);) {
      seen.add(parent);
      if (byKey.has(parent)) depth += 1;
      parent = snapshot.goals.get(parent)?.parentId ?? null;
    }
    return depth;
  };
  const outline: { title: string; page: number; depth: number }[] = [];
  let part = -1;
  let seen = new Set<string>();
  pages.forEach((page, index) => {
    const starts = pages[index - 1]?.kind !== page.kind;
    if (page.kind === 'title' && starts) outline.push({ title: 'Title page', page: index, depth: 0 });
    if (page.kind === 'appendix' && starts) outline.push({ title: 'Initiatives by goal', page: index, depth: 0 });
    if (page.kind === 'alignment' && starts) outline.push({ title: 'Alignment', page: index, depth: 0 });
    if (page.kind === 'changes' && starts && comparison)
      outline.push({ title: `Changes since ${comparison.baseline.name}`, page: index, depth: 0 });
    if (page.kind !== 'timeline') return;
    if (page.part !== part) {
      part = page.part;
      seen = new Set();
      const title = page.parts > 1 ? `Timeline, part ${part + 1} of ${page.parts}` : 'Timeline';
      outline.push({ title, page: index, depth: 0 });
    }
    for (const block of page.lanes) {
      const lane = byKey.get(block.key);
      if (seen.has(block.key) || !lane) continue;
      seen.add(block.key);
      outline.push({ title: laneTitle(lane), page: index, depth: 1 + depthOf(lane) });
    }
  });
  return outline;
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
 * Lays the whole PDF out from a roadmap snapshot: title page(s), what changed since a baseline (when the
 * options name one, `since`: its plan is read by `baselinePlan`), the alignment flags, timeline pages (from
 * the same time scale and lane model as the canvas) and the appendix, each section as the options ask.
 */
export function planPdf(
  snapshot: RoadmapSnapshot,
  options: PdfOptions,
  measure: MeasureText,
  baselinePlan?: BaselinePlan,
): PdfPlan {
  const paper = pageDimensions(options);
  const scale = paperScale(options.pageSize);
  const width = paper.width / scale;
  const height = paper.height / scale;
  const lanes = chosenLanes(snapshot, options);
  const comparison = comparisonFor(snapshot, options, baselinePlan);
  // The content's dates hold where moved bars were too, so their ghosts print.
  let ranged = options;
  if (comparison && options.from === null && options.to === null) {
    const { start, end } = exportRange(lanes, options, options.asOf, ghostDates(comparison, lanes));
    ranged = { ...options, from: start, to: end };
  }
  // Pace and the flags as of the export's date; the period is the fiscal quarter around it.
  const alignment = selectAlignment(snapshot, options.asOf);
  const pages: PdfPage[] = [
    ...(options.sections.title
      ? titlePages(snapshot, lanes, options, alignment, width, height, measure, comparison)
      : []),
    ...(comparison && options.sections.changes
      ? changesPages(snapshot, lanes, selectLanes(snapshot), options, comparison, width, height, measure)
      : []),
    ...(options.sections.alignment ? alignmentPages(snapshot, lanes, options, alignment, width, height, measure) : []),
    ...(options.sections.timeline
      ? timelinePages(snapshot, lanes, ranged, alignment, width, height, measure, comparison)
      : []),
    ...(options.sections.appendix ? appendixPages(snapshot, lanes, ranged, width, height, measure) : []),
  ];
  const title = snapshot.meta.title || 'Untitled roadmap';
  const footerY = height - MARGIN - 4;
  return {
    width,
    height,
    scale,
    title,
    pages,
    outline: outlineOf(snapshot, pages, lanes, comparison),
    footer: (index) => {
      const right = `page ${index + 1} of ${pages.length}`;
      const center = `As of ${options.asOf}`;
      const rightWidth = measure(right, SMALL_FONT);
      const centerWidth = measure(center, SMALL_FONT);
      return {
        left: {
          text: fitText(title, width / 2 - MARGIN - centerWidth / 2 - 24, SMALL_FONT, measure),
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
