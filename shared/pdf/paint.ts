/// <reference types="pdfkit" />
import type { InitiativeStatus } from '../model/initiative';
import {
  MARGIN,
  MIN_FONT,
  tint,
  type PdfPlan,
  type TextBox,
  type TimelinePage,
  type AppendixPage,
  type TitlePage,
  type AlignmentPage,
  type ChangesPage,
  type LegendSymbol,
} from './plan-pdf';
import { PdfTags } from './tags';

/**
 * The fonts the painter uses (see render.ts): the body font is the document's default font, found by its
 * PostScript name; the bold one is registered under its own name.
 */
export const PDF_FONTS = { body: 'DejaVuSans', bold: 'WaymarkBold' } as const;

const LINE = '#d1d5db';
const FAINT = '#e5e7eb';
const TODAY = '#e11d48';
const ARROW = '#6b7280';
const VIOLATED = '#dc2626';
const GHOST_FILL = '#cbd5e1';
const GHOST_LINE = '#64748b';

function drawText(doc: PDFKit.PDFDocument, box: TextBox) {
  if (!box.text) return;
  doc
    .font(box.bold ? PDF_FONTS.bold : PDF_FONTS.body)
    .fontSize(box.size)
    .fillColor(box.color ?? '#111827')
    .text(box.text, box.x, box.y, { lineBreak: false, strike: box.strike ?? false });
}

/** A bar drawn so its status reads in grayscale too: fill, outline style, hatching and a sign. */
function statusBar(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  height: number,
  color: string,
  status: InitiativeStatus,
  progressWidth: number,
) {
  const radius = Math.min(2, width / 2);
  const light = status === 'proposed' || status === 'dropped' ? '#ffffff' : tint(color, 0.16);
  doc.save();
  doc.roundedRect(x, y, width, height, radius).fill(light);
  if (status === 'in-progress') {
    if (progressWidth > 0) doc.rect(x, y, progressWidth, height).fill(tint(color, 0.38));
    // A darker base line: "in progress" stays apart from "planned" in grayscale, even at 0%.
    doc.rect(x, y + height - 1.6, width, 1.6).fill(tint(color, 0.7));
  }
  if (status === 'done') doc.roundedRect(x, y, width, height, radius).fill(tint(color, 0.34));
  if (status === 'at-risk') {
    // Diagonal hatching, clipped to the bar.
    doc.save();
    doc.roundedRect(x, y, width, height, radius).clip();
    for (let offset = -height; offset < width; offset += 4) {
      doc
        .moveTo(x + offset, y + height)
        .lineTo(x + offset + height, y)
        .lineWidth(0.6)
        .stroke(tint(color, 0.55));
    }
    doc.restore();
  }
  doc.roundedRect(x + 0.3, y + 0.3, width - 0.6, height - 0.6, radius).lineWidth(0.6);
  if (status === 'proposed') doc.dash(1.6, { space: 1.2 });
  if (status === 'dropped') doc.dash(0.6, { space: 1.2 });
  doc.stroke(color);
  doc.undash();
  // The thick left edge in the bar's color, as on the canvas.
  doc.rect(x, y, Math.min(2.2, width), height).fill(color);
  doc.restore();
}

/** Where a bar was at the baseline: a dashed gray outline on a light, see-through fill, its cut ends open. */
function ghostBar(
  doc: PDFKit.PDFDocument,
  x: number,
  y: number,
  width: number,
  height: number,
  cut: { clippedStart: boolean; clippedEnd: boolean } = { clippedStart: false, clippedEnd: false },
) {
  doc.save();
  doc.fillOpacity(0.55).rect(x, y, width, height).fill(GHOST_FILL);
  doc.restore();
  doc.save();
  doc.lineWidth(0.7).dash(2.4, { space: 1.6 });
  const [left, right, top, bottom] = [x + 0.35, x + width - 0.35, y + 0.35, y + height - 0.35];
  doc.moveTo(left, top).lineTo(right, top).moveTo(left, bottom).lineTo(right, bottom);
  if (!cut.clippedStart) doc.moveTo(left, top).lineTo(left, bottom);
  if (!cut.clippedEnd) doc.moveTo(right, top).lineTo(right, bottom);
  doc.stroke(GHOST_LINE);
  doc.undash();
  doc.restore();
}

