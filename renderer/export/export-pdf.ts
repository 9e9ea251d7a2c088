import { downloadBytes, fileNameOf } from '../ui/download';
import bodyFontUrl from '../../shared/pdf/fonts/DejaVuSans.ttf?url';
import boldFontUrl from '../../shared/pdf/fonts/DejaVuSans-Bold.ttf?url';
import { ipcErrorMessage } from '../ipc-error';
import {
  renderPdf,
  type BaselinePlan,
  type PdfDocumentClass,
  type PdfFontSources,
  type PdfOptionsInput,
  type RoadmapSnapshot,
} from '../../shared';

let fonts: Promise<PdfFontSources> | null = null;

/** The embedded fonts, fetched from the app's own files once. */
function loadFonts(): Promise<PdfFontSources> {
  fonts ??= Promise.all(
    [bodyFontUrl, boldFontUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error('The PDF fonts could not be loaded.');
      return new Uint8Array(await response.arrayBuffer());
    }),
  ).then(([body, bold]) => ({ body: body!, bold: bold! }));
  return fonts;
}

/**
 * Renders the roadmap as a PDF in this window (PDFKit's browser build, the same layout as everywhere).
 * PDFKit is loaded on the first export: it is most of the app's script, and nobody needs it to start.
 * `baselinePlan` reads the plan of the baseline the options compare with (`since`).
 */
export async function exportPdfBytes(
  snapshot: RoadmapSnapshot,
  options: PdfOptionsInput,
  baselinePlan?: BaselinePlan,
): Promise<Uint8Array> {
  const [{ default: PDFDocument }, sources] = await Promise.all([import('pdfkit'), loadFonts()]);
  return renderPdf(PDFDocument as unknown as PdfDocumentClass, sources, snapshot, options, baselinePlan);
}

/** Saves PDF bytes: the desktop app's save dialog, or a download in a browser. False when cancelled. */
export async function savePdf(bytes: Uint8Array, title: string): Promise<boolean> {
  const name = fileNameOf(title);
  if (window.waymark) {
    return window.waymark.files.savePdf(bytes, name).catch((error: unknown) => {
      throw new Error(ipcErrorMessage(error), { cause: error });
    });
  }
  downloadBytes(bytes, `${name}.pdf`, 'application/pdf');
  return true;
}
