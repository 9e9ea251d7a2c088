import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { roadmapFromJson, serializeRoadmapJson } from './roadmap-json';
import { takeBaseline } from '../commands/baselines';
import { checkIn } from '../commands/check-ins';
import { addDependency } from '../commands/dependencies';
import { createGoal, deleteGoal, updateGoal } from '../commands/goals';
import { createInitiative, deleteInitiative, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createKeyResult, deleteKeyResult } from '../commands/key-results';
import { createMilestone } from '../commands/milestones';
import { updateRoadmap } from '../commands/roadmap';
import { collectionOf, type CollectionName } from '../model/document';
import { INITIATIVE_STATUSES } from '../model/initiative';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { addDays } from '../time/iso-date';

// Random roadmaps, made by the app's own commands: goals and sub-goals, key results with check-ins,
// initiatives with key-result links and tags, milestones, dependencies, and up to three baselines taken
// between edits that move, rename and delete what an earlier baseline recorded. Exporting, importing and
// exporting again gives the very same file, and the import repairs nothing.

type Step =
  | { kind: 'goal'; parent: number | null; title: string; days: number | null }
  | { kind: 'keyResult'; goal: number; title: string; target: number }
  | { kind: 'checkIn'; keyResult: number; day: number; value: number; recordedAt: number }
  | { kind: 'initiative'; goal: number | null; day: number; length: number; tags: string[]; link: boolean }
  | { kind: 'edit'; initiative: number; title: string; status: (typeof INITIATIVE_STATUSES)[number]; progress: number }
  | { kind: 'move'; initiative: number; goal: number | null; day: number }
  | { kind: 'milestone'; goal: number | null; day: number; title: string }
  | { kind: 'dependency'; from: number; to: number }
  | { kind: 'reparent'; goal: number; parent: number | null }
  | { kind: 'delete'; collection: 'goals' | 'keyResults' | 'initiatives'; pick: number }
  | { kind: 'roadmap'; vision: string; staleAfterDays: number }
  | { kind: 'baseline'; name: string; at: number };

const pick = fc.nat(20);
const title = fc.constantFrom('Grow', 'Ship "v2"', 'Été à Zürich', '  Spaced  ', 'Tab\there', '名前');
const day = fc.nat(120);

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('goal' as const),
      parent: fc.option(pick),
      title,
      days: fc.option(fc.nat(200)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('keyResult' as const),
      goal: pick,
      title,
      target: fc.integer({ min: 1 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('checkIn' as const),
      keyResult: pick,
      day,
      value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
      recordedAt: fc.nat(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('initiative' as const),
      goal: fc.option(pick),
      day,
      length: fc.nat(60),
      tags: fc.subarray(['web', 'growth', 'Q1', 'ünïcode']),
      link: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      initiative: pick,
      title,
      status: fc.constantFrom(...INITIATIVE_STATUSES),
      progress: fc.nat(100),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('move' as const), initiative: pick, goal: fc.option(pick), day }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('milestone' as const), goal: fc.option(pick), day, title }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('dependency' as const), from: pick, to: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('reparent' as const), goal: pick, parent: fc.option(pick) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      collection: fc.constantFrom('goals' as const, 'keyResults' as const, 'initiatives' as const),
      pick,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('roadmap' as const),
      vision: fc.constantFrom('', 'Plan well.', 'Ünïcode "vision"\non two lines'),
      staleAfterDays: fc.integer({ min: 1, max: 365 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('baseline' as const),
      name: title,
      at: fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
    }),
  },
);

const START = '2027-01-04';

/** The id at `index` (wrapping) of a collection, in a fixed order; undefined when it is empty. */
function idOf(doc: Y.Doc, collection: CollectionName, index: number | null): string | undefined {
  if (index === null) return undefined;
  const ids = [...collectionOf(doc, collection).keys()].sort();
  return ids.length > 0 ? ids[index % ids.length] : undefined;
}

