import {
  COLUMN_TARGET_LABELS,
  describeFieldChange,
  describeImportPlan,
  FILE_SHAPE_LABELS,
  type ColumnMapping,
  type ColumnTarget,
  type CsvTable,
  type FileShape,
  type ImportPlan,
  type LineNote,
} from '../../shared/interchange';
import type { ImportResult } from '../../shared/commands/import-rows';
import type { InitiativeFields } from '../../shared/model/initiative';
import type { MilestoneFields } from '../../shared/model/milestone';
import { INITIATIVE_STATUS_LABELS } from '../../shared/model/initiative';

/** Lines of one list the command prints before "…and N more", unless asked for all. */
export const LISTED = 50;

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function quoted(title: string): string {
  return `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;
}

function listed<T>(items: readonly T[], all: boolean, line: (item: T) => string): string[] {
  const shown = all ? items : items.slice(0, LISTED);
  const lines = shown.map((item) => `  ${line(item)}`);
  if (shown.length < items.length) {
    lines.push(`  …and ${(items.length - shown.length).toLocaleString('en-US')} more (--list-all lists every one)`);
  }
  return lines;
}

const DELIMITER_NAMES: Readonly<Record<string, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * What was recognized in the file: its shape, rows and delimiter, the date format, each column's target
 * (repeated columns together: `Labels ×3 → Tags`), the columns left out, and how its statuses map.
 */
export function recognizedLines(
  fileName: string,
  table: CsvTable,
  shape: FileShape,
  mapping: ColumnMapping,
  plan: ImportPlan,
  dateFormatChosen: boolean,
): string[] {
  const delimiter = DELIMITER_NAMES[table.delimiter] ?? `"${table.delimiter}"`;
  const lines = [
    `Read ${fileName}: ${FILE_SHAPE_LABELS[shape]}, ${count(table.rows.length, 'row')} (${delimiter}-separated).`,
    ...table.warnings.map((warning) => `Note: ${warning}`),
  ];
  if (plan.dateFormat) {
    lines.push(`Dates: ${plan.dateFormat.label}${dateFormatChosen ? ', as --date-format says' : ''}.`);
  }
  // Columns in file order; a repeated name with one target (Jira's Labels) as one line.
  const groups: { name: string; target: ColumnTarget; columns: number }[] = [];
  table.headers.forEach((name, index) => {
    const target = mapping[index] ?? 'ignore';
    const same = groups.find((group) => group.name === name && group.target === target);
    if (same) same.columns++;
    else groups.push({ name, target, columns: 1 });
  });
  const shown = (group: { name: string; columns: number }) =>
    group.columns > 1 ? `${group.name} ×${group.columns}` : group.name;
  const mapped = groups.filter((group) => group.target !== 'ignore');
  const leftOut = groups.filter((group) => group.target === 'ignore');
  const width = Math.min(40, Math.max(0, ...mapped.map((group) => shown(group).length)));
  lines.push('Columns:');
  for (const group of mapped) lines.push(`  ${shown(group).padEnd(width)} → ${COLUMN_TARGET_LABELS[group.target]}`);
  if (leftOut.length > 0) lines.push(`  Left out: ${leftOut.map(shown).join(', ')}`);
  if (plan.statuses.length > 0) {
    const labels = plan.statuses.map(({ value, count: n }) => `${value} (${n})`);
    const statusWidth = Math.min(40, Math.max(...labels.map((label) => label.length)));
    lines.push('Statuses:');
    plan.statuses.forEach(({ status }, index) =>
      lines.push(`  ${labels[index]!.padEnd(statusWidth)} → ${INITIATIVE_STATUS_LABELS[status]}`),
    );
  }
  return lines;
}

function noteLine(note: LineNote): string {
  return `line ${note.line}${note.title ? ` (${quoted(note.title)})` : ''}: ${note.message}`;
}

/**
 * What the plan would do: the sentence the import dialog shows, then the goals and items it creates, each
 * change of the items it updates (from → to), the dependencies it adds, the rows skipped and given a
 * default span, and the cells imported with a change, each with its line. `titleOf` names a goal or an
 * item by id.
 */
export function planLines(plan: ImportPlan, titleOf: (id: string) => string, all: boolean): string[] {
  const lines = [describeImportPlan(plan)];
  if (plan.goals.length > 0) {
    lines.push(`Goals to create (${plan.goals.length.toLocaleString('en-US')}):`);
    lines.push(
      ...listed(plan.goals, all, (goal) => {
        const parent = goal.value.parentId ? `, under ${quoted(titleOf(goal.value.parentId))}` : '';
        return `${quoted(goal.title)}${goal.line === null ? ' (named in a goal column' : ` (line ${goal.line}`}${parent})`;
      }),
    );
  }
  if (plan.creates.length > 0) {
    lines.push(`Items to create (${plan.creates.length.toLocaleString('en-US')}):`);
    lines.push(
      ...listed(plan.creates, all, (create) => {
        const when =
          create.kind === 'initiative'
            ? `${(create.value as InitiativeFields).startDate} to ${(create.value as InitiativeFields).endDate}`
            : `on ${(create.value as MilestoneFields).date}`;
        const goalId = create.value.goalId;
        return `line ${create.line}: ${quoted(create.title)}, ${create.kind} ${when}, ${goalId ? `on ${quoted(titleOf(goalId))}` : 'unaligned'}`;
      }),
    );
  }
  if (plan.updates.length > 0) {
    lines.push(`Items to update (${plan.updates.length.toLocaleString('en-US')}):`);
    lines.push(
      ...listed(
        plan.updates,
        all,
        (update) =>
          `line ${update.line}: ${quoted(update.title)}: ${update.changes.map(describeFieldChange).join('; ')}`,
      ),
    );
  }
  if (plan.dependencies.length > 0) {
    lines.push(`Dependencies to add (${plan.dependencies.length.toLocaleString('en-US')}):`);
    lines.push(
      ...listed(plan.dependencies, all, ({ fromId, toId }) => `${quoted(titleOf(fromId))} → ${quoted(titleOf(toId))}`),
    );
  }
  const notes = (title: string, items: readonly LineNote[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length.toLocaleString('en-US')}):`);
    lines.push(...listed(items, all, noteLine));
  };
  notes('Skipped', plan.skipped);
  notes('Given a default span', plan.defaultSpans);
  notes('Imported with a change', plan.notes);
  return lines;
}

/** "2 goals and 7 items created, 0 updated, 2 dependencies added; 1 unchanged, 1 skipped": what was written. */
export function resultSummary(result: ImportResult, plan: ImportPlan): string {
  const created = [result.goalsCreated > 0 && count(result.goalsCreated, 'goal'), count(result.created, 'item')].filter(
    Boolean,
  );
  return (
    `${created.join(' and ')} created, ${result.updated.toLocaleString('en-US')} updated, ` +
    `${count(result.dependenciesCreated, 'dependency', 'dependencies')} added; ` +
    `${plan.unchanged.length.toLocaleString('en-US')} unchanged, ${plan.skipped.length.toLocaleString('en-US')} skipped`
  );
}
