import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readCsv, CsvImportError, MAX_CSV_BYTES, MAX_CSV_ROWS } from './csv-table';
import { guessMapping } from './column-mapping';
import { detectDateFormat, dateFormatById, toIsoDate } from './csv-dates';
import { suggestStatus } from './status-mapping';
import { planImport, type ImportChoices, type ImportTable } from './import-plan';
import { applyImport } from '../commands/import-rows';
import { createGoals } from '../commands/goals';
import { createInitiatives } from '../commands/initiatives';
import { readAll } from '../commands/records';
import { createUndoManager } from '../commands/undo';
import { newRoadmapDoc } from '../testing/roadmap-doc';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url)));
const text = (value: string) => new TextEncoder().encode(value);
const TODAY = '2026-12-04';

async function prepare(bytes: Uint8Array, overrides: Partial<ImportChoices> = {}) {
  const table = await readCsv(bytes);
  const { shape, mapping } = guessMapping(table.headers);
  const choices: ImportChoices = {
    mapping,
    dateFormat: null,
    statusMap: {},
    dependencies: true,
    today: TODAY,
    ...overrides,
  };
  return { table, shape, choices };
}

function importInto(doc: Y.Doc, table: ImportTable, choices: ImportChoices) {
  const plan = planImport(doc, table, choices);
  expect(plan.blockers).toEqual([]);
  return { plan, result: applyImport(doc, plan) };
}

const byTitle = (doc: Y.Doc) =>
  new Map(readAll(doc, 'initiatives').map((initiative) => [initiative.title, initiative]));
const goalTitle = (doc: Y.Doc, goalId: string | null) =>
  goalId === null ? null : readAll(doc, 'goals').find((goal) => goal.id === goalId)?.title;

describe('reading a CSV file', () => {
  it('reads a Jira export: BOM, CRLF, repeated columns kept apart, quoted newlines, line numbers', async () => {
    const table = await readCsv(fixture('jira-issues.csv'));
    expect(table.headers[0]).toBe('Summary');
    expect(table.headers.filter((header) => header === 'Labels')).toHaveLength(3);
    expect(table.rows).toHaveLength(10);
    const checklist = table.rows[2]!;
    expect(checklist[table.headers.indexOf('Description')]).toContain('\n1. invite the team\n');
    // The checklist's description spans three lines, so the row after it starts three lines later.
    expect(table.lines.slice(0, 5)).toEqual([2, 3, 4, 7, 8]);
  });

  it('detects semicolons and reads Windows-1252 text, saying so', async () => {
    const table = await readCsv(fixture('spreadsheet-semicolon.csv'));
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]![0]).toBe('Zahlungen per SEPA');
    expect(table.rows[0]![5]).toBe('Jürgen Weiß');
    expect(table.warnings.join(' ')).toMatch(/Windows-1252/);
  });

  it('reads tab-separated text and pads short rows', async () => {
    const table = await readCsv(text('Title\tOwner\tTeam\nOne\tAna\nTwo\tKai\tOps\n'));
    expect(table.delimiter).toBe('\t');
    expect(table.rows).toEqual([
      ['One', 'Ana', ''],
      ['Two', 'Kai', 'Ops'],
    ]);
  });

  it.each([
    ['an empty file', text('  \n'), /empty/],
    ['a header without rows', text('Title,Start\n'), /no rows/],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /not text/],
    ['a workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), /workbook.*CSV UTF-8/],
  ])('refuses %s with a clear message', async (_name, bytes, message) => {
    await expect(readCsv(bytes)).rejects.toThrow(CsvImportError);
    await expect(readCsv(bytes)).rejects.toThrow(message);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41);
    await expect(readCsv(big)).rejects.toThrow(/MB; Waymark imports CSV files up to 30 MB/);
  });

  it('refuses more rows than the limit', async () => {
    const rows = 'Title\n' + 'x\n'.repeat(MAX_CSV_ROWS + 5);
    await expect(readCsv(text(rows))).rejects.toThrow(/more than 50,000 rows/);
  });

  it('reports progress on a large file and stops when cancelled', async () => {
    const rows = 'Title,Start\n' + Array.from({ length: 20_000 }, (_, i) => `Item ${i},2027-01-01`).join('\n');
    const progress: number[] = [];
    await readCsv(text(rows), { onProgress: (done) => progress.push(done) });
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const controller = new AbortController();
    const reading = readCsv(text(rows), { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toThrow(/cancelled/);
  });
});

