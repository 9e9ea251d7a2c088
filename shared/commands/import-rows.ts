import { z } from 'zod';
import { CommandError, defineCommand } from './command';
import { assertValid, exists, insertRecords, prepareUpdate, readOne } from './records';
import { dependencyId } from '../model/dependency';
import type { InitiativeFields } from '../model/initiative';
import type { MilestoneFields } from '../model/milestone';
import type { ImportPlan } from '../interchange/import-plan';

/** What an applied import did, for the report. */
export interface ImportResult {
  readonly goalsCreated: number;
  readonly created: number;
  readonly updated: number;
  readonly dependenciesCreated: number;
}

const planShape = z.custom<ImportPlan>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    ['goals', 'creates', 'updates', 'dependencies', 'blockers'].every((field) =>
      Array.isArray((value as Record<string, unknown>)[field]),
    ),
  'an import plan',
);

const STALE = 'The roadmap changed since the preview was made; look at the preview again and import then.';

/**
 * Applies an import plan made by planImport, exactly as previewed, as one undo step: the goals it creates,
 * the initiatives and milestones it creates and updates, the dependencies it adds. Every record is checked
 * before the first write; when the roadmap changed meanwhile so that the plan no longer fits (a peer deleted
 * a goal it uses), nothing is written and the error asks for a fresh preview.
 */
export const applyImport = defineCommand('roadmap.import', planShape, (doc, plan): ImportResult => {
  if (plan.blockers.length > 0) throw new CommandError(plan.blockers.join(' '));
  const plannedGoals = new Set(plan.goals.map((goal) => goal.id));
  const goalExists = (goalId: string | null) =>
    goalId === null || plannedGoals.has(goalId) || exists(doc, 'goals', goalId);
  for (const goal of plan.goals) {
    if (exists(doc, 'goals', goal.id)) throw new CommandError(STALE);
    assertValid('goals', goal.value);
    if (!goalExists(goal.value.parentId)) throw new CommandError(STALE);
  }
  const initiatives: { id: string; value: InitiativeFields }[] = [];
  const milestones: { id: string; value: MilestoneFields }[] = [];
  for (const create of plan.creates) {
    const collection = create.kind === 'initiative' ? 'initiatives' : 'milestones';
    if (exists(doc, collection, create.id)) throw new CommandError(STALE);
    if (!goalExists(create.value.goalId)) throw new CommandError(STALE);
    if (create.kind === 'initiative') {
      const value = create.value as InitiativeFields;
      assertValid('initiatives', value);
      assertKeyResultsOf(doc, value.keyResultIds, value.goalId);
      initiatives.push({ id: create.id, value });
    } else {
      assertValid('milestones', create.value as MilestoneFields);
      milestones.push({ id: create.id, value: create.value as MilestoneFields });
    }
  }
  const writes = plan.updates.map((update) => {
    const collection = update.kind === 'initiative' ? 'initiatives' : 'milestones';
    if (!exists(doc, collection, update.id)) throw new CommandError(STALE);
    const patch = update.patch as Partial<InitiativeFields>;
    if (patch.goalId !== undefined && !goalExists(patch.goalId)) throw new CommandError(STALE);
    if (update.kind === 'initiative' && patch.keyResultIds) {
      const goalId = patch.goalId !== undefined ? patch.goalId : readOne(doc, 'initiatives', update.id).goalId;
      assertKeyResultsOf(doc, patch.keyResultIds, goalId);
    }
    return prepareUpdate(doc, collection, update.id, patch);
  });
  const initiativeIds = new Set(initiatives.map((initiative) => initiative.id));
  const initiativeExists = (id: string) => initiativeIds.has(id) || exists(doc, 'initiatives', id);
  for (const { fromId, toId } of plan.dependencies) {
    if (!initiativeExists(fromId) || !initiativeExists(toId)) throw new CommandError(STALE);
  }
  const dependencies = plan.dependencies
    .filter(({ fromId, toId }) => !exists(doc, 'dependencies', dependencyId(fromId, toId)))
    .map(({ fromId, toId }) => ({ id: dependencyId(fromId, toId), value: { fromId, toId } }));

  insertRecords(
    doc,
    'goals',
    plan.goals.map((goal) => ({ id: goal.id, value: goal.value })),
  );
  insertRecords(doc, 'initiatives', initiatives);
  insertRecords(doc, 'milestones', milestones);
  for (const write of writes) write();
  insertRecords(doc, 'dependencies', dependencies);
  return {
    goalsCreated: plan.goals.length,
    created: plan.creates.length,
    updated: plan.updates.length,
    dependenciesCreated: dependencies.length,
  };
});

function assertKeyResultsOf(doc: Parameters<typeof exists>[0], keyResultIds: readonly string[], goalId: string | null) {
  for (const keyResultId of keyResultIds) {
    if (!exists(doc, 'keyResults', keyResultId) || readOne(doc, 'keyResults', keyResultId).goalId !== goalId) {
      throw new CommandError(STALE);
    }
  }
}
