import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import {
  addDays,
  applyImport,
  createRoadmapYDoc,
  fromEpochDay,
  guessMapping,
  initializeRoadmap,
  planImport,
  readCsv,
  toEpochDay,
  type ImportChoices,
  type ImportPlan,
  type IsoDate,
} from '../shared';
import { prng } from './generate';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The sizes the import suite measures, in data rows; the target is for the largest. */
export const IMPORT_SIZES = [1_000, 10_000];
/** Issue #14's target: a 10,000-row file read, planned and applied in under 2 s. */
export const IMPORT_TARGET_MS = 2_000;
/** The share of rows a later export changes. */
const CHANGED_SHARE = 0.05;
const TODAY: IsoDate = '2026-12-04';

const HEADERS = [
  'Summary',
  'Issue key',
  'Issue id',
  'Issue Type',
  'Status',
  'Project key',
  'Priority',
  'Assignee',
  'Reporter',
  'Created',
  'Updated',
  'Due Date',
  'Labels',
  'Labels',
  'Labels',
  'Description',
  'Sprint',
  'Inward issue link (Blocks)',
  'Outward issue link (Blocks)',
  'Parent',
  'Parent summary',
  'Status Category',
  'Custom field (Target start)',
  'Custom field (Target end)',
  'Team',
];
const STATUSES: readonly (readonly [status: string, category: string])[] = [
  ['Backlog', 'To Do'],
  ['To Do', 'To Do'],
  ['Selected for Development', 'To Do'],
  ['In Progress', 'In Progress'],
  ['Code review', 'In Progress'],
  ['Blocked', 'In Progress'],
  ['Done', 'Done'],
  ["Won't Do", 'Done'],
];
const PEOPLE = ['Maya Chen', 'Luis Ortega', 'Priya Nair', 'Sam Lee', 'Ada Okafor', 'Jonas Berg', 'Lee "LJ" Jones'];
const TEAMS = ['Growth', 'Core', 'Platform', 'Mobile', 'Payments', 'Data'];
const LABELS = ['customer-ask', 'tech-debt', 'compliance', 'experiment', 'ux', 'infra', 'q-planning'];
const VERBS = ['Launch', 'Redesign', 'Migrate', 'Automate', 'Pilot', 'Scale', 'Harden', 'Simplify', 'Localize'];
const NOUNS = ['checkout', 'onboarding flow', 'billing service', 'search index', 'partner API', 'audit log', 'SSO'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-07-15` as Jira writes it: `15/Jul/26`. */
function jiraDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)}/${MONTHS[Number(month) - 1]}/${year!.slice(2)}`;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type JiraRow = Record<string, string | string[]>;

/**
 * The rows of a Jira Cloud CSV export of `count` issues: an epic, then 49 stories and tasks under it
 * (Parent holds the epic's Issue id), repeated Labels columns, Target start and end in Jira's date format
 * (some rows with only a Due Date, some with no date), a Blocks link on about one issue in 25, statuses
 * with their Status Category, descriptions with commas, quotes and newlines. Deterministic per size.
 */
function jiraRows(count: number): JiraRow[] {
  const random = prng(14_000 + count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const first = toEpochDay('2026-01-01');
  const rows: JiraRow[] = [];
  let epic: JiraRow | null = null;
  for (let index = 0; index < count; index++) {
    const number = index + 1;
    const isEpic = index % 50 === 0;
    const [status, category] = pick(STATUSES);
    const start = fromEpochDay(first + Math.floor(random() * 640));
    const end = addDays(start, 7 + Math.floor(random() * (isEpic ? 180 : 90)));
    const dated = random();
    const labels = LABELS.filter(() => random() < 0.2).slice(0, 3);
    const row: JiraRow = {
      Summary: `${pick(VERBS)} ${pick(NOUNS)} ${number}`,
      'Issue key': `WM-${number}`,
      'Issue id': String(10_000 + number),
      'Issue Type': isEpic ? 'Epic' : random() < 0.7 ? 'Story' : 'Task',
      Status: status!,
      'Project key': 'WM',
      Priority: pick(['Low', 'Medium', 'High']),
      Assignee: random() < 0.9 ? pick(PEOPLE) : '',
      Reporter: pick(PEOPLE),
      Created: '02/Jun/26 9:14 AM',
      Updated: '30/Jul/26 11:33 PM',
      'Due Date': dated < 0.95 ? jiraDate(end) : '',
      Labels: labels,
      Description:
        random() < 0.3
          ? `Why it matters, in "${pick(TEAMS)}" terms:\n1. fewer steps, less waiting\n2. measured weekly`
          : random() < 0.5
            ? `Follow-up of WM-${Math.max(1, number - 7)}, agreed in planning.`
            : '',
      Sprint: random() < 0.5 ? `WM Sprint ${10 + Math.floor(random() * 20)}` : '',
      'Inward issue link (Blocks)': '',
      'Outward issue link (Blocks)': '',
      Parent: !isEpic && epic ? (epic['Issue id'] as string) : '',
      'Parent summary': !isEpic && epic ? (epic.Summary as string) : '',
      'Status Category': category!,
      'Custom field (Target start)': dated < 0.9 ? jiraDate(start) : '',
      'Custom field (Target end)': dated < 0.9 ? jiraDate(end) : '',
      Team: pick(TEAMS),
    };
    if (isEpic) epic = row;
    rows.push(row);
  }
  // Links between stories of one epic, both ways as Jira exports them.
  for (let index = 1; index + 3 < rows.length; index++) {
    if (index % 50 === 0 || (index + 3) % 50 < index % 50 || random() >= 0.04) continue;
    const from = rows[index]!;
    const to = rows[index + 3]!;
    from['Outward issue link (Blocks)'] = to['Issue key'] as string;
    to['Inward issue link (Blocks)'] = from['Issue key'] as string;
  }
  return rows;
}

/** A later export of the same project: about 5% of the issues moved, finished, reassigned or relabelled. */
function changedRows(rows: readonly JiraRow[]): JiraRow[] {
  const random = prng(1414);
  return rows.map((row, index) => {
    if (index % 50 === 0 || random() >= CHANGED_SHARE) return row;
    const changed = { ...row };
    const change = Math.floor(random() * 4);
    if (change === 0) Object.assign(changed, { Status: 'Done', 'Status Category': 'Done' });
    else if (change === 1 && row['Custom field (Target end)']) {
      const [day, month, year] = (row['Custom field (Target end)'] as string).split('/');
      const iso = `20${year}-${String(MONTHS.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
      changed['Custom field (Target end)'] = jiraDate(addDays(iso, 14));
    } else if (change === 2) changed.Assignee = `${row.Assignee || 'Nobody'} Jr.`;
    else changed.Labels = [...(row.Labels as string[]).slice(0, 2), 'replanned'];
    return changed;
  });
}

function toCsv(rows: readonly JiraRow[]): Uint8Array {
  const lines = [HEADERS.join(',')];
  for (const row of rows) {
    const labels = row.Labels as string[];
    let label = 0;
    lines.push(
      HEADERS.map((header) => csvCell(header === 'Labels' ? (labels[label++] ?? '') : (row[header] as string))).join(
        ',',
      ),
    );
  }
  // As Jira writes it: a byte-order mark, CRLF line ends.
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** A generated Jira export of `count` rows, and the same export later with ~5% of its rows changed. */
export function generateJiraExport(count: number): { first: Uint8Array; changed: Uint8Array } {
  const rows = jiraRows(count);
  return { first: toCsv(rows), changed: toCsv(changedRows(rows)) };
}

export interface Timing {
  readonly medianMs: number;
  readonly maxMs: number;
}

export interface ImportFigures {
  readonly rows: number;
  readonly megabytes: number;
  readonly goals: number;
  readonly created: number;
  readonly dependencies: number;
  /** Into a new roadmap, phase by phase, and from the bytes to the applied import. */
  readonly read: Timing;
  readonly recognize: Timing;
  readonly plan: Timing;
  readonly apply: Timing;
  readonly total: Timing;
  /** The same file again into the filled roadmap (every row unchanged): its plan, and from the bytes to it. */
  readonly samePlan: Timing;
  readonly sameTotal: Timing;
  readonly unchanged: number;
  /** The changed export into the filled roadmap: its plan, its apply, and all of it from the bytes. */
  readonly changedPlan: Timing;
  readonly changedApply: Timing;
  readonly changedTotal: Timing;
  readonly updated: number;
  /** `npm run import -- file.csv --out new.waymark` as a whole process (Node start, read, plan, write). */
  readonly commandLine: Timing;
}

function timing(times: readonly number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! };
}

function newRoadmap(): Y.Doc {
  const doc = createRoadmapYDoc();
  initializeRoadmap(doc, { title: 'Imported' });
  return doc;
}

/** Reads, recognizes, plans and applies a file into `doc`, timing each phase. */
async function importTimed(doc: Y.Doc, bytes: Uint8Array, apply: boolean) {
  const times: number[] = [performance.now()];
  const table = await readCsv(bytes);
  times.push(performance.now());
  const { mapping } = guessMapping(table.headers);
  times.push(performance.now());
  const choices: ImportChoices = { mapping, dateFormat: null, statusMap: {}, dependencies: true, today: TODAY };
  const plan: ImportPlan = planImport(doc, table, choices);
  times.push(performance.now());
  if (plan.blockers.length > 0) throw new Error(`The generated file does not import: ${plan.blockers.join(' ')}`);
  const result = apply ? applyImport(doc, plan) : null;
  times.push(performance.now());
  const [start, read, recognized, planned, applied] = times as [number, number, number, number, number];
  const ms = {
    read: read - start,
    recognize: recognized - read,
    plan: planned - recognized,
    apply: applied - planned,
    total: applied - start,
  };
  return { plan, result, ms };
}

/**
 * Issue #14's import at scale, in Node: a generated Jira export read (readCsv), recognized (guessMapping),
 * planned (planImport) and applied (applyImport) into a new roadmap; the same file again into the filled
 * roadmap (nothing to change); a later export with ~5% of its rows changed; and the command line, as a
 * whole process. Median and max of `runs`, after one warm-up run.
 */
export async function measureImport(
  runs: number,
  sizes: readonly number[] = IMPORT_SIZES,
  log: (line: string) => void = () => {},
): Promise<ImportFigures[]> {
  const figures: ImportFigures[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'waymark-bench-import-'));
  try {
    for (const size of sizes) {
      log(`Import: ${size.toLocaleString('en-US')} rows…`);
      const { first, changed } = generateJiraExport(size);
      const phases = ['read', 'recognize', 'plan', 'apply', 'total'] as const;
      const fresh = Object.fromEntries(phases.map((phase) => [phase, [] as number[]])) as Record<
        (typeof phases)[number],
        number[]
      >;
      const again = { plan: [] as number[], total: [] as number[] };
      const later = { plan: [] as number[], apply: [] as number[], total: [] as number[] };
      let last: { created: ImportPlan; same: ImportPlan; changed: ImportPlan } | null = null;
      for (let run = -1; run < runs; run++) {
        const doc = newRoadmap();
        const created = await importTimed(doc, first, true);
        const same = await importTimed(doc, first, false);
        const update = await importTimed(doc, changed, true);
        if (same.plan.creates.length + same.plan.updates.length + same.plan.goals.length > 0) {
          throw new Error('The same file again should change nothing');
        }
        doc.destroy();
        if (run < 0) continue; // warm-up: the code's first compilation (the command line's figure has it)
        for (const phase of phases) fresh[phase].push(created.ms[phase]);
        again.plan.push(same.ms.plan);
        again.total.push(same.ms.total);
        later.plan.push(update.ms.plan);
        later.apply.push(update.ms.apply);
        later.total.push(update.ms.total);
        last = { created: created.plan, same: same.plan, changed: update.plan };
      }
      const file = join(scratch, `jira-${size}.csv`);
      writeFileSync(file, first);
      const commandLine = measureCommandLine(file, scratch, runs);
      figures.push({
        rows: size,
        megabytes: first.length / 1e6,
        goals: last!.created.goals.length,
        created: last!.created.creates.length,
        dependencies: last!.created.dependencies.length,
        read: timing(fresh.read),
        recognize: timing(fresh.recognize),
        plan: timing(fresh.plan),
        apply: timing(fresh.apply),
        total: timing(fresh.total),
        samePlan: timing(again.plan),
        sameTotal: timing(again.total),
        unchanged: last!.same.unchanged.length,
        changedPlan: timing(later.plan),
        changedApply: timing(later.apply),
        changedTotal: timing(later.total),
        updated: last!.changed.updates.length,
        commandLine,
      });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}

function measureCommandLine(file: string, scratch: string, runs: number): Timing {
  const args = (out: string) => ['electron/cli/run.mjs', 'import', file, '--out', out, '--today', TODAY];
  // The first start may build the tool's bundle (a source changed); it is not what a user waits for twice.
  const warm = spawnSync(process.execPath, args(join(scratch, `warm-${file.length}-${Date.now()}.waymark`)), {
    cwd: root,
    encoding: 'utf8',
  });
  if (warm.status !== 0) throw new Error(`npm run import failed: ${warm.stderr}`);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(scratch, `run-${run}-${Date.now()}.waymark`);
    const start = performance.now();
    const result = spawnSync(process.execPath, args(out), { cwd: root, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`npm run import failed: ${result.stderr}`);
  }
  return timing(times);
}
