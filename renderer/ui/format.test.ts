import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../shared';
import { formatDay, formatRange, keyResultSummary, valueWithUnit } from './format';

describe('canvas labels', () => {
  it('writes the calendar day a date names, in any time zone', () => {
    expect(formatDay('2027-01-01')).toBe('Jan 1, 2027');
    expect(formatDay('2027-12-31')).toBe('Dec 31, 2027');
  });

  it('writes a range with one year, or both when it crosses a year', () => {
    expect(formatRange('2027-01-05', '2027-03-31')).toBe('Jan 5 – Mar 31, 2027');
    expect(formatRange('2027-12-01', '2028-01-31')).toBe('Dec 1, 2027 – Jan 31, 2028');
  });

  it('summarizes a key result as baseline → current → target with its unit', () => {
    const keyResult = (unit: string, values: [number, number, number]) =>
      ({ title: 'Activated', unit, baseline: values[0], current: values[1], target: values[2] }) as KeyResult;
    const en = (value: number) => value.toLocaleString();
    expect(keyResultSummary(keyResult('accounts', [30, 12_500, 50_000]))).toBe(
      `Activated: ${en(30)} → ${en(12_500)} → ${en(50_000)} accounts`,
    );
    expect(keyResultSummary(keyResult('%', [32, 36, 45]))).toBe('Activated: 32% → 36% → 45%');
    expect(keyResultSummary(keyResult(' ', [1, 2, 3]))).toBe('Activated: 1 → 2 → 3');
  });
});

describe('values with their unit', () => {
  it('writes a percent close to its number, another unit after a space, none without one', () => {
    expect(valueWithUnit(36, '%')).toBe('36%');
    expect(valueWithUnit(12_500, ' accounts ')).toBe(`${(12_500).toLocaleString()} accounts`);
    expect(valueWithUnit(7, '')).toBe('7');
  });
});
