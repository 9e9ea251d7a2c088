import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CSV_EXPORT_HEADERS, escapeCell, roadmapCsvRows, roadmapToCsv } from './csv-export';
import { readCsv } from './csv-table';
import { guessMapping } from './column-mapping';
import { planChangesAnything, planImport, unescapeCell, type ImportChoices } from './import-plan';
import { applyImport } from '../commands/import-rows';
import { createGoals } from '../commands/goals';
import { createInitiatives, deleteInitiatives } from '../commands/initiatives';
import { createMilestone, deleteMilestone } from '../commands/milestones';
import { addDependency } from '../commands/dependencies';
import { createKeyResult } from '../commands/key-results';
import { readAll } from '../commands/records';
import { RoadmapStore } from '../read-model/roadmap-store';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { createRoadmapYDoc } from '../model/document';
import { newRoadmapDoc } from '../testing/roadmap-doc';

const TODAY = '2027-01-15';
const column = (name: (typeof CSV_EXPORT_HEADERS)[number]) => CSV_EXPORT_HEADERS.indexOf(name);

function rowsOf(doc: Y.Doc): string[][] {
  const store = new RoadmapStore(doc);
  const rows = roadmapCsvRows(store.getSnapshot());
  store.destroy();
  return rows;
}

function sampleDoc(): Y.Doc {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, TODAY);
  return doc;
}

/** A roadmap with what a CSV must carry through untouched: sub-goals, formulas, quotes, newlines, accents. */
function trickyDoc(): Y.Doc {
  const doc = newRoadmapDoc('Tricky');
  const [growth] = createGoals(doc, [{ title: 'Growth, "EU" & más' }]);
  const [payments] = createGoals(doc, [{ title: 'Payments', parentId: growth! }]);
  const keyResult = createKeyResult(doc, { goalId: payments!, title: 'Checkout; conversion', target: 40 });
  const [formula, quoted, unaligned] = createInitiatives(doc, [
    {
      title: '=HYPERLINK("http://evil.example","click")',
      goalId: payments!,
      keyResultIds: [keyResult],
      startDate: '2027-02-01',
      endDate: '2027-03-15',
      status: 'in-progress',
      owner: '@ana',
      team: '+Ops',
      tags: ['eu', 'q1-bet'],
      progress: 35,
      externalKey: 'PAY-12',
      description: 'Line one\nLine "two", with comma\r\n- a list item',
    },
    {
      title: "'=already quoted",
      goalId: growth!,
      startDate: '2027-03-16',
      endDate: '2027-04-30',
      status: 'at-risk',
      owner: 'Zoë Ŝmith',
      description: '',
    },
    { title: '  Spaces kept?  ', goalId: null, startDate: '2027-01-04', endDate: '2027-01-04', status: 'proposed' },
  ]);
  addDependency(doc, { fromId: formula!, toId: quoted! });
  addDependency(doc, { fromId: unaligned!, toId: quoted! });
  createMilestone(doc, { title: 'Launch -1', date: '2027-05-03', goalId: payments!, externalKey: 'M-1' });
  return doc;
}

async function importCsv(doc: Y.Doc, csv: string, overrides: Partial<ImportChoices> = {}) {
  const table = await readCsv(new TextEncoder().encode(csv));
  const { shape, mapping } = guessMapping(table.headers);
  const plan = planImport(doc, table, {
    mapping,
    dateFormat: null,
    statusMap: {},
    dependencies: true,
    today: TODAY,
    ...overrides,
  });
  expect(plan.blockers).toEqual([]);
  return { shape, plan, result: applyImport(doc, plan) };
}

/** The rows with what a CSV into a roadmap without the goals' key results cannot bring cleared. */
const withoutKeyResults = (rows: string[][]) =>
  rows.map((row) =>
    row.map((cell, at) => (at === column('Key results') || at === column('Key result ids') ? '' : cell)),
  );

