import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a page, as a PDF reader extracts it (x, y: baseline start, PDF points from bottom-left). */
export interface PageText {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The text of every page of a PDF, parsed with pdf.js (what viewers and search use). */
export async function pdfText(bytes: Uint8Array): Promise<PageText[][]> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  const pages: PageText[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter(
          (item): item is typeof item & { str: string; transform: number[]; width: number; height: number } =>
            'str' in item,
        )
        .filter((item) => item.str.trim() !== '')
        .map((item) => ({
          str: item.str,
          x: item.transform[4]!,
          y: item.transform[5]!,
          width: item.width,
          height: item.height,
        })),
    );
  }
  await task.destroy();
  return pages;
}

/** Pairs of text runs on a page whose boxes overlap (beyond half a point). */
export function overlappingTexts(items: readonly PageText[]): string[] {
  const overlaps: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const inset = 0.5;
      const horizontal = a.x + inset < b.x + b.width - inset && b.x + inset < a.x + a.width - inset;
      // Boxes from the baseline a little below (descenders) to the height above.
      const vertical =
        a.y - a.height * 0.2 + inset < b.y + b.height * 0.8 - inset &&
        b.y - b.height * 0.2 + inset < a.y + a.height * 0.8 - inset;
      if (horizontal && vertical) overlaps.push(`"${a.str}" overlaps "${b.str}"`);
    }
  }
  return overlaps;
}
