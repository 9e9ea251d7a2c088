import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { checkIn, deleteCheckIn } from '../commands/check-ins';
import { createGoal, deleteGoal, updateGoal } from '../commands/goals';
import { createInitiative, deleteInitiative, moveInitiative, updateInitiative } from '../commands/initiatives';
import { createKeyResult, deleteKeyResult, updateKeyResult } from '../commands/key-results';
import { createMilestone } from '../commands/milestones';
import { NO_FILTER, type InitiativeFilter } from './filters';
import { selectAlignment, type AlignmentOptions } from './alignment';
import { takeBaseline } from '../commands/baselines';
import { planAtBaseline } from './baseline-plan';
import { comparePlans, type ComparedDays } from './changes';
import { selectLanes } from './lanes';
import { RoadmapStore } from './roadmap-store';
import { selectGoalStandings } from './standings';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { addDays, type IsoDate } from '../time/iso-date';

// The lanes, the alignment and the comparison with a baseline are kept up to date edit by edit (regrouping
// only what an edit touched, reusing parts, standings, contributors and flag lists, comparing again only
// the records an edit changed). Whatever the edits, what a long-lived store shows after each must be
// exactly what a store reading the document afresh computes in full.

const TODAY: IsoDate = '2027-02-15';
const day = (offset: number) => addDays('2027-01-01', offset);

type Edit =
  | { kind: 'goal'; parent: number | null; due: number | null }
  | { kind: 'reparent'; goal: number; parent: number | null }
  | { kind: 'deleteGoal'; goal: number }
  | { kind: 'goalStatus'; goal: number; byOwner: boolean }
  | { kind: 'keyResult'; goal: number; weight: number }
  | { kind: 'weight'; keyResult: number; weight: number }
  | { kind: 'deleteKeyResult'; keyResult: number }
  | { kind: 'checkIn'; keyResult: number; day: number; value: number }
  | { kind: 'deleteCheckIn'; checkIn: number }
  | { kind: 'initiative'; goal: number | null; start: number; length: number }
  | { kind: 'move'; initiative: number; goal: number | null; start: number }
  | { kind: 'link'; initiative: number; keyResults: number[] }
  | { kind: 'drop'; initiative: number }
  | { kind: 'retitle'; initiative: number; title: string }
  | { kind: 'deleteInitiative'; initiative: number }
  | { kind: 'milestone'; goal: number | null; day: number };

const pick = fc.nat(50);
const maybe = fc.option(pick, { nil: null });
const edits: fc.Arbitrary<Edit[]> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('goal' as const), parent: maybe, due: fc.option(fc.nat(120), { nil: null }) }),
    fc.record({ kind: fc.constant('reparent' as const), goal: pick, parent: maybe }),
    fc.record({ kind: fc.constant('deleteGoal' as const), goal: pick }),
    fc.record({ kind: fc.constant('goalStatus' as const), goal: pick, byOwner: fc.boolean() }),
    fc.record({ kind: fc.constant('keyResult' as const), goal: pick, weight: fc.nat(3) }),
    fc.record({ kind: fc.constant('weight' as const), keyResult: pick, weight: fc.nat(3) }),
    fc.record({ kind: fc.constant('deleteKeyResult' as const), keyResult: pick }),
    fc.record({ kind: fc.constant('checkIn' as const), keyResult: pick, day: fc.nat(45), value: fc.nat(120) }),
    fc.record({ kind: fc.constant('deleteCheckIn' as const), checkIn: pick }),
    fc.record({ kind: fc.constant('initiative' as const), goal: maybe, start: fc.nat(150), length: fc.nat(60) }),
    fc.record({ kind: fc.constant('move' as const), initiative: pick, goal: maybe, start: fc.nat(150) }),
    fc.record({ kind: fc.constant('link' as const), initiative: pick, keyResults: fc.array(pick, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('drop' as const), initiative: pick }),
    fc.record({ kind: fc.constant('retitle' as const), initiative: pick, title: fc.string({ minLength: 1 }) }),
    fc.record({ kind: fc.constant('deleteInitiative' as const), initiative: pick }),
    fc.record({ kind: fc.constant('milestone' as const), goal: maybe, day: fc.nat(150) }),
  ),
  { minLength: 10, maxLength: 60 },
);

/** The views asked for at once in the app: this quarter, another period, and a filter. */
function views(keyResultIds: readonly string[]): AlignmentOptions[] {
  const serving: InitiativeFilter = { ...NO_FILTER, keyResultId: keyResultIds[0] ?? null };
  return [
    {},
    { period: { start: '2027-04-01', end: '2027-06-30' } },
    { filter: { ...NO_FILTER, text: 'a' } },
    { filter: serving },
  ];
}

