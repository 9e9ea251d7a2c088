import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type * as Y from 'yjs';
import { RoadmapStore } from '../../../shared/read-model/roadmap-store';
import { paintPdf, PDF_FONTS, planPdf, pdfOptionsSchema, type PdfOptionsInput } from '../../../shared/pdf';

/** The embedded fonts: DejaVu Sans (Latin, Greek, Cyrillic and more), shipped with its license. */
export interface PdfFonts {
  readonly body: string | Buffer;
  readonly bold: string | Buffer;
}

/** The fonts beside the PDF painter in the source tree (the desktop app passes its packaged copies). */
export const SOURCE_FONTS: PdfFonts = {
  body: fileURLToPath(new URL('../../../shared/pdf/fonts/DejaVuSans.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../../shared/pdf/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
};

/**
 * Renders a roadmap as a vector PDF: laid out by shared/pdf from the same time scale and lanes as the
 * canvas, drawn with PDFKit, fonts embedded as subsets (text stays selectable and searchable).
 * Throws a ZodError for options that make no sense.
 */
export async function renderRoadmapPdf(
  doc: Y.Doc,
  input: PdfOptionsInput,
  fonts: PdfFonts = SOURCE_FONTS,
): Promise<Uint8Array> {
  const options = pdfOptionsSchema.parse(input);
  const store = new RoadmapStore(doc);
  const snapshot = store.getSnapshot();
  store.destroy();
  const pdf = new PDFDocument({
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
  pdf.registerFont(PDF_FONTS.body, fonts.body);
  pdf.registerFont(PDF_FONTS.bold, fonts.bold);
  const measure = (text: string, size: number, bold = false) =>
    pdf
      .font(bold ? PDF_FONTS.bold : PDF_FONTS.body)
      .fontSize(size)
      .widthOfString(text);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  paintPdf(pdf, planPdf(snapshot, options, measure));
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
