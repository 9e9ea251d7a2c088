import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import { format as prettierFormat, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  MAX_JSON_BYTES,
  RoadmapJsonError,
  exportRoadmapJson,
  roadmapFromJson,
  roadmapJsonSchemaDocument,
  roadmapToJson,
  serializeRoadmapJson,
  type RoadmapJson,
} from './roadmap-json';
import { exceedsBytes } from './roadmap-json-schema';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { reviewedRoadmap } from '../testing/reviewed-roadmap';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { collectionOf, createRoadmapYDoc } from '../model/document';
import { CURRENT_SCHEMA_VERSION, schemaStatus } from '../model/schema-version';
import { createEntity } from '../model/record-kind';
import { initiativeKind } from '../model/initiative';
import { checkInKind } from '../model/check-in';
import { dependencyKind } from '../model/dependency';
import { RoadmapStore, type RoadmapSnapshot } from '../read-model/roadmap-store';
import { planAtBaseline } from '../read-model/baseline-plan';
import { takeBaseline } from '../commands/baselines';
import { createGoal } from '../commands/goals';
import { createInitiative, deleteInitiative, updateInitiative } from '../commands/initiatives';
import { addDependency } from '../commands/dependencies';
import { createKeyResult } from '../commands/key-results';
import { checkIn } from '../commands/check-ins';
import { createMilestone } from '../commands/milestones';
import { updateRoadmap } from '../commands/roadmap';

const PLAN_COLLECTIONS = ['goals', 'keyResults', 'initiatives', 'milestones', 'dependencies', 'checkIns'] as const;

const read = (doc: Y.Doc) => new RoadmapStore(doc).getSnapshot();

/** The parts of two plans that must be equal: every record of every collection, by id. */
function expectSamePlan(actual: RoadmapSnapshot, expected: RoadmapSnapshot): void {
  for (const collection of PLAN_COLLECTIONS) {
    const records = (plan: RoadmapSnapshot) => new Map<string, unknown>(plan[collection]);
    expect(records(actual), collection).toEqual(records(expected));
  }
}

function baselinesOf(snapshot: RoadmapSnapshot) {
  return [...snapshot.baselines.values()]
    .map(({ id, name, takenAt, takenBy }) => ({ id, name, takenAt, takenBy }))
    .sort((a, b) => a.takenAt - b.takenAt || a.id.localeCompare(b.id));
}

/** Exports `doc`, imports the text and checks the import is the same roadmap, baselines' plans included. */
function expectRoundTrip(doc: Y.Doc): Y.Doc {
  const text = serializeRoadmapJson(doc);
  const { doc: imported, warnings } = roadmapFromJson(text);
  expect(warnings).toEqual([]);
  expect(serializeRoadmapJson(imported)).toBe(text);
  const [before, after] = [read(doc), read(imported)];
  expect(after.meta).toEqual(before.meta);
  expect(after.schema).toEqual({ kind: 'current' });
  expectSamePlan(after, before);
  expect(baselinesOf(after)).toEqual(baselinesOf(before));
  for (const baseline of before.baselines.values()) {
    expectSamePlan(planAtBaseline(imported, after.baselines.get(baseline.id)!), planAtBaseline(doc, baseline));
  }
  return imported;
}

const dates = { startDate: '2027-01-04', endDate: '2027-01-29' };

/** A small file, valid, for the refusals to break one thing of. */
function smallFile(): RoadmapJson {
  const doc = newRoadmapDoc('Plan');
  const goal = createGoal(doc, { id: 'g1', title: 'Grow' });
  createInitiative(doc, { id: 'i1', title: 'Checklist', goalId: goal, ...dates });
  createInitiative(doc, { id: 'i2', title: 'Tour', goalId: goal, ...dates });
  takeBaseline(doc, { id: 'b1', name: 'Q1 review', takenAt: Date.UTC(2027, 0, 15, 9) });
  return roadmapToJson(doc);
}

function refusal(text: string): string {
  try {
    roadmapFromJson(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RoadmapJsonError);
    return (error as Error).message;
  }
  throw new Error('the file should have been refused');
}

