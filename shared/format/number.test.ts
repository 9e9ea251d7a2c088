import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber, formatValueWithUnit } from './number';

describe('formatLocaleNumber', () => {
  it('groups thousands as the locale does', () => {
    expect(formatLocaleNumber(50000, 'en-US')).toBe('50,000');
    expect(formatLocaleNumber(50000, 'de-DE')).toBe('50.000');
    expect(formatLocaleNumber(1234567.5, 'en-US')).toBe('1,234,567.5');
    expect(formatLocaleNumber(1234567.5, 'fr-FR')).toBe('1\u202f234\u202f567,5');
  });

  it('keeps small values and decimals readable', () => {
    expect(formatLocaleNumber(35, 'en-US')).toBe('35');
    expect(formatLocaleNumber(4.5, 'de-DE')).toBe('4,5');
    expect(formatLocaleNumber(-1200, 'en-US')).toBe('-1,200');
    expect(formatLocaleNumber(0.1 + 0.2, 'en-US')).toBe('0.3'); // float noise, not a value people typed
    expect(formatLocaleNumber(0.12345, 'en-US')).toBe('0.12345');
  });
});

describe('parseLocaleNumber', () => {
  it('reads numbers with or without the locale’s grouping', () => {
    expect(parseLocaleNumber('50000', 'en-US')).toBe(50000);
    expect(parseLocaleNumber('50,000', 'en-US')).toBe(50000);
    expect(parseLocaleNumber('1,234,567.5', 'en-US')).toBe(1234567.5);
    expect(parseLocaleNumber('50.000', 'de-DE')).toBe(50000);
    expect(parseLocaleNumber('4,5', 'de-DE')).toBe(4.5);
    expect(parseLocaleNumber('1 234 567,5', 'fr-FR')).toBe(1234567.5);
    expect(parseLocaleNumber('1\u202f234', 'fr-FR')).toBe(1234);
    expect(parseLocaleNumber(' -12 ', 'en-US')).toBe(-12);
  });

  it('reads what it formats back to the same number', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN'])
      for (const value of [0, 7, 1234, 50000, -1200, 4.25, 1234567.5])
        expect(parseLocaleNumber(formatLocaleNumber(value, locale), locale)).toBe(value);
  });

  it('reads a dot before other than three digits as the decimal point in any locale', () => {
    expect(parseLocaleNumber('1.5', 'de-DE')).toBe(1.5);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', '  ', 'abc', '12abc', '1,5', '1..2', '--3', 'Infinity'])
      expect(parseLocaleNumber(text, 'en-US')).toBeNull();
  });
});

describe('formatValueWithUnit', () => {
  it('writes a percent close to its number and another unit after a space, in the locale', () => {
    expect(formatValueWithUnit(4.5, '%', 'de-DE')).toBe('4,5%');
    expect(formatValueWithUnit(1_850_000, 'USD', 'en-US')).toBe('1,850,000 USD');
    expect(formatValueWithUnit(7, '', 'en-US')).toBe('7');
  });
});
