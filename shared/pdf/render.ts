/// <reference types="pdfkit" />
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf } from './layout';
import { paintPdf, PDF_FONTS } from './paint';

/** PDFKit's document class: its Node build in Node, its browser build in the renderer. */
export type PdfDocumentClass = new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;

/** The embedded fonts' bytes (or, in Node, their paths). */
export interface PdfFontSources {
  readonly body: string | ArrayBuffer | Uint8Array;
  readonly bold: string | ArrayBuffer | Uint8Array;
}

/**
 * Renders a roadmap snapshot as a vector PDF: laid out by planPdf (the canvas's time scale and lanes),
 * painted with PDFKit, fonts embedded as subsets so text stays selectable and searchable. The same code
 * runs in Node (CLI, tests) and in the renderer. Throws a ZodError for options that make no sense.
 */
export async function renderPdf(
  PDFDocument: PdfDocumentClass,
  fonts: PdfFontSources,
  snapshot: RoadmapSnapshot,
  input: PdfOptionsInput,
): Promise<Uint8Array> {
  const options = pdfOptionsSchema.parse(input);
  const pdf = new PDFDocument({
    // Not the standard Helvetica (the browser build has no standard fonts): the embedded one from the start.
    font: fonts.body as never,
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: {
      Title: snapshot.meta.title || 'Roadmap',
      ...(options.author ? { Author: options.author } : {}),
      Subject: `Roadmap as of ${options.asOf}`,
      Producer: 'Waymark',
      Creator: 'Waymark',
    },
  });
  pdf.registerFont(PDF_FONTS.body, fonts.body as never);
  pdf.registerFont(PDF_FONTS.bold, fonts.bold as never);
  const measure = (text: string, size: number, bold = false) =>
    pdf
      .font(bold ? PDF_FONTS.bold : PDF_FONTS.body)
      .fontSize(size)
      .widthOfString(text);
  const chunks: Uint8Array[] = [];
  pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  paintPdf(pdf, planPdf(snapshot, options, measure));
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