describe('recognizing columns', () => {
  it('maps a Jira export without questions', async () => {
    const table = await readCsv(fixture('jira-issues.csv'));
    const { shape, mapping } = guessMapping(table.headers);
    expect(shape).toBe('jira');
    const target = (header: string, nth = 0) =>
      mapping[table.headers.map((h, i) => [h, i] as const).filter(([h]) => h === header)[nth]![1]];
    expect(target('Summary')).toBe('title');
    expect(target('Issue key')).toBe('externalKey');
    expect(target('Labels', 0)).toBe('tags');
    expect(target('Labels', 2)).toBe('tags');
    expect(target('Parent')).toBe('parent');
    expect(target('Custom field (Target start)')).toBe('startDate');
    expect(target('Custom field (Start date)')).toBe('startDate');
    expect(target('Custom field (Target end)')).toBe('endDate');
    expect(target('Due Date')).toBe('endDate');
    expect(target('Outward issue link (Blocks)')).toBe('blocks');
    expect(target('Inward issue link (Blocks)')).toBe('blockedBy');
    expect(target('Sprint')).toBe('ignore');
    expect(target('Reporter')).toBe('ignore');
  });

  it.each([
    ['roadmunk.csv', 'roadmunk', { Items: 'title', Bucket: 'goal', 'Start Date': 'startDate', 'End Date': 'endDate' }],
    [
      'productplan.csv',
      'productplan',
      {
        name: 'title',
        lane: 'goal',
        starts_on: 'startDate',
        ends_on: 'endDate',
        percent_done: 'progress',
        legend: 'ignore',
      },
    ],
    [
      'aha-initiatives.csv',
      'aha',
      {
        'Initiative name': 'title',
        'Goal name': 'goal',
        'Initiative reference num': 'externalKey',
        'Initiative status': 'status',
      },
    ],
    [
      'spreadsheet-semicolon.csv',
      'spreadsheet',
      { Initiative: 'title', Goal: 'goal', Start: 'startDate', End: 'endDate', Progress: 'progress' },
    ],
  ])('recognizes %s', async (name, expectedShape, targets) => {
    const table = await readCsv(fixture(name));
    const { shape, mapping } = guessMapping(table.headers);
    expect(shape).toBe(expectedShape);
    for (const [header, target] of Object.entries(targets))
      expect(mapping[table.headers.indexOf(header)], header).toBe(target);
  });
});

describe('dates and statuses', () => {
  it('detects a format from all values, and asks when day and month can swap', () => {
    expect(detectDateFormat(['15/Jul/26', '30/Jul/18 11:33 PM', '']).format?.id).toBe('jira');
    expect(detectDateFormat(['03/04/2027', '25/04/2027']).format?.id).toBe('dmy');
    expect(detectDateFormat(['03/04/2027', '04/25/2027']).format?.id).toBe('mdy');
    const ambiguous = detectDateFormat(['03/04/2027', '01/02/2027']);
    expect(ambiguous.format).toBeNull();
    expect(ambiguous.candidates.map((candidate) => candidate.id)).toEqual(['dmy', 'mdy']);
    expect(detectDateFormat(['2027-01-04T09:30:00Z', '2027-02-01']).format?.id).toBe('iso');
    expect(detectDateFormat(['soon', '2027-02-01']).unreadable).toEqual(['soon']);
  });

  it('converts to calendar days, dropping the time of day', () => {
    expect(toIsoDate('30/Jul/18 11:33 PM', dateFormatById('jira')!)).toBe('2018-07-30');
    expect(toIsoDate('15/Jul/26', dateFormatById('jira')!)).toBe('2026-07-15');
    expect(toIsoDate('04.01.2027', dateFormatById('dmy-dot')!)).toBe('2027-01-04');
    expect(toIsoDate('Mar 4, 2027', dateFormatById('mmm-d-y')!)).toBe('2027-03-04');
    expect(toIsoDate('31/02/2027', dateFormatById('dmy')!)).toBeNull();
  });

  it('suggests statuses by name, then by Jira status category', () => {
    expect(suggestStatus('Backlog')).toBe('proposed');
    expect(suggestStatus('To Do')).toBe('planned');
    expect(suggestStatus('IN PROGRESS')).toBe('in-progress');
    expect(suggestStatus('Resolved')).toBe('done');
    expect(suggestStatus('Blocked')).toBe('at-risk');
    expect(suggestStatus("Won't Do")).toBe('dropped');
    expect(suggestStatus('Code review', 'In Progress')).toBe('in-progress');
    expect(suggestStatus('Waiting for vendor')).toBeNull();
  });
});

