import { format, parseISO } from 'date-fns';
import { formatNumber, type IsoDate, type KeyResult } from '../../shared';

// parseISO reads a date-only string as local midnight, so local formatting shows that same calendar day.
const asDate = (date: IsoDate) => parseISO(date);

/** "Jan 5, 2027" */
export function formatDay(date: IsoDate): string {
  return format(asDate(date), 'MMM d, yyyy');
}

/** "Jan 5 – Mar 31, 2027", or across years "Dec 1, 2027 – Jan 31, 2028". */
export function formatRange(start: IsoDate, end: IsoDate): string {
  if (start.slice(0, 4) === end.slice(0, 4)) return `${format(asDate(start), 'MMM d')} – ${formatDay(end)}`;
  return `${formatDay(start)} – ${formatDay(end)}`;
}

/** "Jan" */
export function monthLabel(date: IsoDate): string {
  return format(asDate(date), 'MMM');
}

/** "Week-1 activation rate: 30 → 35 → 50,000 users", numbers in the user's locale. */
export function keyResultSummary(keyResult: KeyResult): string {
  const unit = keyResult.unit.trim() ? ` ${keyResult.unit.trim()}` : '';
  const values = [keyResult.baseline, keyResult.current, keyResult.target].map((value) => formatNumber(value));
  return `${keyResult.title}: ${values.join(' → ')}${unit}`;
}
