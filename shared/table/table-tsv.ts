import { COLUMNS, type ColumnId } from './table-columns';
import type { TableItem } from './table-items';

/**
 * A cell as spreadsheets read pasted text: as it is, or in double quotes (doubled inside) when it holds a
 * tab, a line break or a quote.
 */
function tsvCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The items as tab-separated text with a header row of the column names, one line per item (each once,
 * however often it shows), in the columns shown: what pastes into a spreadsheet as a table.
 */
export function itemsAsTsv(items: readonly TableItem[], columns: readonly ColumnId[]): string {
  const seen = new Set<string>();
  const lines = [columns.map((id) => tsvCell(COLUMNS[id].label)).join('\t')];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    lines.push(columns.map((id) => tsvCell(COLUMNS[id].text(item))).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
