import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  functionalUpdate,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  filterChoices,
  isFiltering,
  NO_TEAM_COLOR,
  orderGoals,
  selectLanes,
  STATUS_COLORS,
  teamColors,
  type ColorBy,
  type Problem,
  type RoadmapSnapshot,
  COLUMN_IDS,
  COLUMNS,
  isEditable,
  type ColumnId,
  displayRows,
  GROUP_BY_LABELS,
  GROUP_BYS,
  type DisplayRow,
  type GroupBy,
  tableItems,
  type TableItem,
  sortItems,
  type SortRule,
  itemsAsTsv,
} from '../../shared';
import { isEditingText } from '../app/edit-history';
import { recallTableSettings, rememberTableSettings } from '../state/remembered';
import { useRoadmap, useSession } from '../state/session-context';
import { sameItems } from '../state/use-external';
import { useUiStore } from '../state/ui-store';
import { applyCellChange, cellChange, editorDraft, editTargets } from './cell-edit';
import type { EditEnd, GoalChoice } from './CellEditor';
import { ColumnMenu } from './ColumnMenu';
import {
  columnWidth,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  normalizeColumnSettings,
  visibleColumns,
  type ColumnSettings,
} from './column-settings';
import { ROW_HEIGHT, TableRow, type RowEditing, type ShownColumn } from './TableRow';

const UNALIGNED_COLOR = '#64748b';
const estimateSize = () => ROW_HEIGHT;
const HEADER_HEIGHT = 34;

// TanStack Table owns the column model (order, visibility, sizes, resizing, sort state); the rows are
// grouped and sorted by the table's own small functions, so groups, sub-goals and stable sorting stay as
// the timeline has them.
const features = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSortingFeature,
});
const helper = createColumnHelper<typeof features, TableItem>();
const columnDefs = helper.columns(
  COLUMN_IDS.map((id) =>
    helper.accessor((item) => COLUMNS[id].sortKey(item) ?? '', {
      id,
      header: COLUMNS[id].label,
      size: COLUMNS[id].width,
      minSize: MIN_COLUMN_WIDTH,
      maxSize: MAX_COLUMN_WIDTH,
      enableHiding: id !== 'title',
    }),
  ),
);

/** Where the keyboard is: a cell of a row (by its key and item, so it follows the row when it moves), or a heading. */
interface ActiveCell {
  /** Null for the heading row. */
  readonly rowKey: string | null;
  readonly itemId: string | null;
  readonly column: ColumnId;
}

interface Editing extends RowEditing {
  readonly rowKey: string;
}

const cellSelector = (rowKey: string, column: ColumnId | 'group') =>
  `[data-cell="${CSS.escape(`${rowKey}\u241f${column}`)}"]`;

/**
 * A function that keeps its identity across renders but always runs the latest `fn`: the rows are memoized,
 * and a scroll re-renders only the rows that came into view, not every row for a new handler.
 */
function useStableCallback<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}

function loadSettings(): ColumnSettings {
  return normalizeColumnSettings(recallTableSettings() ?? {});
}

/**
 * The table view (issue #15): initiatives and milestones as rows of a grid, grouped, sorted, with the
 * columns this device chose; cells edited in place through the same commands as the inspector. Only the
 * rows on screen are in the DOM.
 */
