/** Measures text in points: the PDF writer's font metrics (PDFKit's widthOfString) or a stand-in in tests. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

const ELLIPSIS = '…';

/**
 * The text as it fits in `width` points at `size`: whole when it fits, else cut at a character boundary
 * (never mid-glyph, surrogate pairs kept whole) with an ellipsis; empty when not even one character and
 * the ellipsis fit.
 */
export function fitText(text: string, width: number, size: number, measure: MeasureText, bold = false): string {
  if (measure(text, size, bold) <= width) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  // The longest prefix that fits with the ellipsis (binary search: widths grow with length).
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(characters.slice(0, mid).join('').trimEnd() + ELLIPSIS, size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : characters.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** Splits text into lines that fit `width` (at word boundaries; a word too long is cut into pieces). */
export function wrapText(text: string, width: number, size: number, measure: MeasureText, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A single word wider than the line: hard-break it.
      let rest = Array.from(word);
      while (rest.length > 0 && measure(rest.join(''), size, bold) > width) {
        let take = rest.length - 1;
        while (take > 1 && measure(rest.slice(0, take).join(''), size, bold) > width) take--;
        lines.push(rest.slice(0, take).join(''));
        rest = rest.slice(take);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}
