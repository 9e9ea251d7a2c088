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

/** A bookmark as a PDF viewer shows it: its title, the page it opens (1-based) and the bookmarks under it. */
export interface Bookmark {
  readonly title: string;
  readonly page: number;
  readonly children: readonly Bookmark[];
}

/** What a PDF says about itself for readers: its bookmarks, whether it is tagged, and its pages' structure roles. */
export async function pdfAccessibility(bytes: Uint8Array): Promise<{
  outline: Bookmark[];
  marked: boolean;
  roles: string[][];
  title: string | undefined;
}> {
  const task = getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const bookmark = async (item: Item): Promise<Bookmark> => {
    const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
    const page = dest ? (await pdf.getPageIndex(dest[0] as never)) + 1 : 0;
    return { title: item.title, page, children: await Promise.all(item.items.map(bookmark)) };
  };
  const outline = await Promise.all(((await pdf.getOutline()) ?? []).map((item) => bookmark(item as Item)));
  const marked = ((await pdf.getMarkInfo()) as Map<string, unknown> | null)?.get('Marked') === true;
  const roles: string[][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const tree = await (await pdf.getPage(number)).getStructTree();
    const found: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) found.push(node.role);
      for (const child of node.children ?? []) walk(child as { role?: string; children?: unknown[] });
    };
    if (tree) walk(tree as never);
    roles.push(found);
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  await task.destroy();
  return { outline, marked, roles, title: info.Title };
}