function apply(doc: Y.Doc, edit: Edit): void {
  const ids = (collection: string) => [...doc.getMap(collection).keys()].sort();
  const nth = (collection: string, index: number | null) => {
    const all = ids(collection);
    return index === null || all.length === 0 ? null : all[index % all.length]!;
  };
  const goal = (index: number | null) => nth('goals', index);
  const keyResult = (index: number) => nth('keyResults', index);
  const initiative = (index: number) => nth('initiatives', index);
  switch (edit.kind) {
    case 'goal':
      createGoal(doc, {
        title: 'Goal',
        parentId: goal(edit.parent),
        owner: edit.due === null ? '' : 'Ada',
        dueDate: edit.due === null ? null : day(edit.due),
      });
      return;
    case 'reparent': {
      const id = goal(edit.goal);
      if (id) updateGoal(doc, { id, changes: { parentId: goal(edit.parent) === id ? null : goal(edit.parent) } });
      return;
    }
    case 'deleteGoal': {
      const id = goal(edit.goal);
      if (id) deleteGoal(doc, { id });
      return;
    }
    case 'goalStatus': {
      const id = goal(edit.goal);
      if (id)
        updateGoal(doc, {
          id,
          changes: edit.byOwner ? { statusSetBy: 'owner', status: 'achieved' } : { statusSetBy: 'check-ins' },
        });
      return;
    }
    case 'keyResult': {
      const goalId = goal(edit.goal);
      if (goalId) createKeyResult(doc, { goalId, title: 'KR', baseline: 0, target: 100, weight: edit.weight });
      return;
    }
    case 'weight': {
      const id = keyResult(edit.keyResult);
      if (id) updateKeyResult(doc, { id, changes: { weight: edit.weight } });
      return;
    }
    case 'deleteKeyResult': {
      const id = keyResult(edit.keyResult);
      if (id) deleteKeyResult(doc, { id });
      return;
    }
    case 'checkIn': {
      const keyResultId = keyResult(edit.keyResult);
      if (keyResultId) checkIn(doc, { keyResultId, date: day(edit.day), value: edit.value, recordedAt: edit.day });
      return;
    }
    case 'deleteCheckIn': {
      const id = nth('checkIns', edit.checkIn);
      if (id) deleteCheckIn(doc, { id });
      return;
    }
    case 'initiative':
      createInitiative(doc, {
        title: 'Initiative a',
        goalId: goal(edit.goal),
        startDate: day(edit.start),
        endDate: day(edit.start + edit.length),
      });
      return;
    case 'move': {
      const id = initiative(edit.initiative);
      if (id) moveInitiative(doc, { id, goalId: goal(edit.goal), startDate: day(edit.start) });
      return;
    }
    case 'link': {
      const id = initiative(edit.initiative);
      const linked = [...new Set(edit.keyResults.map(keyResult).filter((kr): kr is string => kr !== null))];
      if (id) updateInitiative(doc, { id, changes: { keyResultIds: linked } });
      return;
    }
    case 'drop': {
      const id = initiative(edit.initiative);
      if (id) updateInitiative(doc, { id, changes: { status: 'dropped' } });
      return;
    }
    case 'retitle': {
      const id = initiative(edit.initiative);
      if (id) updateInitiative(doc, { id, changes: { title: edit.title.trim() || 'Untitled' } });
      return;
    }
    case 'deleteInitiative': {
      const id = initiative(edit.initiative);
      if (id) deleteInitiative(doc, { id });
      return;
    }
    case 'milestone':
      createMilestone(doc, { title: 'M', goalId: goal(edit.goal), date: day(edit.day) });
      return;
  }
}

describe('incremental lanes and alignment (property)', () => {
  it('show after every edit what a full recomputation shows', () => {
    fc.assert(
      fc.property(edits, (steps) => {
        const doc = newRoadmapDoc();
        const store = new RoadmapStore(doc);
        for (const edit of steps) {
          try {
            apply(doc, edit);
          } catch {
            continue; // a refused edit (a cycle of goals, ...) changes nothing
          }
          const live = store.getSnapshot();
          const fresh = new RoadmapStore(doc);
          const full = fresh.getSnapshot();
          expect(selectLanes(live)).toEqual(selectLanes(full));
          for (const options of views([...live.keyResults.keys()].sort())) {
            expect(selectAlignment(live, TODAY, options)).toEqual(selectAlignment(full, TODAY, options));
          }
          // The comparison's standings are the alignment's, without its lanes.
          const standings = new Map([...selectAlignment(full, TODAY).byGoal].map(([id, row]) => [id, row.standing]));
          expect(selectGoalStandings(live, TODAY)).toEqual(standings);
          fresh.destroy();
        }
        store.destroy();
      }),
      { numRuns: 200 },
    );
  });

  it('compare with baselines after every edit as a fresh comparison does', () => {
    const days: ComparedDays[] = [
      { before: '2027-01-10', after: TODAY },
      { before: '2027-01-10', after: '2027-03-20' },
    ];
    fc.assert(
      fc.property(edits, edits, fc.array(fc.nat(3), { minLength: 60, maxLength: 60 }), (early, later, asks) => {
        const doc = newRoadmapDoc();
        const store = new RoadmapStore(doc);
        // Two baselines, each after some edits; then more edits, each perhaps followed by comparisons.
        const applyAll = (steps: readonly Edit[]) => {
          for (const edit of steps) {
            try {
              apply(doc, edit);
            } catch {
              // a refused edit changes nothing
            }
          }
        };
        applyAll(early.slice(0, early.length / 2));
        const first = takeBaseline(doc, { name: 'First', takenAt: 0 });
        applyAll(early.slice(early.length / 2));
        const second = takeBaseline(doc, { name: 'Second', takenAt: 0 });
        // The first as the app makes it (sharing the live plan's equal records), the second without.
        const baselineOf = (id: string) => store.getSnapshot().baselines.get(id)!;
        const plans = [
          planAtBaseline(doc, baselineOf(first), store.getSnapshot()),
          planAtBaseline(doc, baselineOf(second)),
        ];
        later.forEach((edit, index) => {
          applyAll([edit]);
          // 0: not looked at (the next comparison skips a snapshot); 1, 2: one baseline; 3: both, on another day.
          const ask = asks[index]!;
          if (ask === 0) return;
          const live = store.getSnapshot();
          const fresh = new RoadmapStore(doc);
          for (const [which, plan] of plans.entries()) {
            if (ask !== 3 && ask !== which + 1) continue;
            const on = days[index < later.length / 2 || ask !== 3 ? 0 : 1]!;
            expect(comparePlans(plan, live, on)).toEqual(comparePlans(plan, fresh.getSnapshot(), on));
          }
          fresh.destroy();
        });
        store.destroy();
      }),
      { numRuns: 150 },
    );
  });
});
