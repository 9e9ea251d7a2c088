import * as Y from 'yjs';
import {
  addDays,
  checkIn,
  comparePlans,
  createRoadmapYDoc,
  planAtBaseline,
  takeBaseline,
  createInitiatives,
  deleteInitiative,
  moveInitiative,
  RoadmapStore,
  updateInitiative,
  type RoadmapSnapshot,
} from '../shared';
import { generateRoadmap, prng } from './generate';

/**
 * Issue #13 asks to choose how baselines are stored by measuring: a compact plain copy of what comparisons
 * need, or Yjs snapshots of the document with its garbage collection off. Both are built here over the same
 * plan and the same quarters of edits, and compared with the document without baselines.
 */
export const BASELINE_STORAGE_SIZE = { initiatives: 5_000, baselines: 8 };

export type StorageKind = 'none' | 'plain copies' | 'Yjs snapshots';

export interface StorageFigures {
  readonly kind: StorageKind;
  readonly bytes: number;
  /** Median of the runs (alternating with the other kinds): a new Y.Doc, the stored update applied, the read model's first snapshot. */
  readonly openMs: number;
  /** Median: the latest baseline made readable as a roadmap (parsed, or the document rebuilt at the snapshot). */
  readonly readBaselineMs: number;
}

const OPEN_RUNS = 9;

/** What a comparison needs of a plan, as plain arrays (ids, titles, lanes, dates, status, progress, links). */
export function plainCopy(snapshot: RoadmapSnapshot): string {
  return JSON.stringify({
    goals: [...snapshot.goals.values()].map((goal) => [goal.id, goal.title, goal.parentId, goal.status]),
    keyResults: [...snapshot.keyResults.values()].map((kr) => [kr.id, kr.goalId, kr.title, kr.current]),
    initiatives: [...snapshot.initiatives.values()].map((initiative) => [
      initiative.id,
      initiative.title,
      initiative.goalId,
      initiative.startDate,
      initiative.endDate,
      initiative.status,
      initiative.progress,
      initiative.keyResultIds,
    ]),
    milestones: [...snapshot.milestones.values()].map((m) => [m.id, m.title, m.goalId, m.date]),
  });
}

/** A quarter of a team's edits: a tenth of the bars rescheduled, some re-aligned, renamed, added, removed, check-ins. */
export function editQuarter(doc: Y.Doc, quarter: number, random: () => number): void {
  const initiativeIds = [...doc.getMap('initiatives').keys()];
  const goalIds = [...doc.getMap('goals').keys()];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const count = initiativeIds.length;
  for (let i = 0; i < count / 10; i++) {
    const id = pick(initiativeIds);
    const start = (doc.getMap('initiatives').get(id) as Y.Map<unknown>).get('startDate') as string;
    moveInitiative(doc, { id, startDate: addDays(start, Math.round(random() * 40) - 10) });
  }
  for (let i = 0; i < count / 100; i++) moveInitiative(doc, { id: pick(initiativeIds), goalId: pick(goalIds) });
  for (let i = 0; i < count / 50; i++) {
    updateInitiative(doc, { id: pick(initiativeIds), changes: { title: `Renamed in Q${quarter} ${i}` } });
  }
  for (let i = 0; i < count / 50; i++) {
    updateInitiative(doc, { id: pick(initiativeIds), changes: { status: 'in-progress' } });
  }
  const removed = new Set<string>();
  for (let i = 0; i < count / 100; i++) removed.add(pick(initiativeIds));
  for (const id of removed) deleteInitiative(doc, { id });
  createInitiatives(
    doc,
    Array.from({ length: Math.round(count / 50) }, (_, i) => ({
      title: `Added in Q${quarter} ${i}`,
      goalId: pick(goalIds),
      startDate: addDays('2027-01-01', quarter * 90 + i),
      endDate: addDays('2027-01-01', quarter * 90 + i + 30),
    })),
  );
  for (const keyResultId of doc.getMap('keyResults').keys()) {
    checkIn(doc, {
      keyResultId,
      date: addDays('2027-01-01', quarter * 90),
      value: Math.round(random() * 100),
      recordedAt: quarter,
    });
  }
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeOpen(update: Uint8Array, gc: boolean): number {
  const started = performance.now();
  const doc = new Y.Doc({ gc });
  Y.applyUpdate(doc, update);
  const store = new RoadmapStore(doc);
  store.getSnapshot();
  const elapsed = performance.now() - started;
  store.destroy();
  return elapsed;
}

/** The same plan and edits three ways: no baselines, plain copies, Yjs snapshots (gc off). */
export function measureBaselineStorage(): StorageFigures[] {
  const { initiatives, baselines } = BASELINE_STORAGE_SIZE;
  const plan = Y.encodeStateAsUpdate(generateRoadmap(initiatives, 13).doc);
  const docs = { none: new Y.Doc(), plain: new Y.Doc(), yjs: new Y.Doc({ gc: false }) };
  for (const doc of Object.values(docs)) {
    Y.applyUpdate(doc, plan);
    doc.clientID = 7; // the same edits make the same structs in each
  }
  for (const [name, doc] of Object.entries(docs)) {
    const random = prng(1313);
    const store = new RoadmapStore(doc);
    for (let quarter = 0; quarter < baselines; quarter++) {
      const baseline = new Y.Map<unknown>();
      baseline.set('name', `Q${quarter + 1} review`);
      if (name === 'plain') baseline.set('plan', plainCopy(store.getSnapshot()));
      if (name === 'yjs') baseline.set('snapshot', Y.encodeSnapshot(Y.snapshot(doc)));
      if (name !== 'none') doc.getMap('baselines').set(`baseline-${quarter}`, baseline);
      editQuarter(doc, quarter, random);
    }
    store.destroy();
  }
  const stored = Object.entries(docs).map(([name, doc]) => ({ name, doc, update: Y.encodeStateAsUpdate(doc) }));
  // Runs alternate between the three, each run starting with the next one, so warming up, collections and
  // the machine's load fall on each alike.
  const openTimes = stored.map((): number[] => []);
  const readTimes = stored.map((): number[] => []);
  for (let run = 0; run < OPEN_RUNS; run++) {
    for (let turn = 0; turn < stored.length; turn++) {
      const index = (run + turn) % stored.length;
      const { name, doc, update } = stored[index]!;
      openTimes[index]!.push(timeOpen(update, name !== 'yjs'));
      const latest = doc.getMap('baselines').get(`baseline-${baselines - 1}`) as Y.Map<unknown> | undefined;
      if (!latest) continue;
      const started = performance.now();
      if (name === 'plain') JSON.parse(latest.get('plan') as string);
      else {
        const then = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(latest.get('snapshot') as Uint8Array));
        new RoadmapStore(then).destroy();
      }
      readTimes[index]!.push(performance.now() - started);
    }
  }
  const figures = stored.map(({ name, update }, index): StorageFigures => ({
    kind: name === 'none' ? 'none' : name === 'plain' ? 'plain copies' : 'Yjs snapshots',
    bytes: update.byteLength,
    openMs: median(openTimes[index]!),
    readBaselineMs: readTimes[index]!.length > 0 ? median(readTimes[index]!) : 0,
  }));
  return figures;
}