/** A legend's mark centred on (x, y), drawn as on the timeline. */
function legendSymbol(doc: PDFKit.PDFDocument, symbol: LegendSymbol, x: number, y: number) {
  if (symbol === 'milestone') {
    doc
      .polygon([x, y - 3.5], [x + 3.5, y], [x, y + 3.5], [x - 3.5, y])
      .lineWidth(0.6)
      .fillAndStroke('#ffffff', '#374151');
  } else if (symbol === 'pace') {
    // A lane's progress bar, 60% expected.
    doc.roundedRect(x - 10, y - 2, 16, 4, 2).fill('#e5e7eb');
    doc.roundedRect(x - 10, y - 2, 7, 4, 2).fill('#64748b');
    paceTick(doc, x + 0.5, y - 2, 4);
  } else if (symbol === 'ghost') {
    ghostBar(doc, x - 9, y - 3.5, 14, 7);
  } else if (symbol === 'today') {
    doc
      .moveTo(x, y - 4)
      .lineTo(x, y + 4)
      .lineWidth(0.9)
      .stroke(TODAY);
  } else {
    const color = symbol === 'violated' ? VIOLATED : ARROW;
    doc
      .moveTo(x - 7, y)
      .lineTo(x + 4, y)
      .lineWidth(0.6);
    if (symbol === 'violated') doc.dash(2, { space: 1.5 });
    doc.stroke(color);
    doc.undash();
    doc.polygon([x + 7, y], [x + 4, y - 2], [x + 4, y + 2]).fill(color);
  }
}

