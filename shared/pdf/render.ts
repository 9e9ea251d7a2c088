/// <reference types="pdfkit" />
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf } from './plan-pdf';
import type { BaselinePlan } from './comparison';
import { paintPdf, PDF_FONTS } from './paint';

/** PDFKit's document class: its Node build in Node, its browser build in the renderer. */
export type PdfDocumentClass = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/** The embedded fonts' bytes (or, in Node, their paths). */
export interface PdfFontSources {
  readonly body: string | ArrayBuffer | Uint8Array;
  readonly bold: string | ArrayBuffer | Uint8Array;
}

/** Why a document from a newer Waymark is not exported: this one would misread what it does not know. */
export function newerDocumentMessage(version: number): string {
  return `This roadmap was saved by a newer Waymark (document schema ${version}); update Waymark to export it.`;
}

/**
 * Renders a roadmap snapshot as a vector PDF: laid out by planPdf (the canvas's time scale and lanes),
 * painted with PDFKit, fonts embedded as subsets so text stays selectable and searchable. The same code
 * runs in Node (CLI, tests) and in the renderer. Throws a ZodError for options that make no sense, a
 * PdfComparisonError for a baseline (`since`) that is not there. `baselinePlan` reads a baseline's plan.
 */
export async function renderPdf(
  PDFDocument: PdfDocumentClass,
  fonts: PdfFontSources,
  snapshot: RoadmapSnapshot,
  input: PdfOptionsInput,
  baselinePlan?: BaselinePlan,
): Promise<Uint8Array> {
  const options = pdfOptionsSchema.parse(input);
  if (snapshot.schema.kind === 'newer') throw new Error(newerDocumentMessage(snapshot.schema.version));
  const pdf = new PDFDocument({
    // The embedded body font is the default (the browser build has no standard Helvetica). It is then used
    // by its PostScript name, not registered again: PDFKit 0.20 would reopen (re-parse) a registered copy
    // of the default font on every switch, making an export ~15 times slower.
    font: fonts.body as never,
    autoFirstPage: false,
    margin: 0,
    compress: true,
    // Accessible: tagged (structure and reading order), with its language, its title shown by viewers.
    tagged: true,
    lang: options.locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: snapshot.meta.title || 'Roadmap',
      ...(options.author ? { Author: options.author } : {}),
      Subject: `Roadmap as of ${options.asOf}`,
      Producer: 'Waymark',
      Creator: 'Waymark',
    },
  });
  pdf.registerFont(PDF_FONTS.bold, fonts.bold as never);
  // Text is measured a few thousand times while laying out; PDFKit shapes the whole string each time
  // (~0.7 ms). Summing cached advance widths per character is as exact for this font, and fast.
  const advances = new Map<string, number>();
  const measure = (text: string, size: number, bold = false) => {
    const font = bold ? PDF_FONTS.bold : PDF_FONTS.body;
    let width = 0;
    for (const character of text) {
      const key = `${font}\u0000${character}`;
      let advance = advances.get(key);
      if (advance === undefined) {
        advance = pdf.font(font).fontSize(1000).widthOfString(character) / 1000;
        advances.set(key, advance);
      }
      width += advance;
    }
    return width * size;
  };
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  // Laid out before the document is written: a comparison that cannot be made throws here.
  const plan = planPdf(snapshot, options, measure, baselinePlan);
  paintPdf(pdf, plan);
  pdf.end();
  await done;
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
