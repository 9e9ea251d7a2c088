import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import { RoadmapStore } from '../../../shared/read-model/roadmap-store';
import { planAtBaseline } from '../../../shared/read-model/baseline-plan';
import { renderPdf, type PdfDocumentClass, type PdfFontSources, type PdfOptionsInput } from '../../../shared/pdf';

// PDFKit's Node build, whatever resolves this module (a bundler or module runner may pick the browser one).
// Loaded on the first export: a command that only prints its help should not wait for it.
const loadPdfKit = () => createRequire(import.meta.url)('pdfkit') as PdfDocumentClass;

/** The fonts beside the PDF painter in the source tree: DejaVu Sans (Latin, Greek, Cyrillic and more). */
export const SOURCE_FONTS: PdfFontSources = {
  body: fileURLToPath(new URL('../../../shared/pdf/fonts/DejaVuSans.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../../shared/pdf/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
};

/**
 * Renders a roadmap document as a PDF in Node (the CLI and tests; the app renders in its window), compared
 * with the baseline `input.since` names, if any.
 */
export async function renderRoadmapPdf(
  doc: Y.Doc,
  input: PdfOptionsInput,
  fonts: PdfFontSources = SOURCE_FONTS,
): Promise<Uint8Array> {
  const store = new RoadmapStore(doc);
  const snapshot = store.getSnapshot();
  store.destroy();
  return renderPdf(loadPdfKit(), fonts, snapshot, input, (baseline) => planAtBaseline(doc, baseline));
}
