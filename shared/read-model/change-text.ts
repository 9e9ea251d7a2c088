import { CONFIDENCE_LABELS, type Confidence } from '../model/check-in';
import { GOAL_STATUS_LABELS } from '../model/goal';
import { INITIATIVE_STATUS_LABELS } from '../model/initiative';
import type { GoalChange, InitiativeChange, KeyResultChange, PlanChanges } from './changes';

// How a change since a baseline reads: the same words in the Changes view, on the PDF and beside the bars.

/** "+12 d" / "−5 d": how far a date moved, with a true minus sign. */
export function shiftLabel(days: number): string {
  return `${days > 0 ? '+' : '\u2212'}${Math.abs(days)} d`;
}

/** "+8 pts", "−3 pts", "±0 pts": a progress change, rounded to whole points. */
export function pointsLabel(before: number, after: number): string {
  const delta = Math.round(after) - Math.round(before);
  return delta === 0 ? '±0 pts' : `${delta > 0 ? '+' : '\u2212'}${Math.abs(delta)} pts`;
}

/** What a note says about the change: good news, bad news, or neither (for its color). */
export type ChangeTone = 'added' | 'removed' | 'slipped' | 'earlier' | null;

/** One thing said about a changed initiative ("slipped +12 d", "from Grow activation"). */
export interface ChangeNote {
  readonly text: string;
  readonly tone: ChangeTone;
}

/** How the fields a review lists beside a change read to a person. */
const FIELD_LABELS: Partial<Record<string, string>> = {
  keyResultIds: 'key results served',
  description: 'description',
  owner: 'owner',
  team: 'team',
  tags: 'tags',
  progress: 'progress',
};

/**
 * What changed about an initiative, in the order a review reads it: new or removed; its end ("slipped +N d"
 * when later) and start moves; the goal it came from; its status; its old title; other fields.
 * `goalTitle` names a goal by id (null: Unaligned).
 */
export function initiativeChangeNotes(
  change: InitiativeChange,
  goalTitle: (id: string | null) => string,
): ChangeNote[] {
  if (change.kind === 'added') return [{ text: 'new', tone: 'added' }];
  if (change.kind === 'removed') return [{ text: 'removed', tone: 'removed' }];
  const notes: ChangeNote[] = [];
  if (change.scheduling === 'unscheduled') notes.push({ text: 'unscheduled', tone: 'slipped' });
  if (change.scheduling === 'scheduled') notes.push({ text: 'scheduled', tone: 'added' });
  if (change.endShift !== 0) {
    notes.push({
      text: `${change.slipped ? 'slipped' : 'ends'} ${shiftLabel(change.endShift)}`,
      tone: change.slipped ? 'slipped' : 'earlier',
    });
  }
  if (change.startShift !== 0 && change.startShift !== change.endShift) {
    notes.push({ text: `starts ${shiftLabel(change.startShift)}`, tone: null });
  }
  if (change.realigned) notes.push({ text: `from ${goalTitle(change.before!.goalId)}`, tone: null });
  if (change.statusChanged) {
    notes.push({
      text: `${INITIATIVE_STATUS_LABELS[change.before!.status]} → ${INITIATIVE_STATUS_LABELS[change.after!.status]}`,
      tone: null,
    });
  }
  if (change.fields.includes('title')) notes.push({ text: `was “${change.before!.title}”`, tone: null });
  const other = change.fields.filter((field) => !['startDate', 'endDate', 'goalId', 'status', 'title'].includes(field));
  if (other.length > 0)
    notes.push({ text: `${other.map((field) => FIELD_LABELS[field] ?? field).join(', ')} changed`, tone: null });
  return notes;
}

/** "20% → 45% (+25 pts)", "new, 30%" or "removed": how a key result's progress moved. */
export function keyResultChangeText(change: KeyResultChange): string {
  if (change.kind === 'added') return `new, ${Math.round(change.progressAfter!)}%`;
  if (change.kind === 'removed') return 'removed';
  const before = change.progressBefore!;
  const after = change.progressAfter!;
  return `${Math.round(before)}% → ${Math.round(after)}% (${pointsLabel(before, after)})`;
}

function healthLabel(health: Confidence | null): string {
  return health ? CONFIDENCE_LABELS[health] : 'no check-ins';
}

/** "Status On track → At risk", "Health …", "New goal", "Goal removed", fields changed; null when nothing to say. */
export function goalChangeText(change: GoalChange): string | null {
  if (change.kind === 'added') return 'New goal';
  if (change.kind === 'removed') return 'Goal removed';
  const parts: string[] = [];
  if (change.statusBefore !== change.statusAfter && change.statusBefore && change.statusAfter) {
    parts.push(`Status ${GOAL_STATUS_LABELS[change.statusBefore]} → ${GOAL_STATUS_LABELS[change.statusAfter]}`);
  } else if (change.healthBefore !== change.healthAfter) {
    parts.push(`Health ${healthLabel(change.healthBefore)} → ${healthLabel(change.healthAfter)}`);
  }
  if (change.fields.length > 0) parts.push(`${change.fields.join(', ')} changed`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** "Initiatives: 3 added, 1 removed, 5 rescheduled (4 slipped), 1 re-aligned. Key results changed: 2.": the review's first line. */
export function changesSummary(changes: Pick<PlanChanges, 'initiatives' | 'keyResults'>): string {
  const all = [...changes.initiatives.values()];
  const count = (test: (change: InitiativeChange) => boolean) => all.filter(test).length;
  const rescheduled = count((c) => c.kind === 'changed' && (c.startShift !== 0 || c.endShift !== 0));
  const slipped = count((c) => c.slipped);
  const parts = [
    [count((c) => c.kind === 'added'), 'added'],
    [count((c) => c.kind === 'removed'), 'removed'],
    [rescheduled, `rescheduled${slipped > 0 ? ` (${slipped} slipped)` : ''}`],
    [count((c) => c.realigned), 're-aligned'],
    [count((c) => c.statusChanged), 'changed status'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const initiatives = said.length > 0 ? `Initiatives: ${said.join(', ')}.` : 'No initiative changed.';
  const keyResults = changes.keyResults.size;
  return `${initiatives} ${keyResults === 0 ? 'No key result moved.' : `Key results changed: ${keyResults}.`}`;
}
