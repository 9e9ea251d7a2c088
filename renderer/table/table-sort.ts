import { COLUMNS, type ColumnId } from './table-columns';
import type { TableItem } from './table-items';

/** One sort rule: a column and its direction (the first rule decides first). */
export interface SortRule {
  readonly id: ColumnId;
  readonly desc: boolean;
}

// Base sensitivity: "éclair" sorts with "Eclair", "b" with "B". Not numeric: that collation is several
// times slower, and 10,000 titles must sort within a frame or two.
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The items sorted by the rules, stably (equal items keep their order: the timeline's, or an earlier
 * sort's); empty values last whichever the direction. No rules: the items as they are.
 */
export function sortItems(items: readonly TableItem[], rules: readonly SortRule[]): readonly TableItem[] {
  if (rules.length === 0) return items;
  // Keys read once per item, not once per comparison: 10,000 rows take ~130,000 comparisons.
  const keys = rules.map((rule) => items.map(COLUMNS[rule.id].sortKey));
  const indexes = items.map((_, index) => index);
  indexes.sort((a, b) => {
    for (let r = 0; r < rules.length; r++) {
      const order = compareKeys(keys[r]![a]!, keys[r]![b]!, rules[r]!.desc);
      if (order !== 0) return order;
    }
    return a - b;
  });
  return indexes.map((index) => items[index]!);
}

function compareKeys(a: string | number | null, b: string | number | null, desc: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  return desc ? -order : order;
}
