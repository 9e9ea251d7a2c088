import type { KeyResult } from '../model/key-result';
import { formatLocaleNumber, formatValueWithUnit } from '../format/number';

type Values = Pick<KeyResult, 'baseline' | 'current' | 'target' | 'unit'>;

/** A number written whole for the locale, with its thousands separators: 250000 → "250,000" in en-US. */
export function formatNumber(value: number, locale: string): string {
  return formatLocaleNumber(value, locale);
}

/**
 * Baseline → current → target with the unit: "32% → 36% → 45%", or once at the end: "20 → 38 → 120
 * customers"; numbers with thousands separators ("1,200,000 → 1,850,000 → 2,500,000 USD").
 */
export function keyResultValues(keyResult: Values, locale = 'en-US'): string {
  const { unit } = keyResult;
  const values = [keyResult.baseline, keyResult.current, keyResult.target];
  if (unit === '%') return values.map((value) => formatValue(value, unit, locale)).join(' → ');
  return `${values.map((value) => formatNumber(value, locale)).join(' → ')}${unit ? ` ${unit}` : ''}`;
}

/**
 * "below baseline" (or "above baseline" for a target lower than the baseline) when a key result has moved
 * away from its target since the baseline: its progress reads 0%, which alone would hide that. Null otherwise.
 */
export function keyResultSetback(keyResult: Pick<KeyResult, 'baseline' | 'current' | 'target'>): string | null {
  const { baseline, current, target } = keyResult;
  if (target > baseline && current < baseline) return 'below baseline';
  if (target < baseline && current > baseline) return 'above baseline';
  return null;
}

/** One value with the key result's unit: "36%", "12 min", "1,850,000 USD". */
export function formatValue(value: number, unit: string, locale = 'en-US'): string {
  return formatValueWithUnit(value, unit, locale);
}
