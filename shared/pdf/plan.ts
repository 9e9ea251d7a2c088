import type { Lane } from '../read-model/lanes';
import type { InitiativeStatus } from '../model/initiative';

// All measurements in PDF points, y growing downwards from the page's top (as PDFKit draws).
/** The page's margin on every side. */
export const MARGIN = 30;
/** Room kept at the bottom of every page for the footer. */
export const FOOTER_HEIGHT = 16;
/** Room a page's heading takes above what follows. */
export const PAGE_TITLE_HEIGHT = 18;
/** The smallest type printed on A4 and Letter (larger paper scales it up): readable on paper. */
export const MIN_FONT = 7.5;
/** Type sizes: a bar's title, a lane's title, small print (header cells, legend, footer). */
export const BAR_FONT = MIN_FONT;
export const LANE_TITLE_FONT = 8.4;
export const SMALL_FONT = MIN_FONT;

/** A text's role in a tagged PDF's structure (standard structure types); a paragraph unless said. */
export type TextRole = 'H1' | 'H2' | 'H3' | 'H4' | 'P';

/** One run of text on a page, at its top-left corner. */
export interface TextBox {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: string;
  readonly strike?: boolean;
  readonly role?: TextRole;
  /** Goes on from the text before (its next line, a mark's label): one element in a tagged PDF. */
  readonly continues?: boolean;
}

export interface PdfBar {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly color: string;
  readonly status: InitiativeStatus;
  /** How much of the drawn bar the progress fill covers, in points: of the whole bar, even when it is cut. */
  readonly progressWidth: number;
  /** Cut by the page's date range on the left / right. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  readonly label: TextBox | null;
  /** Where it was at the baseline the export compares with (its dates moved), in its row; cut to the page. */
  readonly ghost: {
    readonly x: number;
    readonly width: number;
    readonly clippedStart: boolean;
    readonly clippedEnd: boolean;
  } | null;
  /** What changed since the baseline, beside it: "+12 d", "new", "from ‹goal›". */
  readonly markers: readonly TextBox[];
}

export interface PdfLaneBlock {
  readonly key: string;
  readonly y: number;
  readonly height: number;
  readonly color: string;
  readonly texts: readonly TextBox[];
  readonly progress: number | null;
  /** Where progress would be on pace (0–100), ticked on the lane's progress bar; null without a due date. */
  readonly expected: number | null;
  readonly progressY: number;
  readonly unaligned: boolean;
}

/** What the legend explains besides bar styles and colors. */
export type LegendSymbol = 'milestone' | 'dependency' | 'violated' | 'today' | 'pace' | 'ghost';

export interface LegendEntry {
  readonly swatch: string | null;
  readonly status: InitiativeStatus | null;
  readonly symbol: LegendSymbol | null;
  readonly text: TextBox;
}

export interface TimelinePage {
  readonly kind: 'timeline';
  /** Which tile of the range the page shows (0 unless tiled), of how many. */
  readonly part: number;
  readonly parts: number;
  readonly heading: TextBox;
  /** What the page does not show: a stretch of the range with nothing scheduled, or that nothing is. */
  readonly note: TextBox | null;
  readonly legend: readonly LegendEntry[];
  readonly canvasX: number;
  readonly canvasWidth: number;
  readonly headerY: number;
  readonly ticks: readonly {
    readonly x: number;
    readonly width: number;
    readonly label: TextBox;
    readonly major: boolean;
  }[];
  readonly majorTicks: readonly { readonly x: number; readonly label: TextBox }[];
  readonly lanes: readonly PdfLaneBlock[];
  readonly bars: readonly PdfBar[];
  readonly milestones: readonly { readonly x: number; readonly y: number; readonly label: TextBox | null }[];
  readonly arrows: readonly { readonly points: readonly [number, number][]; readonly violated: boolean }[];
  readonly todayX: number | null;
  /** The today line's pieces (top, bottom): it stops short of every label it would cross. */
  readonly todaySegments: readonly (readonly [number, number])[];
  /** "Today" under the today line, where the lanes end. */
  readonly todayLabel: TextBox | null;
  readonly bottom: number;
}

export interface AppendixPage {
  readonly kind: 'appendix';
  readonly heading: TextBox;
  /** What the table holds (dates, goals, filter), under the heading. */
  readonly scope: readonly TextBox[];
  readonly columns: readonly { readonly x: number; readonly width: number; readonly label: TextBox }[];
  readonly headerY: number;
  readonly rows: readonly {
    readonly y: number;
    readonly height: number;
    readonly group: boolean;
    /** A sub-goal's rows are indented under its parent's. */
    readonly indent: number;
    readonly color: string | null;
    readonly texts: readonly TextBox[];
  }[];
}

export interface TitlePage {
  readonly kind: 'title';
  readonly texts: readonly TextBox[];
  readonly bars: readonly {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly value: number;
    /** Where progress would be today on pace (0–100), marked with a tick; null without a due date. */
    readonly expected: number | null;
    readonly color: string;
  }[];
  readonly swatches: readonly { readonly x: number; readonly y: number; readonly color: string }[];
}

/** The alignment flags: lists of what needs a look, under headings. */
export interface AlignmentPage {
  readonly kind: 'alignment';
  readonly texts: readonly TextBox[];
  /** Thin rules under each list's heading. */
  readonly rules: readonly { readonly x: number; readonly y: number; readonly width: number }[];
}

/** What changed since a baseline, goal by goal. */
export interface ChangesPage {
  readonly kind: 'changes';
  readonly texts: readonly TextBox[];
  /** Thin rules under each goal's name. */
  readonly rules: readonly { readonly x: number; readonly y: number; readonly width: number }[];
  /** Each goal's color before its name, as on the title page. */
  readonly swatches: readonly { readonly x: number; readonly y: number; readonly color: string }[];
}

export type PdfPage = TimelinePage | AppendixPage | TitlePage | AlignmentPage | ChangesPage;

/** The whole document, laid out: every page with what goes on it, and what every footer says. */
export interface PdfPlan {
  /** The page in layout points: the paper's size divided by `scale`. */
  readonly width: number;
  readonly height: number;
  /** Layout points to paper points: above 1 on paper larger than A4, so type and bars grow with it. */
  readonly scale: number;
  readonly title: string;
  readonly pages: readonly PdfPage[];
  /** Bookmarks in document order: the page each opens, and how deep it sits (0 at the top). */
  readonly outline: readonly { readonly title: string; readonly page: number; readonly depth: number }[];
  readonly footer: (pageIndex: number) => { left: TextBox; center: TextBox; right: TextBox };
}

export const laneTitle = (lane: Lane) => lane.goal?.title ?? 'Unaligned';

/** Mixes a color with white (for light bar fills that print well). */
export function tint(hex: string, amount: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 255) * amount + 255 * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}
