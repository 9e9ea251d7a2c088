import { memo, type MouseEvent } from 'react';
import { STATUS_COLORS, type Problem, COLUMNS, type ColumnId, type DisplayRow, type TableItem } from '../../shared';
import { CellEditor, type EditEnd, type GoalChoice } from './CellEditor';

/** Row height in px: fixed, so the virtualizer needs no measuring. */
export const ROW_HEIGHT = 32;

export interface ShownColumn {
  readonly id: ColumnId;
  readonly width: number;
}

/** The cell being edited, if it is in this row. */
export interface RowEditing {
  readonly column: ColumnId;
  readonly draft: string;
  readonly problems: readonly Problem[];
  readonly bulkCount: number;
}

interface TableRowProps {
  row: DisplayRow;
  /** 0-based among the rows below the header. */
  index: number;
  top: number;
  columns: readonly ShownColumn[];
  width: number;
  selected: boolean;
  /** The column of the active cell when it is in this row. */
  activeColumn: ColumnId | null;
  /** The bar color the timeline gives this item (by goal, status or team). */
  color: string | null;
  editing: RowEditing | null;
  goals: readonly GoalChoice[];
  onCellPointer: (row: DisplayRow, column: ColumnId, event: MouseEvent) => void;
  onCellOpen: (row: DisplayRow, column: ColumnId) => void;
  onToggleGroup: (key: string) => void;
  onDraft: (draft: string) => void;
  onEditEnd: (end: EditEnd) => void;
}

const cellId = (rowKey: string, column: ColumnId | 'group') => `${rowKey}\u241f${column}`;

/** One row of the grid: a group's heading (collapsible), or an item with a cell per shown column. */
export const TableRow = memo(function TableRow(props: TableRowProps) {
  const { row, index, top, width, columns, selected, activeColumn } = props;
  const style = { top, width, height: ROW_HEIGHT };
  if (row.type === 'group') {
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-level={row.depth + 1}
        className="table-row table-group"
        style={style}
      >
        <div
          role="gridcell"
          aria-colindex={1}
          aria-colspan={columns.length}
          aria-expanded={!row.collapsed}
          className="table-cell"
          tabIndex={activeColumn ? 0 : -1}
          data-cell={cellId(row.key, 'group')}
          style={{ width, paddingLeft: 8 + row.depth * 18 }}
          onClick={() => props.onToggleGroup(row.key)}
        >
          <span className="table-group-inner">
            <span className="table-chevron" aria-hidden="true">
              {row.collapsed ? '▸' : '▾'}
            </span>
            {row.color && <span className="table-swatch" style={{ background: row.color }} aria-hidden="true" />}
            <span className="table-group-label">{row.label}</span>
            <span className="table-group-count">{row.count}</span>
          </span>
        </div>
      </div>
    );
  }
  const item = row.item;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`table-row${selected ? ' selected' : ''}${item.kind === 'milestone' ? ' table-milestone' : ''}${props.editing ? ' editing' : ''}`}
      style={style}
      data-item-id={item.id}
    >
      {columns.map((column, columnIndex) => {
        const editing = props.editing?.column === column.id ? props.editing : null;
        return (
          <div
            key={column.id}
            role={column.id === 'title' ? 'rowheader' : 'gridcell'}
            aria-colindex={columnIndex + 1}
            className={`table-cell cell-${column.id}${editing ? ' editing' : ''}`}
            tabIndex={activeColumn === column.id && !editing ? 0 : -1}
            data-cell={cellId(row.key, column.id)}
            style={{
              width: column.width,
              paddingLeft: column.id === 'title' ? 8 + row.depth * 18 : undefined,
            }}
            onMouseDown={(event) => props.onCellPointer(row, column.id, event)}
            onDoubleClick={() => props.onCellOpen(row, column.id)}
          >
            {editing ? (
              <CellEditor
                column={column.id}
                draft={editing.draft}
                problems={editing.problems}
                goals={props.goals}
                bulkCount={editing.bulkCount}
                onDraft={props.onDraft}
                onEnd={props.onEditEnd}
              />
            ) : (
              <CellContent item={item} column={column.id} color={props.color} />
            )}
          </div>
        );
      })}
    </div>
  );
});

function CellContent({ item, column, color }: { item: TableItem; column: ColumnId; color: string | null }) {
  const text = COLUMNS[column].text(item);
  switch (column) {
    case 'title':
      return (
        <>
          {item.kind === 'milestone' ? (
            <span className="table-diamond" title="Milestone" aria-hidden="true" />
          ) : (
            <span className="table-swatch" style={{ background: color ?? undefined }} aria-hidden="true" />
          )}
          <span className="table-text">{text}</span>
        </>
      );
    case 'status':
      return item.status ? (
        <>
          <span className="table-dot" style={{ background: STATUS_COLORS[item.status] }} aria-hidden="true" />
          <span className="table-text">{text}</span>
        </>
      ) : null;
    case 'progress':
      return item.progress === null ? null : <span className="table-text">{text}%</span>;
    case 'conflicts':
      return text ? (
        <span className="table-text table-conflict" title={text}>
          ⚠ {text}
        </span>
      ) : null;
    default:
      return (
        <span className="table-text" title={text.length > 24 ? text : undefined}>
          {text}
        </span>
      );
  }
}
