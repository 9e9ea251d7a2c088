import {
  COLUMN_TARGET_LABELS,
  COLUMN_TARGETS,
  DATE_FORMATS,
  MULTI_COLUMN_TARGETS,
  type ColumnMapping,
  type ColumnTarget,
  type DateFormat,
} from '../../shared/interchange';
import { INITIATIVE_STATUS_LABELS, INITIATIVE_STATUSES, type InitiativeStatus } from '../../shared/model/initiative';

/** A choice given on the command line that cannot be used; `message` says why and what would do. */
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUsageError';
  }
}

function comparable(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "Column name=target" → its two sides; the last "=" splits, so a column's name may hold one. */
export function splitPair(option: string, value: string, example: string): [string, string] {
  const at = value.lastIndexOf('=');
  const left = at < 0 ? '' : value.slice(0, at).trim();
  const right = at < 0 ? '' : value.slice(at + 1).trim();
  if (!left || !right) throw new ImportUsageError(`${option} takes "${example}", not "${value}".`);
  return [left, right];
}

/** Every target, as the error messages list them: `startDate (Start date)`. */
export function listTargets(): string {
  return COLUMN_TARGETS.map((target) => `${target} (${COLUMN_TARGET_LABELS[target]})`).join(', ');
}

/**
 * A target by its id or by the import dialog's label, in any case, with or without the label's
 * parenthesis: `startDate`, `Start date`, `key`, `Key (for re-imports)`, `leave out`.
 */
export function targetNamed(name: string): ColumnTarget | null {
  const wanted = comparable(name);
  for (const target of COLUMN_TARGETS) {
    const label = comparable(COLUMN_TARGET_LABELS[target]);
    const short = label.replace(/\s*\(.*\)$/, '');
    if ([comparable(target), label, short].includes(wanted)) return target;
  }
  return null;
}

/**
 * The mapping with each `--map "Column=target"` applied over the guess. A column's name is matched as
 * written, else in any case; a repeated name (Jira's Labels) means all of its columns. A target of one
 * column (the title, the owner) leaves the column guessed for it, so `--map "Reporter=owner"` replaces
 * the Assignee; tags and links add up.
 */
export function applyColumnChoices(
  headers: readonly string[],
  guessed: ColumnMapping,
  pairs: readonly string[],
): ColumnTarget[] {
  const mapping = [...guessed];
  const chosen = new Set<number>();
  for (const pair of pairs) {
    const [column, targetName] = splitPair('--map', pair, 'Column name=target');
    let indexes = headers.flatMap((header, index) => (header === column ? [index] : []));
    if (indexes.length === 0) {
      indexes = headers.flatMap((header, index) => (comparable(header) === comparable(column) ? [index] : []));
    }
    if (indexes.length === 0) {
      const names = [...new Set(headers)].map((header) => `"${header}"`).join(', ');
      throw new ImportUsageError(`--map: the file has no column named "${column}". Its columns: ${names}.`);
    }
    const target = targetNamed(targetName);
    if (target === null) {
      throw new ImportUsageError(`--map: "${targetName}" is not a target. Targets: ${listTargets()}.`);
    }
    if (target !== 'ignore' && !MULTI_COLUMN_TARGETS.has(target)) {
      // The person named the column for this: the guess for it makes way (unless also named).
      mapping.forEach((mapped, index) => {
        if (mapped === target && !chosen.has(index) && !indexes.includes(index)) mapping[index] = 'ignore';
      });
    }
    for (const index of indexes) {
      mapping[index] = target;
      chosen.add(index);
    }
  }
  return mapping;
}

/** A `--date-format` id, or a usage error listing them. */
export function dateFormatNamed(id: string): DateFormat {
  const found = DATE_FORMATS.find((format) => format.id === id.trim().toLowerCase());
  if (!found)
    throw new ImportUsageError(`--date-format: "${id}" is not a date format. ${listDateFormats(DATE_FORMATS)}`);
  return found;
}

/** "Formats: iso (2027-03-04 (ISO)), …" for the messages. */
export function listDateFormats(formats: readonly DateFormat[]): string {
  return `Formats: ${formats.map((format) => `${format.id} (${format.label})`).join(', ')}.`;
}

/** A Waymark status by its id or label, in any case: `in-progress`, `In progress`. */
export function statusNamed(name: string): InitiativeStatus | null {
  const wanted = comparable(name);
  return (
    INITIATIVE_STATUSES.find(
      (status) => status === wanted || comparable(INITIATIVE_STATUS_LABELS[status]) === wanted,
    ) ?? null
  );
}

/**
 * The status map from each `--status "Source value=status"`: keyed by the file's own spelling of the value
 * (found in any case), so the plan applies it. Values no row has are returned apart, to be mentioned.
 */
export function statusChoices(
  fileValues: readonly string[],
  pairs: readonly string[],
): { statusMap: Record<string, InitiativeStatus>; absent: string[] } {
  const statusMap: Record<string, InitiativeStatus> = {};
  const absent: string[] = [];
  for (const pair of pairs) {
    const [source, statusName] = splitPair('--status', pair, 'Source value=status');
    const status = statusNamed(statusName);
    if (status === null) {
      const known = INITIATIVE_STATUSES.map((id) => `${id} (${INITIATIVE_STATUS_LABELS[id]})`).join(', ');
      throw new ImportUsageError(`--status: "${statusName}" is not a Waymark status. Statuses: ${known}.`);
    }
    const value = fileValues.find((candidate) => comparable(candidate) === comparable(source));
    if (value === undefined) absent.push(source);
    else statusMap[value] = status;
  }
  return { statusMap, absent };
}
