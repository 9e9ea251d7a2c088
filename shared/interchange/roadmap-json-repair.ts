import type { RoadmapJsonGoal, RoadmapJsonPlan } from './roadmap-json-schema';

/** A plan with its broken references repaired, and one sentence per repair. */
export interface RepairedPlan {
  readonly plan: RoadmapJsonPlan;
  readonly warnings: readonly string[];
}

/** Goals whose chain of parents leads back to themselves. */
function goalsInLoops(goals: readonly RoadmapJsonGoal[]): Set<string> {
  const parentOf = new Map(goals.map((goal) => [goal.id, goal.parentId]));
  const looped = new Set<string>();
  for (const goal of goals) {
    const seen = new Set<string>();
    for (let parent = goal.parentId; parent !== null && !seen.has(parent); parent = parentOf.get(parent) ?? null) {
      if (parent === goal.id) {
        looped.add(goal.id);
        break;
      }
      seen.add(parent);
    }
  }
  return looped;
}

/**
 * Repairs what a plan's records say about each other, the same way on import and on export, so that every
 * exported file imports without a warning: a goal whose parent is missing or part of a loop becomes a
 * top-level goal (as the timeline shows it); a key result of a missing goal is left out with its check-ins
 * (no lane shows it); an initiative or milestone on a missing goal goes to Unaligned; an initiative's link to
 * a missing key result, or to one of another goal, is dropped; a dependency on a missing initiative, or of an
 * initiative on itself, is dropped. `where` starts each warning ("Baseline "Q1 review": ").
 */
export function repairReferences(plan: RoadmapJsonPlan, where = ''): RepairedPlan {
  const warnings: string[] = [];
  const warn = (text: string) => warnings.push(`${where}${text}`);
  const goalIds = new Set(plan.goals.map((goal) => goal.id));
  const looped = goalsInLoops(plan.goals);
  const goals = plan.goals.map((goal) => {
    if (goal.parentId === null) return goal;
    if (!goalIds.has(goal.parentId)) {
      warn(`Goal "${goal.title}": its parent goal (id ${goal.parentId}) does not exist; it is a top-level goal now.`);
    } else if (looped.has(goal.id)) {
      warn(`Goal "${goal.title}": its parent goals lead back to it; it is a top-level goal now.`);
    } else return goal;
    return { ...goal, parentId: null };
  });

  const keyResults = plan.keyResults.filter((keyResult) => {
    if (goalIds.has(keyResult.goalId)) return true;
    const checkIns = keyResult.checkIns.length;
    const also = checkIns === 0 ? '' : checkIns === 1 ? ' with its check-in' : ` with its ${checkIns} check-ins`;
    warn(`Key result "${keyResult.title}": its goal (id ${keyResult.goalId}) does not exist; it is left out${also}.`);
    return false;
  });
  const keyResultsById = new Map(keyResults.map((keyResult) => [keyResult.id, keyResult]));

  const initiatives = plan.initiatives.map((initiative) => {
    let { goalId } = initiative;
    if (goalId !== null && !goalIds.has(goalId)) {
      warn(`Initiative "${initiative.title}": its goal (id ${goalId}) does not exist; it is on no goal now.`);
      goalId = null;
    }
    const keyResultIds = [...new Set(initiative.keyResultIds)].filter((keyResultId) => {
      const keyResult = keyResultsById.get(keyResultId);
      if (keyResult?.goalId === goalId) return true;
      warn(
        keyResult
          ? `Initiative "${initiative.title}": key result "${keyResult.title}" is another goal's; the link is dropped.`
          : `Initiative "${initiative.title}": its key result (id ${keyResultId}) does not exist; the link is dropped.`,
      );
      return false;
    });
    const unchanged = goalId === initiative.goalId && keyResultIds.length === initiative.keyResultIds.length;
    return unchanged ? initiative : { ...initiative, goalId, keyResultIds };
  });
  const initiativeIds = new Set(initiatives.map((initiative) => initiative.id));

  const milestones = plan.milestones.map((milestone) => {
    if (milestone.goalId === null || goalIds.has(milestone.goalId)) return milestone;
    warn(`Milestone "${milestone.title}": its goal (id ${milestone.goalId}) does not exist; it is on no goal now.`);
    return { ...milestone, goalId: null };
  });

  const dependencies = plan.dependencies.filter(({ fromId, toId }) => {
    const missing = [fromId, toId].find((id) => !initiativeIds.has(id));
    if (missing !== undefined) {
      warn(`A dependency names an initiative (id ${missing}) that does not exist; it is dropped.`);
    } else if (fromId === toId) {
      warn(`A dependency of an initiative on itself (id ${fromId}) is dropped.`);
    } else return true;
    return false;
  });

  return { plan: { goals, keyResults, initiatives, milestones, dependencies }, warnings };
}