describe('importing a Jira export', () => {
  it('makes epics the goals and their children bars on them, with links as dependencies', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(fixture('jira-issues.csv'));
    const { plan, result } = importInto(doc, table, choices);
    expect(plan.goals.map((goal) => goal.title)).toEqual(['Self-serve onboarding', 'Usage-based billing']);
    expect(result).toMatchObject({ goalsCreated: 2, created: 7, updated: 0, dependenciesCreated: 2 });
    expect(plan.skipped).toEqual([{ line: 13, title: '', message: 'It has no title.' }]);

    const initiatives = byTitle(doc);
    const checklist = initiatives.get('Guided setup checklist')!;
    expect(goalTitle(doc, checklist.goalId)).toBe('Self-serve onboarding');
    expect(checklist).toMatchObject({
      externalKey: 'WM-11',
      startDate: '2026-07-01',
      endDate: '2026-07-31',
      status: 'in-progress',
      owner: 'Priya Nair',
      team: 'Growth',
      tags: ['onboarding', 'ux'],
    });
    // "Code review" is a custom status: its category says In Progress. Start date, then Due Date.
    expect(initiatives.get('Sample data for empty workspaces')).toMatchObject({
      status: 'in-progress',
      startDate: '2026-08-03',
      endDate: '2026-08-15',
      owner: 'Lee "LJ" Jones',
    });
    expect(initiatives.get('Metering pipeline')!.status).toBe('at-risk');
    expect(initiatives.get('Drop legacy plan codes')!.status).toBe('dropped');
    expect(goalTitle(doc, initiatives.get('Status page for billing incidents')!.goalId)).toBeNull();

    const id = (title: string) => initiatives.get(title)!.id;
    expect(
      readAll(doc, 'dependencies')
        .map(({ fromId, toId }) => [fromId, toId])
        .sort(),
    ).toEqual(
      [
        [id('Guided setup checklist'), id('Sample data for empty workspaces')],
        [id('Metering pipeline'), id('Invoices with usage lines')],
      ].sort(),
    );
    // No dates at all: unscheduled (an idea, "later" work), and listed.
    expect(initiatives.get('Invite teammates from Slack, Teams, and email')).toMatchObject({
      startDate: null,
      endDate: null,
    });
    expect(plan.defaultSpans[0]!.message).toBe('It has no dates; it is unscheduled (see the Unscheduled tray).');
    expect(plan.defaultSpans.map((note) => note.title)).toEqual([
      'Invite teammates from Slack, Teams, and email',
      'Drop legacy plan codes',
    ]);
    // The epic's own fields make the goal's.
    const onboarding = readAll(doc, 'goals').find((goal) => goal.title === 'Self-serve onboarding')!;
    expect(onboarding).toMatchObject({ owner: 'Priya Nair', startDate: '2026-07-01', dueDate: '2026-09-30' });
  });

  it('re-imports a later export: only the changes, said before, applied as one undo step', async () => {
    const doc = newRoadmapDoc();
    const first = await prepare(fixture('jira-issues.csv'));
    importInto(doc, first.table, first.choices);
    const before = byTitle(doc);

    const again = await prepare(fixture('jira-issues.csv'));
    const same = planImport(doc, again.table, again.choices);
    expect(same.creates).toEqual([]);
    expect(same.updates).toEqual([]);
    expect(same.goals).toEqual([]);
    expect(same.dependencies).toEqual([]);
    expect(same.unchanged).toHaveLength(7);

    const changed = await prepare(fixture('jira-issues-changed.csv'));
    const plan = planImport(doc, changed.table, changed.choices);
    expect(plan.goals).toEqual([]);
    expect(plan.creates.map((create) => create.title)).toEqual(['Annual plans with usage caps']);
    const updates = Object.fromEntries(plan.updates.map((update) => [update.title, update.changes]));
    expect(updates['Sample data for empty workspaces']).toEqual([
      { field: 'endDate', from: '2026-08-15', to: '2026-08-22' },
      { field: 'status', from: 'In progress', to: 'Done' },
    ]);
    expect(updates['Invite teammates from Slack, Teams, and email']).toEqual([
      { field: 'startDate', from: 'unscheduled', to: '2026-09-01' },
      { field: 'endDate', from: 'unscheduled', to: '2026-09-30' },
      { field: 'owner', from: '', to: 'Priya Nair' },
    ]);
    expect(Object.keys(updates)).toHaveLength(2);

    const undo = createUndoManager(doc);
    applyImport(doc, plan);
    const after = byTitle(doc);
    expect(after.size).toBe(8);
    expect(after.get('Sample data for empty workspaces')!.id).toBe(before.get('Sample data for empty workspaces')!.id);
    expect(after.get('Sample data for empty workspaces')!.status).toBe('done');
    expect(after.get('Drop legacy plan codes')).toBeDefined();
    expect(goalTitle(doc, after.get('Annual plans with usage caps')!.goalId)).toBe('Usage-based billing');
    undo.undo();
    expect(byTitle(doc).size).toBe(7);
    expect(byTitle(doc).get('Sample data for empty workspaces')!.status).toBe('in-progress');
  });

  it('refuses a stale plan whole, writing nothing', async () => {
    const doc = newRoadmapDoc();
    const first = await prepare(fixture('jira-issues.csv'));
    importInto(doc, first.table, first.choices);
    const changed = await prepare(fixture('jira-issues-changed.csv'));
    const plan = planImport(doc, changed.table, changed.choices);
    const goal = readAll(doc, 'goals').find((candidate) => candidate.title === 'Usage-based billing')!;
    doc.getMap('goals').delete(goal.id);
    const state = Y.encodeStateVector(doc);
    expect(() => applyImport(doc, plan)).toThrow(/changed since the preview/);
    expect(Y.encodeStateVector(doc)).toEqual(state);
  });
});