describe('CSV export', () => {
  it('writes one row per initiative and milestone, lanes in timeline order, ISO dates, milestones marked', () => {
    const doc = sampleDoc();
    const rows = rowsOf(doc);
    expect(rows).toHaveLength(readAll(doc, 'initiatives').length + readAll(doc, 'milestones').length);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_EXPORT_HEADERS.length);
      // ISO dates, or none at all for an unscheduled idea.
      if (row[column('Start')] === '') expect(row[column('End')]).toBe('');
      else expect(row[column('Start')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row[column('End')]! >= row[column('Start')]!).toBe(true);
    }
    expect(rows.filter((row) => row[column('Start')] === '').map((row) => row[column('Title')])).toEqual([
      'Slack notifications',
      'Public roadmap page',
    ]);
    const milestones = rows.filter((row) => row[column('Type')] === 'Milestone');
    expect(milestones.map((row) => row[column('Title')])).toEqual(
      expect.arrayContaining(['Beta launch', 'Pricing review', 'Annual planning']),
    );
    // Unaligned comes last, as on the timeline.
    expect(rows.at(-1)![column('Goal')]).toBe('');
    const served = rows.find((row) => row[column('Key result ids')] !== '')!;
    const keyResult = readAll(doc, 'keyResults').find(
      (kr) => kr.id === served[column('Key result ids')]!.split('; ')[0],
    );
    expect(served[column('Key results')]).toContain(keyResult!.title);
  });

  it('names a sub-goal with its path from the top goal, and predecessors by id', () => {
    const doc = trickyDoc();
    const rows = rowsOf(doc);
    const formula = rows.find((row) => row[column('External key')] === 'PAY-12')!;
    expect(formula[column('Goal')]).toBe('Payments');
    expect(formula[column('Goal path')]).toBe('Growth, "EU" & más › Payments');
    expect(formula[column('Status')]).toBe('In progress');
    expect(formula[column('Tags')]).toBe('eu; q1-bet');
    const quoted = rows.find((row) => row[column('Title')] === "'=already quoted")!;
    const ids = readAll(doc, 'initiatives').map((initiative) => initiative.id);
    expect(quoted[column('Predecessors')]!.split('; ')).toHaveLength(2);
    for (const id of quoted[column('Predecessors')]!.split('; ')) expect(ids).toContain(id);
  });

  it('keeps a spreadsheet from running a cell as a formula, and import gives the very text back', () => {
    for (const value of ['=SUM(A1)', '+1', '-x', '@me', '\tTab', "'=x", "''+y", "'plain", 'plain', '']) {
      expect(unescapeCell(escapeCell(value))).toBe(value);
    }
    expect(escapeCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeCell("'plain")).toBe("'plain");
    const csv = roadmapToCsv(trickyDoc());
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(',@ana,'.replace('@', "'@"));
  });

  it('offers a BOM and other delimiters, with CRLF line ends; import reads each the same', async () => {
    const doc = trickyDoc();
    const plain = roadmapToCsv(doc);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(plain.startsWith(`${CSV_EXPORT_HEADERS.join(',')}\r\n`)).toBe(true);
    const withBom = roadmapToCsv(doc, { bom: true, delimiter: ';' });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(withBom);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = await readCsv(bytes);
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual([...CSV_EXPORT_HEADERS]);
    const tabs = await readCsv(new TextEncoder().encode(roadmapToCsv(doc, { delimiter: '\t' })));
    expect(tabs.rows).toEqual(table.rows);
  });

  it('round-trips into a new roadmap: every initiative and milestone as it was, with its id', async () => {
    for (const source of [sampleDoc(), trickyDoc()]) {
      const target = newRoadmapDoc('Imported');
      const { shape, result } = await importCsv(target, roadmapToCsv(source));
      expect(shape).toBe('waymark');
      expect(result.created).toBe(readAll(source, 'initiatives').length + readAll(source, 'milestones').length);
      // A new roadmap has none of the goals' key results (a CSV carries no key-result definitions): the
      // rest comes back cell for cell, goals and sub-goals made from the paths.
      expect(withoutKeyResults(rowsOf(target))).toEqual(withoutKeyResults(rowsOf(source)));
      expect(
        readAll(target, 'dependencies')
          .map((d) => d.id)
          .sort(),
      ).toEqual(
        readAll(source, 'dependencies')
          .map((d) => d.id)
          .sort(),
      );
    }
  });

  it('round-trips into a roadmap with the same goals and key results: nothing lost at all', async () => {
    const source = sampleDoc();
    const csv = roadmapToCsv(source);
    const expected = rowsOf(source);
    // The same roadmap with its initiatives, milestones and dependencies gone.
    const target = createRoadmapYDoc();
    Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
    deleteInitiatives(
      target,
      readAll(target, 'initiatives').map((initiative) => initiative.id),
    );
    for (const milestone of readAll(target, 'milestones')) deleteMilestone(target, { id: milestone.id });
    expect(rowsOf(target)).toEqual([]);
    const { result, plan } = await importCsv(target, csv);
    expect(plan.goals).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(result.created).toBe(expected.length);
    expect(rowsOf(target)).toEqual(expected);
  });

  it('re-imports into the roadmap it came from as no change', async () => {
    for (const doc of [sampleDoc(), trickyDoc()]) {
      const table = await readCsv(new TextEncoder().encode(roadmapToCsv(doc, { bom: true })));
      const plan = planImport(doc, table, {
        mapping: guessMapping(table.headers).mapping,
        dateFormat: null,
        statusMap: {},
        dependencies: true,
        today: TODAY,
      });
      expect(plan.blockers).toEqual([]);
      expect(plan.updates).toEqual([]);
      expect(planChangesAnything(plan)).toBe(false);
      expect(plan.unchanged).toHaveLength(table.rows.length);
    }
  });
});