function paintTimeline(doc: PDFKit.PDFDocument, page: TimelinePage, tags: PdfTags) {
  tags.text(page.heading);
  for (const entry of page.legend) {
    const { x, y } = entry.text;
    if (entry.status) statusBar(doc, x - 17, y - 0.5, 14, 7, entry.swatch ?? '#2563eb', entry.status, 7);
    else if (entry.symbol) legendSymbol(doc, entry.symbol, x - 10, y + 3);
    else if (entry.swatch) doc.rect(x - 12, y, 8, 6).fill(entry.swatch);
    tags.text(entry.text);
  }
  const right = page.canvasX + page.canvasWidth;
  const gridTop = page.headerY;
  const gridBottom = page.bottom;
  // Time header and grid.
  doc.rect(MARGIN, gridTop, right - MARGIN, 28).fill('#f9fafb');
  for (const tick of page.ticks) {
    doc
      .moveTo(tick.x, gridTop + (tick.major ? 0 : 13))
      .lineTo(tick.x, gridBottom)
      .lineWidth(tick.major ? 0.7 : 0.35)
      .stroke(tick.major ? LINE : FAINT);
    tags.text(tick.label);
  }
  for (const major of page.majorTicks) {
    // A divider where a month or year starts, in the header's top row too (weeks do not start with months).
    doc
      .moveTo(major.x, gridTop)
      .lineTo(major.x, gridTop + 13)
      .lineWidth(0.7)
      .stroke(LINE);
    tags.text(major.label);
  }
  doc
    .moveTo(MARGIN, gridTop + 28)
    .lineTo(right, gridTop + 28)
    .lineWidth(0.6)
    .stroke(LINE);
  tags.text({ text: 'Goals', x: MARGIN + 6, y: gridTop + 10, size: MIN_FONT, bold: true, color: '#6b7280' });

  for (const lane of page.lanes) {
    if (lane.unaligned) doc.rect(page.canvasX, lane.y, page.canvasWidth, lane.height).fill('#fafafa');
    doc.rect(MARGIN, lane.y, 2.5, lane.height).fill(lane.color);
    for (const box of lane.texts) tags.text(box);
    if (lane.progress !== null) {
      doc.roundedRect(MARGIN + 8, lane.progressY + 1, 72, 4, 2).fill('#e5e7eb');
      doc.roundedRect(MARGIN + 8, lane.progressY + 1, Math.max(0.5, (72 * lane.progress) / 100), 4, 2).fill(lane.color);
      if (lane.expected !== null) paceTick(doc, MARGIN + 8 + (72 * lane.expected) / 100, lane.progressY + 1, 4);
    }
    doc
      .moveTo(MARGIN, lane.y + lane.height)
      .lineTo(right, lane.y + lane.height)
      .lineWidth(0.4)
      .stroke(LINE);
  }
  doc.moveTo(page.canvasX, gridTop).lineTo(page.canvasX, gridBottom).lineWidth(0.6).stroke(LINE);
  if (page.todayX !== null) {
    for (const [top, bottom] of page.todaySegments)
      doc.moveTo(page.todayX, top).lineTo(page.todayX, bottom).lineWidth(0.9).stroke(TODAY);
    if (page.todayLabel) tags.text(page.todayLabel);
  }
  for (const arrow of page.arrows) {
    const [first, ...rest] = arrow.points;
    doc.moveTo(first![0], first![1]);
    for (const [x, y] of rest) doc.lineTo(x, y);
    doc.lineWidth(0.6);
    if (arrow.violated) doc.dash(2, { space: 1.5 });
    doc.stroke(arrow.violated ? VIOLATED : ARROW);
    doc.undash();
    const [endX, endY] = arrow.points.at(-1)!;
    doc.polygon([endX, endY], [endX - 3, endY - 2], [endX - 3, endY + 2]).fill(arrow.violated ? VIOLATED : ARROW);
  }
  // Where bars were at the baseline, under every bar.
  for (const bar of page.bars) if (bar.ghost) ghostBar(doc, bar.ghost.x, bar.y, bar.ghost.width, 11, bar.ghost);
  for (const bar of page.bars) {
    statusBar(doc, bar.x, bar.y, bar.width, 11, bar.color, bar.status, bar.progressWidth);
    // A bar that goes on beyond the page's dates says so with an arrowhead at that edge.
    if (bar.clippedStart) doc.polygon([bar.x - 3, bar.y + 5.5], [bar.x, bar.y + 2], [bar.x, bar.y + 9]).fill(bar.color);
    if (bar.clippedEnd) {
      const end = bar.x + bar.width;
      doc.polygon([end + 3, bar.y + 5.5], [end, bar.y + 2], [end, bar.y + 9]).fill(bar.color);
    }
    if (bar.label) {
      // A title beside its bar sits on white, so a dependency arrow passing there never runs through it.
      const outside = bar.label.x >= bar.x + bar.width || bar.label.x < bar.x;
      // One inside an at-risk bar sits on a light patch over the hatching.
      if (outside || bar.status === 'at-risk') {
        const width = doc.font(PDF_FONTS.body).fontSize(bar.label.size).widthOfString(bar.label.text);
        doc.save();
        if (!outside) doc.fillOpacity(0.85);
        doc.rect(bar.label.x - 1, bar.y + (outside ? 1 : 1.5), width + 2, outside ? 9 : 8).fill('#ffffff');
        doc.restore();
      }
      tags.text(bar.label);
    }
    for (const marker of bar.markers) {
      // On white, like a title beside its bar.
      const width = doc
        .font(marker.bold ? PDF_FONTS.bold : PDF_FONTS.body)
        .fontSize(marker.size)
        .widthOfString(marker.text);
      doc.rect(marker.x - 1, bar.y + 1, width + 2, 9).fill('#ffffff');
      tags.text(marker);
    }
  }
  for (const milestone of page.milestones) {
    doc
      .polygon(
        [milestone.x, milestone.y - 4],
        [milestone.x + 4, milestone.y],
        [milestone.x, milestone.y + 4],
        [milestone.x - 4, milestone.y],
      )
      .fillAndStroke('#ffffff', '#374151');
    if (milestone.label) tags.text(milestone.label);
  }
  // Last: the note may sit on the lanes ("Nothing scheduled").
  if (page.note) {
    const width = doc.font(PDF_FONTS.body).fontSize(page.note.size).widthOfString(page.note.text);
    doc.rect(page.note.x - 3, page.note.y - 2, width + 6, page.note.size + 4).fill('#ffffff');
    tags.text(page.note);
  }
}

function paintAppendix(doc: PDFKit.PDFDocument, page: AppendixPage, tags: PdfTags) {
  tags.text(page.heading);
  for (const box of page.scope) tags.text(box);
  const left = page.columns[0]!.x;
  const last = page.columns.at(-1)!;
  const right = last.x + last.width;
  // The table's structure: a header row, then a row per goal (its name a header cell) and per item.
  const table = tags.element('Table');
  // A cell for every column of an item's row, empty ones too, so each cell sits under its column's header.
  const cells = (texts: readonly TextBox[], type: 'TH' | 'TD') => {
    const row = tags.element('TR', table);
    const byColumn = new Map<number, PDFKit.PDFStructureElement>();
    if (type === 'TD') page.columns.forEach((_, column) => byColumn.set(column, tags.element(type, row)));
    for (const box of texts) {
      const column =
        type === 'TD'
          ? Math.max(
              0,
              page.columns.findLastIndex((column) => column.x <= box.x + 0.5),
            )
          : 0;
      let element = byColumn.get(column);
      if (!element) {
        element = tags.element(type, row);
        byColumn.set(column, element);
      }
      tags.text(box, 'P', { element, type });
    }
  };
  doc.rect(left, page.headerY, right - left, 14).fill('#f3f4f6');
  cells(
    page.columns.map((column) => column.label),
    'TH',
  );
  for (const row of page.rows) {
    if (row.group) {
      doc.rect(left, row.y, right - left, row.height).fill('#f9fafb');
      doc.rect(left + 3 + row.indent, row.y + 4, 7, 7).fill(row.color ?? '#64748b');
    }
    cells(row.texts, row.group ? 'TH' : 'TD');
    doc
      .moveTo(left, row.y + row.height)
      .lineTo(right, row.y + row.height)
      .lineWidth(0.3)
      .stroke(FAINT);
  }
}