const refusalOf = (edit: (json: RoadmapJson & Record<string, unknown>) => void): string => {
  const json = smallFile() as RoadmapJson & Record<string, unknown>;
  edit(json);
  return refusal(JSON.stringify(json, null, 2));
};

describe('roadmap JSON: export and import', () => {
  it('round-trips the sample roadmap: meta, every record, check-ins, dependencies and the baseline plan', () => {
    const doc = createRoadmapYDoc();
    writeSampleRoadmap(doc, '2027-03-10');
    const snapshot = read(doc);
    const json = roadmapToJson(doc);
    expect(json.goals).toHaveLength(snapshot.goals.size);
    expect(json.keyResults.flatMap((keyResult) => keyResult.checkIns)).toHaveLength(snapshot.checkIns.size);
    expect(json.dependencies.length).toBeGreaterThan(0);
    expect(json.baselines).toHaveLength(1);
    expectRoundTrip(doc);
  });

  it('carries the board’s horizon period; a file without it reads quarters', () => {
    const doc = newRoadmapDoc('Plan');
    updateRoadmap(doc, { horizonPeriod: 'month' });
    expect(roadmapToJson(doc).roadmap.horizonPeriod).toBe('month');
    expect(read(expectRoundTrip(doc)).meta.horizonPeriod).toBe('month');
    const older = smallFile();
    delete older.roadmap.horizonPeriod;
    expect(read(roadmapFromJson(JSON.stringify(older)).doc).meta.horizonPeriod).toBe('quarter');
  });

  it('round-trips the reviewed roadmap: its baseline reads as it was, before the moves, deletes and check-ins', () => {
    const { doc, baselineId, performance } = reviewedRoadmap();
    const imported = expectRoundTrip(doc);
    const then = planAtBaseline(imported, read(imported).baselines.get(baselineId)!);
    expect(then.initiatives.has(performance)).toBe(true);
    expect(read(imported).initiatives.has(performance)).toBe(false);
  });

  it('writes the header, ISO times, sorted records, two-space indentation and a final newline', () => {
    const { doc } = reviewedRoadmap();
    const text = serializeRoadmapJson(doc, { exportedAt: '2027-03-01T10:00:00.000Z' });
    expect(text.startsWith('{\n  "format": "waymark-roadmap",\n  "version": 1,\n  "exportedAt": "2027-03-01')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as RoadmapJson;
    expect(json.baselines[0]).toMatchObject({ name: 'Q1 review', takenBy: 'Ada', takenAt: '2027-01-15T09:00:00.000Z' });
    const rate = json.keyResults.find((keyResult) => keyResult.title === 'Activation rate')!;
    expect(rate.checkIns.map((entry) => [entry.date, entry.value, entry.recordedAt])).toEqual([
      ['2027-01-05', 20, '1970-01-01T00:00:00.001Z'],
      ['2027-02-10', 35, '1970-01-01T00:00:00.002Z'],
    ]);
    expect(Object.keys(json.initiatives[0]!)).toEqual(['id', ...Object.keys(initiativeKind.shape)]);
    expect(Object.keys(rate.checkIns[0]!)).toEqual([
      'id',
      'date',
      'value',
      'confidence',
      'note',
      'author',
      'recordedAt',
    ]);
    expect(text).not.toMatch(/snapshot/);
  });

  it('replays several baselines, each with the plan it recorded, deletes and re-created ids included', () => {
    const doc = newRoadmapDoc('Plan');
    const goal = createGoal(doc, { title: 'Grow' });
    const a = createInitiative(doc, { id: 'a', title: 'A', goalId: goal, ...dates });
    const b = createInitiative(doc, { id: 'b', title: 'B', goalId: goal, ...dates });
    addDependency(doc, { fromId: a, toId: b });
    createMilestone(doc, { title: 'Launch', date: '2027-02-01', goalId: goal });
    takeBaseline(doc, { name: 'First', takenAt: 1_000 });
    deleteInitiative(doc, { id: b });
    const kr = createKeyResult(doc, { goalId: goal, title: 'Rate' });
    checkIn(doc, { keyResultId: kr, date: '2027-01-10', value: 5, recordedAt: 3 });
    takeBaseline(doc, { name: 'Second', takenAt: 2_000 });
    createInitiative(doc, { id: 'b', title: 'B again', goalId: goal, ...dates, keyResultIds: [kr] });
    updateInitiative(doc, { id: a, changes: { tags: ['web', 'growth'], title: 'A renamed' } });
    takeBaseline(doc, { name: 'Third', takenAt: 2_000 });
    updateInitiative(doc, { id: a, changes: { goalId: null } });
    expectRoundTrip(doc);
  });

  it('makes a roadmap like a new one: the current schema version, its history kept for baselines', () => {
    const { doc } = roadmapFromJson(JSON.stringify(smallFile()));
    expect(doc.getMap('meta').get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION);
    expect(schemaStatus(doc)).toEqual({ kind: 'current' });
    expect(doc.gc).toBe(false);
  });
});

describe('roadmap JSON: refusals', () => {
  it('refuses a file over the size limit before reading it', () => {
    expect(refusal(' '.repeat(MAX_JSON_BYTES + 1))).toBe(
      'This file is larger than 64 MB, the most a roadmap JSON file may be.',
    );
  });

  it('counts the size in UTF-8 bytes', () => {
    expect([exceedsBytes('é'.repeat(10), 19), exceedsBytes('é'.repeat(10), 20)]).toEqual([true, false]);
    expect([exceedsBytes('😀a', 4), exceedsBytes('😀a', 5), exceedsBytes('€', 2)]).toEqual([true, false, true]);
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(refusal('{\n  "format": "waymark-roadmap",\n  "version": 1,\n  "roadmap": }')).toBe(
      'This file is not JSON: unexpected "}" at line 4, column 14.',
    );
    expect(refusal('{"format": "waymark-roadmap"')).toBe(
      'This file is not JSON: the text ends too soon at line 1, column 29.',
    );
  });

  it('refuses JSON that is not a Waymark roadmap', () => {
    for (const text of ['[]', '"waymark-roadmap"', '{"title": "Plan"}', '{"format": "waymark-board", "version": 1}']) {
      expect(refusal(text)).toBe('This is not a Waymark roadmap JSON file: it has no "format": "waymark-roadmap".');
    }
  });

  it('refuses a file of a newer format version, and an unknown one', () => {
    expect(refusalOf((json) => Object.assign(json, { version: 2 }))).toBe(
      'This file was made by a newer Waymark (format version 2); this Waymark reads version 1. Update Waymark to import it.',
    );
    expect(refusalOf((json) => Object.assign(json, { version: '1' }))).toBe(
      'This Waymark roadmap JSON file has an unknown format version: "1".',
    );
  });

  it('refuses an invalid, missing or unknown field, naming where it is', () => {
    expect(refusalOf((json) => Object.assign(json.initiatives[1]!, { endDate: '2027-02-30' }))).toBe(
      'initiatives[1].endDate: Use a real date like 2027-01-31',
    );
    expect(refusalOf((json) => delete (json.goals[0] as Partial<RoadmapJson['goals'][0]>).title)).toBe(
      'goals[0].title is missing',
    );
    expect(refusalOf((json) => Object.assign(json.initiatives[0]!, { colour: 'red' }))).toBe(
      'initiatives[0]: unknown field "colour"',
    );
    expect(refusalOf((json) => Object.assign(json.roadmap, { title: '  ' }))).toBe('roadmap.title: Title is required');
    expect(refusalOf((json) => Object.assign(json.baselines[0]!, { takenAt: 'yesterday' }))).toBe(
      'baselines[0].takenAt: Use a date and time like 2027-01-15T09:00:00.000Z',
    );
    expect(refusalOf((json) => Object.assign(json.baselines[0]!.plan.initiatives[0]!, { status: 'later' }))).toMatch(
      /^baselines\[0\]\.plan\.initiatives\[0\]\.status: Invalid option/,
    );
  });

  it('refuses duplicate ids and an end before its start', () => {
    expect(refusalOf((json) => Object.assign(json.initiatives[1]!, { id: json.initiatives[0]!.id }))).toBe(
      'initiatives[1].id: is also the id of initiatives[0]',
    );
    expect(
      refusalOf((json) => json.dependencies.push({ fromId: 'i1', toId: 'i2' }, { fromId: 'i1', toId: 'i2' })),
    ).toBe('dependencies[1]: the same dependency as dependencies[0]');
    expect(refusalOf((json) => json.baselines.push({ ...json.baselines[0]! }))).toBe(
      'baselines[1].id: is also the id of baselines[0]',
    );
    expect(refusalOf((json) => Object.assign(json.initiatives[0]!, { endDate: '2027-01-01' }))).toBe(
      'initiatives[0].endDate: End date is before the start date',
    );
  });

  it('names the first problem and counts the others', () => {
    const message = refusalOf((json) => {
      Object.assign(json.initiatives[0]!, { progress: 150 });
      Object.assign(json.initiatives[1]!, { progress: -1 });
    });
    expect(message).toBe('initiatives[0].progress: Progress is between 0 and 100 (and 1 more problem)');
  });
});

describe('roadmap JSON: repairs', () => {
  it('clears or drops references to records that are not in the file, each with a warning', () => {
    const json = smallFile();
    json.goals.push({ ...json.goals[0]!, id: 'g2', title: 'Orphan', parentId: 'gone' });
    json.goals.push({ ...json.goals[0]!, id: 'g3', title: 'Loop A', parentId: 'g4' });
    json.goals.push({ ...json.goals[0]!, id: 'g4', title: 'Loop B', parentId: 'g3' });
    json.keyResults.push({
      id: 'k1',
      goalId: 'gone',
      title: 'Lost',
      unit: '',
      baseline: 0,
      target: 1,
      dueDate: null,
      owner: '',
      weight: 1,
      order: 'a0',
      checkIns: [],
    });
    Object.assign(json.initiatives[0]!, { goalId: 'gone', keyResultIds: ['k1'] });
    json.milestones.push({ id: 'm1', title: 'Launch', date: '2027-02-01', goalId: 'gone', externalKey: '' });
    json.dependencies.push({ fromId: 'i1', toId: 'nope' }, { fromId: 'i2', toId: 'i2' });
    const { doc, warnings } = roadmapFromJson(JSON.stringify(json));
    expect(warnings).toEqual([
      'Goal "Orphan": its parent goal (id gone) does not exist; it is a top-level goal now.',
      'Goal "Loop A": its parent goals lead back to it; it is a top-level goal now.',
      'Goal "Loop B": its parent goals lead back to it; it is a top-level goal now.',
      'Key result "Lost": its goal (id gone) does not exist; it is left out.',
      'Initiative "Checklist": its goal (id gone) does not exist; it is on no goal now.',
      'Initiative "Checklist": its key result (id k1) does not exist; the link is dropped.',
      'Milestone "Launch": its goal (id gone) does not exist; it is on no goal now.',
      'A dependency names an initiative (id nope) that does not exist; it is dropped.',
      'A dependency of an initiative on itself (id i2) is dropped.',
    ]);
    const snapshot = read(doc);
    expect([...snapshot.goals.values()].map((goal) => goal.parentId)).toEqual([null, null, null, null]);
    expect(snapshot.initiatives.get('i1')).toMatchObject({ goalId: null, keyResultIds: [] });
    expect(snapshot.keyResults.size).toBe(0);
    expect(snapshot.dependencies.size).toBe(0);
    expect(exportRoadmapJson(doc).warnings).toEqual([]);
  });

  it('drops a key result link to another goal, and repairs baselines too, naming the baseline', () => {
    const json = smallFile();
    json.goals.push({ ...json.goals[0]!, id: 'g2', title: 'Other' });
    json.keyResults.push({
      id: 'k1',
      goalId: 'g2',
      title: 'Theirs',
      unit: '',
      baseline: 0,
      target: 1,
      dueDate: null,
      owner: '',
      weight: 1,
      order: 'a0',
      checkIns: [],
    });
    Object.assign(json.initiatives[0]!, { keyResultIds: ['k1'] });
    json.baselines[0]!.plan.dependencies.push({ fromId: 'i1', toId: 'i9' });
    expect(roadmapFromJson(JSON.stringify(json)).warnings).toEqual([
      'Initiative "Checklist": key result "Theirs" is another goal\'s; the link is dropped.',
      'Baseline "Q1 review": A dependency names an initiative (id i9) that does not exist; it is dropped.',
    ]);
  });

  it('exports invalid stored values as the app shows them, with warnings, so the file imports', () => {
    const doc = newRoadmapDoc('Plan');
    const goal = createGoal(doc, { title: 'Grow' });
    const kr = createKeyResult(doc, { goalId: goal, title: 'Rate' });
    const bar = createInitiative(doc, { title: 'Bar', goalId: goal, ...dates, keyResultIds: [kr] });
    createInitiative(doc, { id: 'late', title: 'Late', goalId: goal, ...dates });
    doc.transact(() => {
      // What a peer's concurrent edits or a damaged file can leave behind.
      collectionOf(doc, 'initiatives').get(bar)!.set('progress', 'half');
      collectionOf(doc, 'initiatives').get('late')!.set('endDate', '2027-01-01');
      collectionOf(doc, 'dependencies').set('x', createEntity(dependencyKind, { fromId: 'late', toId: 'gone' }));
      collectionOf(doc, 'checkIns').set(
        'orphan',
        createEntity(checkInKind, { ...checkInKind.defaults, keyResultId: 'gone' }),
      );
      collectionOf(doc, 'keyResults').delete(kr);
    });
    const { json, warnings } = exportRoadmapJson(doc);
    expect(warnings).toEqual([
      'A check-in of a key result that no longer exists is left out.',
      'Initiative "Bar": Invalid progress: Enter a number; the file has the default value instead.',
      'Initiative "Late": its end date is before its start date; the file has it end that day.',
      `Initiative "Bar": its key result (id ${kr}) does not exist; the link is dropped.`,
      'A dependency names an initiative (id gone) that does not exist; it is dropped.',
    ]);
    expect(json.initiatives.find((initiative) => initiative.id === 'late')!.endDate).toBe(dates.startDate);
    const text = serializeRoadmapJson(doc);
    const imported = roadmapFromJson(text);
    expect(imported.warnings).toEqual([]);
    expect(serializeRoadmapJson(imported.doc)).toBe(text);
  });
});

describe('roadmap JSON Schema', () => {
  // Regenerate after a change to the format: UPDATE_SCHEMA=1 npx vitest run shared/interchange/roadmap-json.test.ts
  it('is the committed docs/waymark-roadmap.schema.json', async () => {
    const path = fileURLToPath(new URL('../../docs/waymark-roadmap.schema.json', import.meta.url));
    const generated = await prettierFormat(JSON.stringify(roadmapJsonSchemaDocument()), {
      ...(await resolveConfig(path)),
      filepath: path,
    });
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(path, generated);
    expect(
      readFileSync(path, 'utf8'),
      'run UPDATE_SCHEMA=1 npx vitest run shared/interchange/roadmap-json.test.ts',
    ).toBe(generated);
  });

  it('gives ISO dates a pattern, has no remote references and no $id', () => {
    const text = JSON.stringify(roadmapJsonSchemaDocument());
    const schema = JSON.parse(text) as { title: string; $defs: Record<string, { properties: Record<string, object> }> };
    expect(schema.title).toBe('Waymark roadmap');
    expect(schema.$defs.initiative!.properties.startDate).toMatchObject({
      anyOf: [{ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }],
    });
    expect(schema.$defs.goal!.properties.dueDate).toMatchObject({
      anyOf: [{ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, { type: 'null' }],
    });
    expect(schema.$defs.baseline!.properties.takenAt).toMatchObject({ format: 'date-time' });
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]*)"/g)) expect(ref).toMatch(/^#\/\$defs\//);
    expect(text).not.toContain('"$id"');
  });
});
