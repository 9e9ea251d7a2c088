/** Up to six decimals: a value is never rounded to a different number people would read, but float noise is. */
const MAX_FRACTION_DIGITS = 6;

const formats = new Map<string, Intl.NumberFormat>();

function formatOf(locale: string | undefined): Intl.NumberFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: MAX_FRACTION_DIGITS });
    formats.set(key, format);
  }
  return format;
}

/** A number as people read it in `locale` (default: the user's): "50,000", "50.000", "4.5". */
export function formatLocaleNumber(value: number, locale?: string): string {
  return formatOf(locale).format(value);
}

/** A key result's value with its unit: "36%" (a percent sign close to its number), "12 min", "7" without one. */
export function formatValueWithUnit(value: number, unit: string, locale?: string): string {
  const number = formatLocaleNumber(value, locale);
  const trimmed = unit.trim();
  if (trimmed === '%') return `${number}%`;
  return trimmed ? `${number} ${trimmed}` : number;
}

/** The grouping and decimal separators of `locale` ("," and "." in English, "." and "," in German). */
function separatorsOf(locale: string | undefined): { group: string; decimal: string } {
  const parts = formatOf(locale).formatToParts(12345.5);
  return {
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads a number typed in `locale` (default: the user's), with or without thousands separators ("50,000",
 * "50 000", "12,34,567", "50000"); null when it is not one. Separators count as grouping only where they
 * group digits (the last group three long), so "1.5" is one and a half in German too.
 */
export function parseLocaleNumber(text: string, locale?: string): number | null {
  const { group, decimal } = separatorsOf(locale);
  // A typed minus sign may be the Unicode one that formatted negatives use.
  const trimmed = text.trim().replace(/^\u2212/, '-');
  const at = trimmed.indexOf(decimal);
  let whole = at === -1 ? trimmed : trimmed.slice(0, at);
  const fraction = at === -1 ? '' : `.${trimmed.slice(at + decimal.length)}`;
  // Spaces of any kind group digits in French and others; typed ones are plain or no-break spaces.
  const groupPattern = new RegExp(/\s/.test(group) ? '[\\s\\u00a0\\u202f]' : escape(group));
  const groups = whole.replace(/^-/, '').split(groupPattern);
  if (groups.length > 1) {
    const grouped =
      /^\d{1,3}$/.test(groups[0]!) &&
      /^\d{3}$/.test(groups.at(-1)!) &&
      groups.slice(1, -1).every((digits) => /^\d{2,3}$/.test(digits));
    if (grouped) whole = whole.replace(new RegExp(groupPattern, 'g'), '');
    // Not grouping: a dot is a decimal point ("1.5" typed in German).
    else if (group === '.' && at === -1 && groups.length === 2) return parsePlain(whole);
    else return null;
  }
  return parsePlain(whole + fraction);
}

function parsePlain(text: string): number | null {
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