describe('importing other shapes', () => {
  it('imports a Roadmunk export: buckets as goals, a missing end date spans two weeks', async () => {
    const doc = newRoadmapDoc();
    createGoals(doc, [{ title: 'Mobile' }]);
    const { table, choices } = await prepare(fixture('roadmunk.csv'));
    const { plan } = importInto(doc, table, choices);
    expect(plan.goals.map((goal) => goal.title)).toEqual(['Enterprise']);
    expect(
      readAll(doc, 'goals')
        .map((goal) => goal.title)
        .sort(),
    ).toEqual(['Enterprise', 'Mobile']);
    expect(byTitle(doc).get('Audit log')).toMatchObject({ startDate: '2027-03-01', endDate: '2027-03-14' });
    expect(byTitle(doc).get('Mobile offline mode')!.tags).toEqual(['mobile', 'offline']);
    expect(plan.defaultSpans).toEqual([
      { line: 5, title: 'Audit log', message: 'It has no end date; it ends 2027-03-14.' },
    ]);
  });

  it('imports ProductPlan bars with progress and tags', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(fixture('productplan.csv'));
    importInto(doc, table, choices);
    expect(byTitle(doc).get('Pricing page refresh')).toMatchObject({ progress: 40, tags: ['marketing', 'web'] });
    expect(goalTitle(doc, byTitle(doc).get('Data residency (EU)')!.goalId)).toBe('Platform');
  });

  it('imports an Aha! initiatives export', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(fixture('aha-initiatives.csv'));
    importInto(doc, table, choices);
    expect(byTitle(doc).get('Enterprise readiness')).toMatchObject({
      status: 'in-progress',
      progress: 25,
      externalKey: 'APP-I-1',
    });
    expect(byTitle(doc).get('Legacy API sunset')!.status).toBe('dropped');
    expect(goalTitle(doc, byTitle(doc).get('Faster first value')!.goalId)).toBe('Grow activation');
  });

  it('imports a European spreadsheet, and matches re-imports by title when there is no key', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(fixture('spreadsheet-semicolon.csv'));
    importInto(doc, table, choices);
    expect(byTitle(doc).get('Zahlungen per SEPA')).toMatchObject({
      startDate: '2027-01-04',
      endDate: '2027-02-26',
      progress: 30,
      owner: 'Jürgen Weiß',
    });
    const again = planImport(doc, table, choices);
    expect(again.creates).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
  });

  it('asks for the date format when dates read two ways, then uses the one chosen', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(fixture('ambiguous-dates.csv'));
    const asking = planImport(doc, table, choices);
    expect(asking.blockers.join(' ')).toMatch(/day first or month first/);
    expect(asking.dateFormats.map((format) => format.id)).toEqual(['dmy', 'mdy']);
    importInto(doc, table, { ...choices, dateFormat: 'mdy' });
    expect(byTitle(doc).get('Quarterly planning')).toMatchObject({ startDate: '2027-03-04', endDate: '2027-05-06' });
  });

  it('refuses a file without a title column', async () => {
    const doc = newRoadmapDoc();
    const { table, choices } = await prepare(text('Start,End\n2027-01-01,2027-01-31\n'));
    expect(planImport(doc, table, choices).blockers).toEqual(['Choose the column that holds each item’s title.']);
  });

  it('skips what cannot be imported, with the line and why, and notes what was shortened', async () => {
    const doc = newRoadmapDoc();
    const csv = [
      'Key,Title,Start,End,Tags,Progress',
      'A-1,Fine,2027-01-01,2027-01-31,ok,50',
      `A-2,Backwards,2027-02-01,2027-01-01,,`,
      `A-1,Same key again,2027-01-01,2027-01-31,,`,
      `A-3,${'Long '.repeat(60)},2027-01-01,someday,${'t'.repeat(41)},150`,
    ].join('\n');
    const { table, choices } = await prepare(text(csv));
    const { plan } = importInto(doc, table, choices);
    expect(plan.skipped).toEqual([
      { line: 3, title: 'Backwards', message: 'It ends (2027-01-01) before it starts (2027-02-01).' },
      { line: 4, title: 'Same key again', message: 'It has the same key (A-1) as line 2.' },
    ]);
    expect(plan.notes.map((note) => [note.line, note.message])).toEqual([
      [5, 'The title was longer than 200 characters and was shortened.'],
      [5, 'The end date "someday" is not a date; it was left out.'],
      [5, `The tag "${'t'.repeat(39)}…" is longer than 40 characters and was left out.`],
      [5, 'The progress "150" is not a number from 0 to 100; it was left out.'],
    ]);
    expect(readAll(doc, 'initiatives')).toHaveLength(2);
  });

  it('links only to initiatives, and leaves out links that would make a loop', async () => {
    const doc = newRoadmapDoc();
    const [existing] = createInitiatives(doc, [
      { title: 'Existing', startDate: '2027-01-01', endDate: '2027-01-10', externalKey: 'X-1' },
    ]);
    const csv = [
      'Key,Title,Start,End,Depends on',
      'X-2,Next,2027-02-01,2027-02-10,X-1',
      'X-3,Loop,2027-03-01,2027-03-10,"X-3; X-9"',
    ].join('\n');
    const { table, choices } = await prepare(text(csv));
    const { plan } = importInto(doc, table, choices);
    const next = byTitle(doc).get('Next')!;
    expect(readAll(doc, 'dependencies').map(({ fromId, toId }) => [fromId, toId])).toEqual([[existing, next.id]]);
    expect(plan.notes.map((note) => note.message)).toEqual([
      'The linked item X-9 is not in the file or the roadmap; the link was left out.',
    ]);
    const withoutLinks = planImport(newRoadmapDoc(), table, { ...choices, dependencies: false });
    expect(withoutLinks.dependencies).toEqual([]);
  });

  it('keeps the Waymark ids of a file from another roadmap, so predecessors and re-imports still match', async () => {
    const doc = newRoadmapDoc();
    const csv = [
      'Id,Type,Title,Goal,Goal path,Start,End,Predecessors,External key',
      'init-a,initiative,First,Storage,Platform › Storage,2027-01-01,2027-01-31,,',
      'init-b,initiative,Second,Storage,Platform › Storage,2027-02-01,2027-02-28,init-a,',
      'ms-1,milestone,Launch,Platform,Platform,2027-03-01,2027-03-01,,',
    ].join('\n');
    const { table, shape, choices } = await prepare(text(csv));
    expect(shape).toBe('waymark');
    importInto(doc, table, choices);
    expect(
      readAll(doc, 'initiatives')
        .map((initiative) => initiative.id)
        .sort(),
    ).toEqual(['init-a', 'init-b']);
    expect(readAll(doc, 'milestones').map(({ id, date }) => [id, date])).toEqual([['ms-1', '2027-03-01']]);
    expect(readAll(doc, 'dependencies').map(({ fromId, toId }) => [fromId, toId])).toEqual([['init-a', 'init-b']]);
    const storage = readAll(doc, 'goals').find((goal) => goal.title === 'Storage')!;
    expect(goalTitle(doc, storage.parentId)).toBe('Platform');
    expect(byTitle(doc).get('First')!.goalId).toBe(storage.id);
    const again = planImport(doc, table, choices);
    expect(again.creates).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
  });
});
