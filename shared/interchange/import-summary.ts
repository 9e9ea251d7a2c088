import type { FieldChange, ImportPlan } from './import-plan';

/** How a changed field is named in an import's preview and report. */
export const IMPORTED_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  goalId: 'Goal',
  keyResultIds: 'Key results',
  startDate: 'Start',
  endDate: 'End',
  date: 'Date',
  status: 'Status',
  owner: 'Owner',
  team: 'Team',
  tags: 'Tags',
  progress: 'Progress',
  externalKey: 'Key',
};

/** "Jira issues (3).csv" → "Jira issues (3)": the title of a roadmap made from an imported file. */
export function roadmapTitleFromFileName(name: string): string {
  return (
    name
      .replace(/\.(csv|tsv|txt)$/i, '')
      .trim()
      .slice(0, 200) || 'Imported roadmap'
  );
}

/** "End 2026-08-15 → 2026-08-22": one field's change, an empty value as a dash. */
export function describeFieldChange(change: FieldChange): string {
  return `${IMPORTED_FIELD_LABELS[change.field] ?? change.field} ${change.from || '—'} → ${change.to || '—'}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * What a plan would do, in one sentence or two: "The import will create 7 initiatives and 2 goals (…),
 * add 2 dependencies. 1 row will be skipped." Goals are named, the first eight of them.
 */
export function describeImportPlan(plan: ImportPlan): string {
  const initiatives = plan.creates.filter((create) => create.kind === 'initiative').length;
  const milestones = plan.creates.length - initiatives;
  const named = plan.goals.slice(0, 8).map((goal) => goal.title);
  const made = [
    initiatives > 0 && count(initiatives, 'initiative'),
    milestones > 0 && count(milestones, 'milestone'),
    plan.goals.length > 0 &&
      `${count(plan.goals.length, 'goal')} (${named.join(', ')}${plan.goals.length > 8 ? ', …' : ''})`,
  ].filter((part): part is string => typeof part === 'string');
  const parts = [
    made.length > 0 && `create ${new Intl.ListFormat('en', { type: 'conjunction' }).format(made)}`,
    plan.updates.length > 0 && `update ${count(plan.updates.length, 'item')}`,
    plan.dependencies.length > 0 && `add ${count(plan.dependencies.length, 'dependency', 'dependencies')}`,
  ].filter(Boolean);
  const sentences = [
    parts.length > 0
      ? `The import will ${parts.join(', ')}.`
      : plan.unchanged.length > 0
        ? 'Nothing to import: the roadmap already has all of it.'
        : 'Nothing to import: no row can be imported.',
  ];
  const unchanged = plan.unchanged.length;
  if (unchanged === 1) sentences.push('1 row already matches and stays as it is.');
  if (unchanged > 1) sentences.push(`${count(unchanged, 'row')} already match and stay as they are.`);
  if (plan.skipped.length > 0) sentences.push(`${count(plan.skipped.length, 'row')} will be skipped.`);
  return sentences.join(' ');
}