/** Runs a command; a refusal (a cycle, a missing record) is part of random editing. */
function attempt(act: () => unknown): void {
  try {
    act();
  } catch (error) {
    if ((error as Error).name !== 'CommandError') throw error;
  }
}

function build(steps: readonly Step[]): Y.Doc {
  const doc = newRoadmapDoc('Random plan');
  // A start for the steps to work on: a goal with a sub-goal, each with a key result.
  const grow = createGoal(doc, { title: 'Grow' });
  const sub = createGoal(doc, { title: 'Activate', parentId: grow, startDate: START, dueDate: '2027-06-30' });
  for (const goalId of [grow, sub]) createKeyResult(doc, { goalId, title: 'Rate', unit: '%' });
  let baselines = 0;
  for (const step of steps) {
    const goal = (index: number | null) => idOf(doc, 'goals', index) ?? null;
    attempt(() => {
      switch (step.kind) {
        case 'goal':
          return createGoal(doc, {
            title: step.title,
            parentId: goal(step.parent),
            ...(step.days === null ? {} : { startDate: START, dueDate: addDays(START, step.days) }),
          });
        case 'keyResult':
          return createKeyResult(doc, { goalId: goal(step.goal) ?? '', title: step.title, target: step.target });
        case 'checkIn':
          return checkIn(doc, {
            keyResultId: idOf(doc, 'keyResults', step.keyResult) ?? '',
            date: addDays(START, step.day),
            value: step.value,
            recordedAt: step.recordedAt,
          });
        case 'initiative': {
          const goalId = goal(step.goal);
          const keyResult = [...collectionOf(doc, 'keyResults').entries()].find(
            ([, kr]) => kr.get('goalId') === goalId,
          );
          return createInitiative(doc, {
            title: 'Work',
            goalId,
            startDate: addDays(START, step.day),
            endDate: addDays(START, step.day + step.length),
            tags: step.tags,
            keyResultIds: step.link && keyResult ? [keyResult[0]] : [],
          });
        }
        case 'edit':
          return updateInitiative(doc, {
            id: idOf(doc, 'initiatives', step.initiative) ?? '',
            changes: { title: step.title, status: step.status, progress: step.progress },
          });
        case 'move':
          return moveInitiative(doc, {
            id: idOf(doc, 'initiatives', step.initiative) ?? '',
            goalId: goal(step.goal),
            startDate: addDays(START, step.day),
          });
        case 'milestone':
          return createMilestone(doc, { title: step.title, date: addDays(START, step.day), goalId: goal(step.goal) });
        case 'dependency':
          return addDependency(doc, {
            fromId: idOf(doc, 'initiatives', step.from) ?? '',
            toId: idOf(doc, 'initiatives', step.to) ?? '',
          });
        case 'reparent':
          return updateGoal(doc, { id: goal(step.goal) ?? '', changes: { parentId: goal(step.parent) } });
        case 'delete': {
          const id = idOf(doc, step.collection, step.pick) ?? '';
          if (step.collection === 'goals') return deleteGoal(doc, { id });
          if (step.collection === 'keyResults') return deleteKeyResult(doc, { id });
          return deleteInitiative(doc, { id });
        }
        case 'roadmap':
          return updateRoadmap(doc, { vision: step.vision, staleAfterDays: step.staleAfterDays });
        case 'baseline':
          if (baselines >= 3) return undefined;
          baselines++;
          return takeBaseline(doc, { name: step.name, takenAt: step.at, takenBy: 'Ada' });
      }
    });
  }
  return doc;
}

describe('roadmap JSON round trip (property)', () => {
  it('export → import → export gives the same file, with nothing to repair', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 40, size: 'medium' }), (steps) => {
        const doc = build(steps);
        const text = serializeRoadmapJson(doc);
        const { doc: imported, warnings } = roadmapFromJson(text);
        expect(warnings).toEqual([]);
        expect(serializeRoadmapJson(imported)).toBe(text);
      }),
      { numRuns: 80 },
    );
  });
});
