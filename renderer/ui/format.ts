import { format, parseISO } from 'date-fns';
import { formatLocaleNumber, formatValueWithUnit, type IsoDate, type KeyResult } from '../../shared';

// parseISO reads a date-only string as local midnight, so local formatting shows that same calendar day.
const asDate = (date: IsoDate) => parseISO(date);

/** "Jan 5, 2027" */
export function formatDay(date: IsoDate): string {
  return format(asDate(date), 'MMM d, yyyy');
}

/** "Jan 5 – Mar 31, 2027", or across years "Dec 1, 2027 – Jan 31, 2028". */
export function formatRange(start: IsoDate | null, end: IsoDate | null): string {
  if (start === null || end === null) return 'Unscheduled';
  if (start.slice(0, 4) === end.slice(0, 4)) return `${format(asDate(start), 'MMM d')} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "Jan" */
export function monthLabel(date: IsoDate): string {
  return format(asDate(date), 'MMM');
}

/**
 * "Activated accounts: 30 → 12,500 → 50,000 accounts", or "Week-1 activation rate: 32% → 36% → 45%":
 * baseline → current → target in the user's locale, the unit written as the PDF writes it.
 */
export function keyResultSummary(keyResult: KeyResult): string {
  const values = [keyResult.baseline, keyResult.current, keyResult.target].map((value) => formatLocaleNumber(value));
  const unit = keyResult.unit.trim();
  if (unit === '%') return `${keyResult.title}: ${values.map((value) => `${value}%`).join(' → ')}`;
  return `${keyResult.title}: ${values.join(' → ')}${unit ? ` ${unit}` : ''}`;
}

/** A key result's value with its unit, in the user's locale: "36%", "12,500 accounts", "7". */
export function valueWithUnit(value: number, unit: string): string {
  return formatValueWithUnit(value, unit);
}
