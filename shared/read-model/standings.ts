import type { IsoDate } from '../time/iso-date';
import { paceContextOf } from './alignment';
import { selectGoalOrder, selectKeyResultsByGoal } from './lanes';
import { derivedCacheOf, sameItems } from './memo';
import { goalStanding, keyResultStanding, type GoalStanding } from './pace';
import type { RoadmapSnapshot } from './roadmap-store';

const GOAL_STANDINGS = Symbol('goal standings');

/**
 * Every goal's standing on `today` (its key results and sub-goals rolled up), the same as selectAlignment's
 * but without the lanes' initiatives, investment and flags: what a comparison of two plans needs, at a
 * fraction of the cost (no initiative is looked at). Kept while goals, key results, settings and day are.
 */
export function selectGoalStandings(snapshot: RoadmapSnapshot, today: IsoDate): ReadonlyMap<string, GoalStanding> {
  const cache = derivedCacheOf(snapshot);
  const ordered = selectGoalOrder(snapshot);
  const keyResultsByGoal = selectKeyResultsByGoal(snapshot);
  const inputs = [ordered, keyResultsByGoal, snapshot.meta, today];
  const last = cache.get(GOAL_STANDINGS) as
    { inputs: unknown[]; result: ReadonlyMap<string, GoalStanding> } | undefined;
  if (last && sameItems(last.inputs, inputs)) return last.result;
  const context = paceContextOf(snapshot, today);
  // As the alignment rolls up: bottom-up (sub-goals follow their parent), sub-goals in display order.
  const standings = new Map<string, GoalStanding>();
  const childrenOf = new Map<string, GoalStanding[]>();
  for (let index = ordered.length - 1; index >= 0; index--) {
    const { goal, depth } = ordered[index]!;
    const keyResults = (keyResultsByGoal.get(goal.id) ?? []).map((keyResult) =>
      keyResultStanding(keyResult, goal, context),
    );
    const standing = goalStanding(goal, keyResults, childrenOf.get(goal.id) ?? [], context);
    standings.set(goal.id, standing);
    if (depth > 0 && goal.parentId !== null) {
      const siblings = childrenOf.get(goal.parentId);
      if (siblings) siblings.unshift(standing);
      else childrenOf.set(goal.parentId, [standing]);
    }
  }
  cache.set(GOAL_STANDINGS, { inputs, result: standings });
  return standings;
}