function paintTitle(doc: PDFKit.PDFDocument, page: TitlePage, tags: PdfTags) {
  for (const swatch of page.swatches) doc.rect(swatch.x, swatch.y, 8, 8).fill(swatch.color);
  for (const bar of page.bars) {
    doc.roundedRect(bar.x, bar.y, bar.width, 5, 2.5).fill('#e5e7eb');
    if (bar.value > 0)
      doc.roundedRect(bar.x, bar.y, Math.max(2, (bar.width * bar.value) / 100), 5, 2.5).fill(bar.color);
    if (bar.expected !== null) paceTick(doc, bar.x + (bar.width * bar.expected) / 100, bar.y, 5);
  }
  for (const box of page.texts) tags.text(box);
}

/** The pace tick on a progress bar `height` high at y: where progress would be today, standing out above and below. */
function paceTick(doc: PDFKit.PDFDocument, x: number, y: number, height: number) {
  doc
    .moveTo(x, y - 1.8)
    .lineTo(x, y + height + 1.8)
    .lineWidth(1.1)
    .stroke('#111827');
}

function paintAlignment(doc: PDFKit.PDFDocument, page: AlignmentPage, tags: PdfTags) {
  for (const rule of page.rules)
    doc
      .moveTo(rule.x, rule.y + 0.5)
      .lineTo(rule.x + rule.width, rule.y + 0.5)
      .lineWidth(0.4)
      .stroke(LINE);
  for (const box of page.texts) tags.text(box);
}

function paintChanges(doc: PDFKit.PDFDocument, page: ChangesPage, tags: PdfTags) {
  for (const swatch of page.swatches) doc.rect(swatch.x, swatch.y, 7, 7).fill(swatch.color);
  paintAlignment(doc, { kind: 'alignment', texts: page.texts, rules: page.rules }, tags);
}

/**
 * Draws a planned PDF into a PDFKit document (fonts registered as PDF_FONTS), every page with its footer, as
 * a tagged PDF (structure in reading order, the rest artifacts) with an outline (bookmarks) of its sections.
 */
export function paintPdf(doc: PDFKit.PDFDocument, plan: PdfPlan): void {
  const tags = new PdfTags(doc, (box) => drawText(doc, box));
  // Bookmarks by depth: an entry goes under the last one a level up (a sub-goal under its parent goal).
  const bookmarks: PDFKit.PDFOutline[] = [];
  plan.pages.forEach((page, index) => {
    doc.addPage({ size: [plan.width * plan.scale, plan.height * plan.scale], margin: 0 });
    if (index === 0 || plan.pages[index - 1]!.kind !== page.kind) tags.startSection();
    for (const entry of plan.outline.filter((item) => item.page === index)) {
      const depth = Math.min(entry.depth, bookmarks.length);
      const parent = depth === 0 ? doc.outline : bookmarks[depth - 1]!;
      bookmarks.length = depth;
      bookmarks.push(parent.addItem(entry.title, { expanded: depth === 0 }));
    }
    doc.save();
    doc.scale(plan.scale);
    tags.startPage();
    if (page.kind === 'timeline') paintTimeline(doc, page, tags);
    else if (page.kind === 'appendix') paintAppendix(doc, page, tags);
    else if (page.kind === 'alignment') paintAlignment(doc, page, tags);
    else if (page.kind === 'changes') paintChanges(doc, page, tags);
    else paintTitle(doc, page, tags);
    const footer = plan.footer(index);
    doc
      .moveTo(MARGIN, footer.left.y - 4)
      .lineTo(plan.width - MARGIN, footer.left.y - 4)
      .lineWidth(0.4)
      .stroke(FAINT);
    tags.artifact(footer.left);
    tags.artifact(footer.center);
    tags.artifact(footer.right);
    tags.endPage();
    doc.restore();
  });
  tags.end();
}