export const COMPARISON_SIZE = 10_000;

export interface ComparisonFigures {
  /** The baseline's plan rebuilt from its snapshot (once per baseline and session). */
  readonly rebuildMs: number;
  /** The first comparison after the baseline is rebuilt. */
  readonly firstMs: number;
  /** After one more edit, comparing again: what each edit costs while the review is open. */
  readonly perEdit: { readonly barMoved: PerEdit; readonly checkIn: PerEdit };
}

export interface PerEdit {
  readonly p50: number;
  readonly p95: number;
  readonly edits: number;
}

function percentiles(times: number[]): PerEdit {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: sorted[Math.floor(sorted.length * 0.5)]!,
    p95: sorted[Math.floor(sorted.length * 0.95)]!,
    edits: sorted.length,
  };
}

/** Comparing a 10,000-initiative plan with its baseline after a quarter of edits (target: under 50 ms). */
export function measureComparison(): ComparisonFigures {
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(generateRoadmap(COMPARISON_SIZE, 14).doc));
  const random = prng(1414);
  const store = new RoadmapStore(doc);
  const baselineId = takeBaseline(doc, { name: 'Q1 review', takenAt: 0 });
  editQuarter(doc, 0, random);
  const baseline = store.getSnapshot().baselines.get(baselineId)!;
  const days = { before: '2027-01-01', after: '2027-03-01' } as const;
  let started = performance.now();
  // As the Changes view makes it: sharing the live plan's records that did not change.
  const plan = planAtBaseline(doc, baseline, store.getSnapshot());
  const rebuildMs = performance.now() - started;
  started = performance.now();
  comparePlans(plan, store.getSnapshot(), days);
  const firstMs = performance.now() - started;
  const ids = [...store.getSnapshot().initiatives.keys()];
  const keyResultIds = [...store.getSnapshot().keyResults.keys()];
  // The first 10 of each kind warm up; a check-in changes a key result and so the goals' standings too.
  const timeEdits = (edit: (index: number) => void) => {
    const times: number[] = [];
    for (let index = 0; index < 60; index++) {
      edit(index);
      started = performance.now();
      comparePlans(plan, store.getSnapshot(), days);
      if (index >= 10) times.push(performance.now() - started);
    }
    return percentiles(times);
  };
  const barMoved = timeEdits((index) => {
    const id = ids[Math.floor(random() * ids.length)]!;
    moveInitiative(doc, { id, startDate: addDays('2027-01-04', index) });
  });
  const checkedIn = timeEdits((index) => {
    const keyResultId = keyResultIds[Math.floor(random() * keyResultIds.length)]!;
    checkIn(doc, { keyResultId, date: addDays('2027-02-01', index % 20), value: index, recordedAt: 100 + index });
  });
  store.destroy();
  return { rebuildMs, firstMs, perEdit: { barMoved, checkIn: checkedIn } };
}
