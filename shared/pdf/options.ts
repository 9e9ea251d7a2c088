import { z } from 'zod';
import { isIsoDate } from '../time/iso-date';

/** Paper sizes offered, in PDF points (1/72 inch), portrait. */
export const PAGE_SIZES = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
  A3: [841.89, 1190.55],
  Tabloid: [792, 1224],
} as const;

export type PageSizeName = keyof typeof PAGE_SIZES;

const isoDate = z.string().refine(isIsoDate, 'a date like 2027-01-31');

/** Whether the tag is a well-formed language tag ("en-US", "de"): a bad one would throw while numbers are formatted. */
function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** What an export contains and how it is laid out. */
export const pdfOptionsSchema = z
  .object({
    pageSize: z.enum(['A4', 'Letter', 'A3', 'Tabloid']).default('A4'),
    orientation: z.enum(['landscape', 'portrait']).default('landscape'),
    /** First and last day shown; by default the roadmap's content, cropped. */
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    /** Lane keys to include (goal ids, 'unaligned'); null for every lane. */
    lanes: z.array(z.string().max(64)).nullable().default(null),
    /** Lanes printed collapsed on the timeline, as on the canvas: the goal's header, no bars. */
    collapsedLanes: z.array(z.string().max(64)).default([]),
    /** Initiatives to include (the canvas's filter applied); null for all of them. */
    initiatives: z.array(z.string().max(64)).nullable().default(null),
    colorBy: z.enum(['goal', 'status', 'team']).default('goal'),
    /** "fit": one page wide, lanes paginate down; "tiled": long ranges split left to right at readable scale. */
    layout: z.enum(['fit', 'tiled']).default('fit'),
    sections: z
      .object({
        title: z.boolean().default(true),
        timeline: z.boolean().default(true),
        appendix: z.boolean().default(true),
        /** A page of the alignment flags (work on no goal, goals with no work…): asked for, not by default. */
        alignment: z.boolean().default(false),
        /** The "Changes since" page(s), when the export compares with a baseline (`since`). */
        changes: z.boolean().default(true),
      })
      .default({ title: true, timeline: true, appendix: true, alignment: false, changes: true }),
    /**
     * The baseline to compare with, by id: a "Changes since" page after the title page, ghost bars where
     * moved initiatives were, and key-result deltas on the title page. The caller reads the baseline's plan
     * (planPdf's `baselinePlan`), as only it holds the document.
     */
    since: z.string().min(1).max(64).nullable().default(null),
    /** The "as of" date printed on every page (today, usually). */
    asOf: isoDate,
    author: z.string().max(200).default(''),
    /**
     * How numbers are written (thousands separators) and the document's language for screen readers: the
     * app passes the user's; 'en-US' by default, so the command line and tests do not depend on the machine.
     */
    locale: z.string().max(35).refine(isLocale, 'a language tag like en-US').default('en-US'),
  })
  .refine((options) => !options.from || !options.to || options.from <= options.to, {
    message: 'The date range ends before it starts',
    path: ['to'],
  })
  .refine(({ sections: { changes, ...others }, since }) => Object.values(others).some(Boolean) || (changes && since), {
    message: 'Choose at least one section',
    path: ['sections'],
  });

export type PdfOptions = z.infer<typeof pdfOptionsSchema>;
export type PdfOptionsInput = z.input<typeof pdfOptionsSchema>;

/** A page's width and height in points for the options. */
export function pageDimensions(options: Pick<PdfOptions, 'pageSize' | 'orientation'>): {
  width: number;
  height: number;
} {
  const [short, long] = PAGE_SIZES[options.pageSize];
  return options.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}