export function TableView({ readOnly }: { readOnly: boolean }) {
  const session = useSession();
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const keyResults = useRoadmap((snapshot) => snapshot.keyResults);
  const initiatives = useRoadmap((snapshot) => snapshot.initiatives);
  const milestones = useRoadmap((snapshot) => snapshot.milestones);
  const dependencies = useRoadmap((snapshot) => snapshot.dependencies);
  const orderedKeyResults = useRoadmap(
    (snapshot) => selectLanes(snapshot).flatMap((lane) => lane.keyResults),
    sameItems,
  );
  const filter = useUiStore((state) => state.filter);
  const colorBy = useUiStore((state) => state.colorBy);
  const selectedInitiatives = useUiStore((state) => state.selectedInitiatives);
  const selectedOther = useUiStore((state) => state.selectedOther);

  const [settings, setSettingsState] = useState(loadSettings);
  const setSettings = useCallback((update: (settings: ColumnSettings) => ColumnSettings) => {
    setSettingsState((current) => {
      const next = update(current);
      rememberTableSettings({ ...next, order: [...next.order], hidden: [...next.hidden] });
      return next;
    });
  }, []);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());

  const items = useMemo(
    () => tableItems({ goals, keyResults, initiatives, milestones, dependencies }, filter),
    [goals, keyResults, initiatives, milestones, dependencies, filter],
  );
  const sorted = useMemo(() => sortItems(items, sorting as SortRule[]), [items, sorting]);
  const rows = useMemo(
    () => displayRows(sorted, settings.groupBy, { goals, keyResults: orderedKeyResults }, collapsed),
    [sorted, settings.groupBy, goals, orderedKeyResults, collapsed],
  );
  const columns: ShownColumn[] = useMemo(
    () => visibleColumns(settings).map((id) => ({ id, width: columnWidth(settings, id) })),
    [settings],
  );
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  const goalChoices = useMemo(
    () => orderGoals(goals).map(({ goal, depth }) => ({ id: goal.id, title: goal.title, depth })),
    [goals],
  );
  const colorOf = useColorOf(colorBy, initiatives, goals);

  const columnVisibility = useMemo(
    () => Object.fromEntries(settings.hidden.map((id) => [id, false])),
    [settings.hidden],
  );
  const table = useTable({
    features,
    columns: columnDefs,
    data: items,
    getRowId: (item) => item.id,
    state: {
      sorting,
      columnVisibility,
      columnOrder: settings.order as ColumnId[],
      columnSizing: settings.widths as ColumnSizingState,
    },
    onSortingChange: setSorting,
    onColumnVisibilityChange: (updater) =>
      setSettings((current) => {
        const visibility = functionalUpdate(
          updater,
          Object.fromEntries(current.hidden.map((id) => [id, false])) as Record<string, boolean>,
        );
        return normalizeColumnSettings({
          ...current,
          hidden: Object.keys(visibility).filter((id) => visibility[id] === false),
        });
      }),
    onColumnOrderChange: (updater) =>
      setSettings((current) =>
        normalizeColumnSettings({ ...current, order: functionalUpdate(updater, [...current.order]) }),
      ),
    onColumnSizingChange: (updater) =>
      setSettings((current) =>
        normalizeColumnSettings({ ...current, widths: functionalUpdate(updater, current.widths as ColumnSizingState) }),
      ),
    manualSorting: true,
    sortDescFirst: false,
    columnResizeMode: 'onChange',
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const scroller = useRef<HTMLDivElement>(null);
  // Also as state: the body's virtualizer needs the element, and a child's effects run before a parent's ref is set.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const scrollerRef = useCallback((element: HTMLDivElement | null) => {
    scroller.current = element;
    setScrollElement(element);
  }, []);
  const grid = useRef<HTMLDivElement>(null);
  // The body's virtualizer, for keyboard moves to rows off screen.
  const scrollToRow = useRef<(index: number) => void>(() => {});
  const [active, setActive] = useState<ActiveCell>({ rowKey: null, itemId: null, column: 'title' });
  const [editing, setEditingState] = useState<Editing | null>(null);
  // Read by the editor's end (Enter, then the blur of the field going away must not commit twice).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };
  const focusPending = useRef(false);
  const anchor = useRef<string | null>(null);

  // Searched, not indexed: a Map of 10,000 row keys cost more on every sort than the searches do.
  const rowIndexOf = (key: string) => rows.findIndex((row) => row.key === key);
  const indexOf = (cell: ActiveCell): number => {
    if (cell.rowKey === null) return -1;
    const byKey = rowIndexOf(cell.rowKey);
    if (byKey >= 0) return byKey;
    // Its group changed (a new status under "by status"): the same item elsewhere.
    const moved = rows.findIndex((row) => row.type === 'item' && row.item.id === cell.itemId);
    return moved >= 0 ? moved : Math.min(0, rows.length - 1);
  };
  const activeIndex = indexOf(active);
  const activeColumnIndex = Math.max(
    0,
    columns.findIndex((column) => column.id === active.column),
  );
  const activeColumn = columns[activeColumnIndex]?.id ?? 'title';

  // After a keyboard move (and once the row is rendered), the active cell takes focus.
  useLayoutEffect(() => {
    if (!focusPending.current || !grid.current) return;
    const index = indexOf(active);
    const row = rows[index];
    const selector =
      active.rowKey === null || !row
        ? `[data-cell="${CSS.escape(`header\u241f${activeColumn}`)}"]`
        : cellSelector(row.key, row.type === 'group' ? 'group' : activeColumn);
    const cell = grid.current.querySelector<HTMLElement>(selector);
    if (cell) {
      focusPending.current = false;
      cell.focus();
    }
  });

  const isSelected = (item: TableItem) =>
    item.kind === 'initiative'
      ? selectedInitiatives.includes(item.id)
      : selectedOther?.kind === 'milestone' && selectedOther.id === item.id;

  const selectRow = (item: TableItem, how: 'single' | 'toggle' | 'range') => {
    const store = useUiStore.getState();
    if (item.kind === 'milestone' || how === 'single' || (how === 'range' && !anchor.current)) {
      store.select({ kind: item.kind, id: item.id });
      anchor.current = item.kind === 'initiative' ? item.id : null;
    } else if (how === 'toggle') {
      store.toggleInitiative(item.id);
      anchor.current = item.id;
    } else {
      const from = rows.findIndex((row) => row.type === 'item' && row.item.id === anchor.current);
      const to = rows.findIndex((row) => row.type === 'item' && row.item.id === item.id);
      const [low, high] = from < to ? [from, to] : [to, from];
      const ids = new Set<string>();
      for (let index = Math.max(0, low); index <= high; index++) {
        const row = rows[index]!;
        if (row.type === 'item' && row.item.kind === 'initiative') ids.add(row.item.id);
      }
      useUiStore.setState({ selectedInitiatives: [...ids], selectedOther: null });
    }
  };

  const moveTo = (index: number, columnIndex: number, select: 'single' | 'range' | 'none') => {
    const rowIndex = Math.max(-1, Math.min(rows.length - 1, index));
    const column = columns[Math.max(0, Math.min(columns.length - 1, columnIndex))]!.id;
    const row = rows[rowIndex];
    setActive({ rowKey: row?.key ?? null, itemId: row?.type === 'item' ? row.item.id : null, column });
    if (row?.type === 'item' && select !== 'none') selectRow(row.item, select);
    if (rowIndex >= 0) scrollToRow.current(rowIndex);
    focusPending.current = true;
  };

  const toggleGroup = useCallback((key: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const startEdit = (row: DisplayRow, column: ColumnId, draft?: string) => {
    if (readOnly || row.type !== 'item' || !isEditable(row.item, column)) return;
    const selected = useUiStore.getState().selectedInitiatives;
    setEditing({
      rowKey: row.key,
      column,
      draft: draft ?? editorDraft(row.item, column),
      problems: [],
      bulkCount: editTargets(row.item, column, selected).length,
    });
  };

  const endEdit = (end: EditEnd) => {
    const current = editingRef.current;
    if (!current) return;
    const row = rows[rowIndexOf(current.rowKey)];
    if (end.how === 'cancel' || !row || row.type !== 'item') {
      setEditing(null);
      focusPending.current = true;
      return;
    }
    const draft = end.value ?? current.draft;
    const outcome = cellChange(row.item, current.column, draft, useUiStore.getState().selectedInitiatives);
    let problems: readonly Problem[] | null = null;
    if (outcome && 'problems' in outcome) problems = outcome.problems;
    else if (outcome) problems = applyCellChange(session.doc, outcome.change);
    if (problems) {
      setEditing({ ...current, draft, problems });
      return;
    }
    setEditing(null);
    if (end.how === 'next' || end.how === 'previous') {
      moveTo(rowIndexOf(current.rowKey), activeColumnIndex + (end.how === 'next' ? 1 : -1), 'none');
    } else if (end.how === 'commit') focusPending.current = true;
  };

  const onCellPointer = useStableCallback((row: DisplayRow, column: ColumnId, event: MouseEvent) => {
    if ((event.target as Element).closest('.cell-editor')) return;
    if (editingRef.current) endEdit({ how: 'commit' });
    setActive({ rowKey: row.key, itemId: row.type === 'item' ? row.item.id : null, column });
    if (row.type === 'item') {
      selectRow(row.item, event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single');
      // Shift-click extends the selection, not the page's text selection.
      if (event.shiftKey) event.preventDefault();
    }
  });
  const onCellOpen = useStableCallback((row: DisplayRow, column: ColumnId) => startEdit(row, column));
  const onEditEnd = useStableCallback(endEdit);
  const onDraft = useStableCallback((draft: string) => {
    if (editingRef.current) setEditing({ ...editingRef.current, draft });
  });

  const copyRows = (event: ClipboardEvent) => {
    if (isEditingText(event.target as Element)) return;
    const shown = columns.map((column) => column.id);
    const selected = rows.flatMap((row) => (row.type === 'item' && isSelected(row.item) ? [row.item] : []));
    const activeRow = rows[indexOf(active)];
    const copied = selected.length > 0 ? selected : activeRow?.type === 'item' ? [activeRow.item] : [];
    if (copied.length === 0) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', itemsAsTsv(copied, shown));
    const count = new Set(copied.map((item) => item.id)).size;
    useUiStore.getState().announce(`Copied ${count} ${count === 1 ? 'row' : 'rows'} as tab-separated text`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (editingRef.current || isEditingText(event.target as Element)) return;
    const index = indexOf(active);
    const row = rows[index];
    const mod = event.ctrlKey || event.metaKey;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 2);
    const vertical = event.shiftKey ? 'range' : mod ? 'none' : 'single';
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        return moveTo(index + 1, activeColumnIndex, vertical);
      case 'ArrowUp':
        handled();
        return moveTo(index - 1, activeColumnIndex, index - 1 < 0 ? 'none' : vertical);
      case 'PageDown':
        handled();
        return moveTo(index + page, activeColumnIndex, vertical);
      case 'PageUp':
        handled();
        return moveTo(Math.max(0, index - page), activeColumnIndex, vertical);
      case 'ArrowLeft':
      case 'ArrowRight': {
        handled();
        if (row?.type === 'group') {
          if (row.collapsed === (event.key === 'ArrowRight')) toggleGroup(row.key);
          return;
        }
        return moveTo(index, activeColumnIndex + (event.key === 'ArrowRight' ? 1 : -1), 'none');
      }
      case 'Home':
        handled();
        return moveTo(mod ? 0 : index, 0, mod ? 'single' : 'none');
      case 'End':
        handled();
        return moveTo(mod ? rows.length - 1 : index, columns.length - 1, mod ? 'single' : 'none');
      case 'Enter':
      case 'F2':
        handled();
        if (index < 0) return headers[activeColumnIndex]?.column.toggleSorting(undefined, event.shiftKey);
        if (row?.type === 'group') return toggleGroup(row.key);
        if (row) startEdit(row, activeColumn);
        return;
      case ' ':
        handled();
        if (row?.type === 'group') return toggleGroup(row.key);
        if (row?.type === 'item') selectRow(row.item, 'toggle');
        return;
      case 'Escape':
        if (selectedInitiatives.length > 0 || selectedOther) {
          handled();
          useUiStore.getState().select(null);
        }
        return;
    }
    if (mod && event.key.toLowerCase() === 'a') {
      handled();
      const ids = new Set(
        rows.flatMap((each) => (each.type === 'item' && each.item.kind === 'initiative' ? [each.item.id] : [])),
      );
      useUiStore.setState({ selectedInitiatives: [...ids], selectedOther: null });
      return;
    }
    if (mod && event.key.toLowerCase() === 'c') {
      // Fires the copy event here (there is no text selection for the browser to copy).
      handled();
      document.execCommand('copy');
      return;
    }
    // Typing on a text, date or number cell starts editing it with what was typed, as in a spreadsheet.
    if (event.key.length === 1 && !mod && !event.altKey && row?.type === 'item') {
      const kind = COLUMNS[activeColumn].editor;
      if (kind && kind !== 'select' && isEditable(row.item, activeColumn)) {
        handled();
        startEdit(row, activeColumn, event.key);
      }
    }
  };

  const filtering = isFiltering(filter);
  const counts = useMemo(() => {
    let initiativeCount = 0;
    for (const item of items) if (item.kind === 'initiative') initiativeCount++;
    return { initiatives: initiativeCount, milestones: items.length - initiativeCount };
  }, [items]);

  return (
    <section className="table-view" aria-label="Table" data-read-only={readOnly || undefined} onCopy={copyRows}>
      <div className="table-toolbar">
        <label className="inline-field">
          Group by
          <select
            value={settings.groupBy}
            onChange={(event) => setSettings((current) => ({ ...current, groupBy: event.target.value as GroupBy }))}
          >
            {GROUP_BYS.map((groupBy) => (
              <option key={groupBy} value={groupBy}>
                {GROUP_BY_LABELS[groupBy]}
              </option>
            ))}
          </select>
        </label>
        <ColumnMenu settings={settings} onChange={(next) => setSettings(() => next)} />
        {sorting.length > 0 && (
          <button type="button" className="link" onClick={() => setSorting([])}>
            Unsort
          </button>
        )}
        <button
          type="button"
          title="Copy the selected rows as tab-separated text (Ctrl/Cmd+C in the table), for a spreadsheet"
          onClick={() => document.execCommand('copy')}
        >
          Copy rows
        </button>
        <span className="muted table-counts">
          {counts.initiatives.toLocaleString()} initiatives · {counts.milestones.toLocaleString()} milestones
          {filtering ? ' (filtered)' : ''}
          {selectedInitiatives.length > 1 ? ` · ${selectedInitiatives.length} selected` : ''}
        </span>
      </div>
      <div className="table-scroll" ref={scrollerRef} style={{ scrollPaddingTop: HEADER_HEIGHT }}>
        <div
          ref={grid}
          role="grid"
          aria-label="Initiatives and milestones"
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          aria-multiselectable="true"
          aria-readonly={readOnly || undefined}
          className="table-grid"
          style={{ width }}
          onKeyDown={onKeyDown}
        >
          <div role="rowgroup" className="table-head">
            <div role="row" aria-rowindex={1} className="table-row table-header-row" style={{ height: HEADER_HEIGHT }}>
              {headers.map((header, columnIndex) => {
                const id = header.column.id as ColumnId;
                const direction = header.column.getIsSorted();
                const rank = sorting.length > 1 ? header.column.getSortIndex() + 1 : 0;
                return (
                  <div
                    key={header.id}
                    role="columnheader"
                    aria-colindex={columnIndex + 1}
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                    className={`table-header-cell cell-${id}${direction ? ' sorted' : ''}`}
                    tabIndex={activeIndex === -1 && activeColumn === id ? 0 : -1}
                    data-cell={`header\u241f${id}`}
                    title={`Sort by ${COLUMNS[id].label} (Shift-click to sort by it as well)`}
                    style={{ width: header.getSize() }}
                    onClick={(event) => {
                      setActive({ rowKey: null, itemId: null, column: id });
                      header.column.getToggleSortingHandler()?.(event);
                    }}
                  >
                    <span className="table-header-label">{COLUMNS[id].label}</span>
                    {direction && (
                      <span className="table-sort-mark" aria-hidden="true">
                        {direction === 'asc' ? '▲' : '▼'}
                        {rank > 0 ? rank : ''}
                      </span>
                    )}
                    <div
                      className={`table-resizer${header.column.getIsResizing() ? ' resizing' : ''}`}
                      aria-hidden="true"
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onClick={(event) => event.stopPropagation()}
                      onDoubleClick={() => header.column.resetSize()}
                    />
                  </div>
                );
              })}
            </div>
          </div>
          <TableBody
            rows={rows}
            scrollElement={scrollElement}
            scrollToRow={scrollToRow}
            columns={columns}
            width={width}
            activeIndex={activeIndex}
            activeColumn={activeColumn}
            editing={editing}
            selectedInitiatives={selectedInitiatives}
            selectedMilestone={selectedOther?.kind === 'milestone' ? selectedOther.id : null}
            colorOf={colorOf}
            goals={goalChoices}
            onCellPointer={onCellPointer}
            onCellOpen={onCellOpen}
            onToggleGroup={toggleGroup}
            onDraft={onDraft}
            onEditEnd={onEditEnd}
          />
        </div>
        {rows.length === 0 && (
          <p className="table-empty muted">
            {filtering
              ? 'No initiative matches the filter.'
              : 'Nothing here yet: add initiatives and milestones on the timeline or from the toolbar.'}
          </p>
        )}
      </div>
    </section>
  );
}

/** The color the timeline's bars have by the chosen color-by, per item. */
function useColorOf(
  colorBy: ColorBy,
  initiatives: RoadmapSnapshot['initiatives'],
  goals: RoadmapSnapshot['goals'],
): (item: TableItem) => string {
  const teams = useMemo(
    () => (colorBy === 'team' ? teamColors(filterChoices(initiatives.values()).teams) : null),
    [colorBy, initiatives],
  );
  return useCallback(
    (item: TableItem): string => {
      if (colorBy === 'status') return item.status ? STATUS_COLORS[item.status] : UNALIGNED_COLOR;
      if (colorBy === 'team') return teams?.get(item.team) ?? NO_TEAM_COLOR;
      return goals.get(item.laneKey)?.color ?? UNALIGNED_COLOR;
    },
    [colorBy, teams, goals],
  );
}

interface TableBodyProps {
  rows: readonly DisplayRow[];
  scrollElement: HTMLDivElement | null;
  /** Set to the virtualizer's scroll to a row. */
  scrollToRow: RefObject<(index: number) => void>;
  columns: readonly ShownColumn[];
  width: number;
  activeIndex: number;
  activeColumn: ColumnId;
  editing: Editing | null;
  selectedInitiatives: readonly string[];
  selectedMilestone: string | null;
  colorOf: (item: TableItem) => string;
  goals: readonly GoalChoice[];
  onCellPointer: (row: DisplayRow, column: ColumnId, event: MouseEvent) => void;
  onCellOpen: (row: DisplayRow, column: ColumnId) => void;
  onToggleGroup: (key: string) => void;
  onDraft: (draft: string) => void;
  onEditEnd: (end: EditEnd) => void;
}

/**
 * The rows on screen (and ten either side), positioned in a body as tall as all of them. Its own component,
 * so a scroll re-renders this and the rows that came into view, not the whole view.
 */
const TableBody = memo(function TableBody(props: TableBodyProps) {
  const { rows, editing } = props;
  // The virtualizer's functions change with its state; nothing here memoizes them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => props.scrollElement,
    estimateSize,
    // Stable while the rows are: a new function makes the virtualizer measure all 10,000 rows again.
    getItemKey: useCallback((index: number) => rows[index]!.key, [rows]),
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  useLayoutEffect(() => {
    props.scrollToRow.current = (index) => virtualizer.scrollToIndex(index, { align: 'auto' });
  });
  return (
    <div role="rowgroup" className="table-body" style={{ height: virtualizer.getTotalSize() - HEADER_HEIGHT }}>
      {virtualizer.getVirtualItems().map((virtualRow) => {
        const row = rows[virtualRow.index]!;
        const selected =
          row.type === 'item' &&
          (row.item.kind === 'initiative'
            ? props.selectedInitiatives.includes(row.item.id)
            : props.selectedMilestone === row.item.id);
        return (
          <TableRow
            key={row.key}
            row={row}
            index={virtualRow.index}
            top={virtualRow.start - HEADER_HEIGHT}
            columns={props.columns}
            width={props.width}
            selected={selected}
            activeColumn={virtualRow.index === props.activeIndex ? props.activeColumn : null}
            color={row.type === 'item' ? props.colorOf(row.item) : null}
            editing={editing?.rowKey === row.key ? editing : null}
            goals={props.goals}
            onCellPointer={props.onCellPointer}
            onCellOpen={props.onCellOpen}
            onToggleGroup={props.onToggleGroup}
            onDraft={props.onDraft}
            onEditEnd={props.onEditEnd}
          />
        );
      })}
    </div>
  );
});
