/** Pages at least this wide inside their margins (landscape) are set in two columns, else one. */
const TWO_COLUMNS_MIN_WIDTH = 700;
/** The gap between two columns. */
export const COLUMN_GAP = 28;

/**
 * The columns of a page `inner` points wide (inside its margins): two on landscape pages, one on portrait
 * ones. The title page's goals, the alignment flags and the changes since a baseline are set alike.
 */
export function pageColumns(inner: number): { columnCount: number; columnWidth: number } {
  const columnCount = inner >= TWO_COLUMNS_MIN_WIDTH ? 2 : 1;
  return { columnCount, columnWidth: (inner - (columnCount - 1) * COLUMN_GAP) / columnCount };
}

/** Something that goes down a column whole, drawn at its top-left corner into a page's content. */
export interface Piece<Content> {
  readonly height: number;
  readonly draw: (x: number, y: number, into: Content) => void;
}

/** A list to flow: its heading, the heading again where the list continues in another column, its items. */
export interface FlowList<Content> {
  readonly heading: Piece<Content>;
  readonly continued: () => Piece<Content>;
  readonly items: readonly Piece<Content>[];
}

/** Where the columns sit on the pages. */
export interface ColumnFrame<Content> {
  readonly columnCount: number;
  readonly columnWidth: number;
  readonly columnGap: number;
  readonly left: number;
  /** Where lists start on the first page, and on the pages after it (under their heading). */
  readonly firstTop: number;
  readonly nextTop: number;
  readonly bottom: number;
  /** Room left after each list. */
  readonly listGap: number;
  /** The first page's content, and a new page's (with what every page says, its heading). */
  readonly first: Content;
  readonly newPage: () => Content;
}

/**
 * Flows lists of pieces down columns and pages (the alignment flags, the changes since a baseline): a
 * heading never ends a column (it goes with its first item); a list too long for a column continues under
 * its heading in the next one. Returns the pages' contents.
 */
export function flowColumns<Content>(lists: readonly FlowList<Content>[], frame: ColumnFrame<Content>): Content[] {
  const pages = [frame.first];
  let column = 0;
  let pageTop = frame.firstTop;
  let y = pageTop;
  const nextColumn = () => {
    if (column + 1 < frame.columnCount) column += 1;
    else {
      column = 0;
      pageTop = frame.nextTop;
      pages.push(frame.newPage());
    }
    y = pageTop;
  };
  const place = (piece: Piece<Content>) => {
    piece.draw(frame.left + column * (frame.columnWidth + frame.columnGap), y, pages.at(-1)!);
    y += piece.height;
  };
  for (const list of lists) {
    const first = list.items[0];
    if (y + list.heading.height + (first?.height ?? 0) > frame.bottom && y > pageTop) nextColumn();
    place(list.heading);
    for (const item of list.items) {
      if (y + item.height > frame.bottom) {
        nextColumn();
        place(list.continued());
      }
      place(item);
    }
    y += frame.listGap;
  }
  return pages;
}
