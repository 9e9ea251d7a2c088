import { format, isValid, parse } from 'date-fns';
import type { IsoDate } from '../time/iso-date';

/**
 * A way dates are written in a file. `pattern` is a date-fns pattern; `shape` recognizes candidates
 * quickly (date-fns parsing every value in every format would be slow on a large file).
 */
export interface DateFormat {
  readonly id: string;
  /** How the import dialog names it, with an example. */
  readonly label: string;
  readonly pattern: string;
  readonly shape: RegExp;
}

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp][Mm])?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const shape = (date: string) => new RegExp(`^${date}${TIME}$`);

/** The date formats recognized, in the order offered. A time after the date is ignored. */
export const DATE_FORMATS: readonly DateFormat[] = [
  { id: 'iso', label: '2027-03-04 (ISO)', pattern: 'yyyy-MM-dd', shape: shape(String.raw`\d{4}-\d{1,2}-\d{1,2}`) },
  { id: 'ymd-slash', label: '2027/03/04', pattern: 'yyyy/MM/dd', shape: shape(String.raw`\d{4}/\d{1,2}/\d{1,2}`) },
  {
    id: 'jira',
    label: '4/Mar/27 (Jira)',
    pattern: 'd/MMM/yy',
    shape: shape(String.raw`\d{1,2}/[A-Za-z]{3}/\d{2}`),
  },
  {
    id: 'jira-long',
    label: '4/Mar/2027',
    pattern: 'd/MMM/yyyy',
    shape: shape(String.raw`\d{1,2}/[A-Za-z]{3}/\d{4}`),
  },
  { id: 'dmy', label: '04/03/2027 (day first)', pattern: 'd/M/yyyy', shape: shape(String.raw`\d{1,2}/\d{1,2}/\d{4}`) },
  {
    id: 'mdy',
    label: '03/04/2027 (month first)',
    pattern: 'M/d/yyyy',
    shape: shape(String.raw`\d{1,2}/\d{1,2}/\d{4}`),
  },
  {
    id: 'dmy-short',
    label: '04/03/27 (day first)',
    pattern: 'd/M/yy',
    shape: shape(String.raw`\d{1,2}/\d{1,2}/\d{2}`),
  },
  {
    id: 'mdy-short',
    label: '03/04/27 (month first)',
    pattern: 'M/d/yy',
    shape: shape(String.raw`\d{1,2}/\d{1,2}/\d{2}`),
  },
  { id: 'dmy-dot', label: '04.03.2027', pattern: 'd.M.yyyy', shape: shape(String.raw`\d{1,2}\.\d{1,2}\.\d{4}`) },
  { id: 'dmy-dash', label: '04-03-2027', pattern: 'd-M-yyyy', shape: shape(String.raw`\d{1,2}-\d{1,2}-\d{4}`) },
  {
    id: 'd-mmm-y',
    label: '4 Mar 2027',
    pattern: 'd MMM yyyy',
    shape: shape(String.raw`\d{1,2} [A-Za-z]{3} \d{4}`),
  },
  {
    id: 'mmm-d-y',
    label: 'Mar 4, 2027',
    pattern: 'MMM d, yyyy',
    shape: shape(String.raw`[A-Za-z]{3} \d{1,2}, \d{4}`),
  },
  {
    id: 'mmmm-d-y',
    label: 'March 4, 2027',
    pattern: 'MMMM d, yyyy',
    shape: shape(String.raw`[A-Za-z]{4,9} \d{1,2}, \d{4}`),
  },
];

const formatsById = new Map(DATE_FORMATS.map((dateFormat) => [dateFormat.id, dateFormat]));

/** A date format by id, or undefined. */
export function dateFormatById(id: string): DateFormat | undefined {
  return formatsById.get(id);
}

/** What the dates of a file look like. */
export interface DateDetection {
  /** The format every date fits, when exactly one does (or an ambiguous pair was settled by a value). */
  readonly format: DateFormat | null;
  /** Formats every date fits: two or more means the person must choose (03/04/2027). */
  readonly candidates: readonly DateFormat[];
  /** Values that fit no known format (shown to the person; those cells are treated as empty). */
  readonly unreadable: readonly string[];
}

/**
 * Finds the format of a file's dates from all of them: the formats every value fits (a value that fits
 * none does not count against the others). Day-first and month-first are told apart by any value with a
 * part over 12; when none has one, both stay candidates and the person is asked.
 */
export function detectDateFormat(values: Iterable<string>): DateDetection {
  const distinct = new Set<string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed) distinct.add(trimmed);
  }
  const fits = new Map<DateFormat, number>();
  const unreadable: string[] = [];
  for (const value of distinct) {
    let any = false;
    for (const dateFormat of DATE_FORMATS) {
      if (!dateFormat.shape.test(value) || toIsoDate(value, dateFormat) === null) continue;
      fits.set(dateFormat, (fits.get(dateFormat) ?? 0) + 1);
      any = true;
    }
    if (!any) unreadable.push(value);
  }
  const readable = distinct.size - unreadable.length;
  const candidates = DATE_FORMATS.filter((dateFormat) => readable > 0 && fits.get(dateFormat) === readable);
  // Several shapes at once (ISO and Jira in one file, from two sources) is no reason to give up: take the
  // format most values fit, as long as no other fits as many.
  if (candidates.length === 0 && readable > 0) {
    const best = [...fits.entries()].sort((a, b) => b[1] - a[1]);
    if (best[0] && best[0][1] !== best[1]?.[1]) return { format: best[0][0], candidates: [best[0][0]], unreadable };
  }
  return { format: candidates.length === 1 ? candidates[0]! : null, candidates, unreadable };
}

const REFERENCE = new Date(2000, 0, 1);

/**
 * A cell's date as an ISO day in a format, or null when it is not one. A time of day is dropped: the
 * calendar day is what was written, whatever the time zone.
 */
export function toIsoDate(value: string, dateFormat: DateFormat): IsoDate | null {
  const trimmed = value.trim();
  const match = /^(.*?\d)(?=[ T]\d{1,2}:\d{2}|$)/.exec(trimmed);
  const datePart = match ? match[1]! : trimmed;
  if (!dateFormat.shape.test(trimmed)) return null;
  const parsed = parse(datePart, dateFormat.pattern, REFERENCE);
  if (!isValid(parsed)) return null;
  let year = parsed.getFullYear();
  // Two-digit years are read as 2000–2099: roadmaps are about this century, and Jira writes 26 for 2026.
  if (/(^|[^y])yy$/.test(dateFormat.pattern) && year < 2000) year += 100;
  if (year < 1900 || year > 2999) return null;
  parsed.setFullYear(year);
  return format(parsed, 'yyyy-MM-dd');
}
