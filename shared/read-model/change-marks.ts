import { isScheduled } from '../model/initiative';
import type { DayRange } from '../time/day-range';
import { drawnRange } from './dates';
import type { InitiativeChange } from './changes';
import { shiftLabel } from './change-text';

/** What a mark beside a bar stands for: its color, and what a legend calls it. */
export type MarkTone = 'slipped' | 'earlier' | 'added' | 'moved' | 'changed';

/** How an initiative that changed since a baseline is marked on a timeline (the canvas's and the PDF's). */
export interface ChangeMark {
  /** Where it was, for a ghost bar: its dates in the baseline when they differ from now's; else null. */
  readonly was: DayRange | null;
  /** The short text beside its bar: "+12 d", "starts −3 d", "new", "from Retention", joined by " · ". */
  readonly text: string;
  readonly tone: MarkTone;
}

/**
 * The timeline's mark for a change to an initiative that is still on the plan: new; rescheduled (its end's
 * shift, "slipped" when later, else its start's); from which goal when it moved lane; "changed" for any
 * other edit. Null for a removed one (it has no bar; the review lists it).
 */
export function changeMarkOf(
  change: InitiativeChange,
  goalTitle: (goalId: string | null) => string,
): ChangeMark | null {
  if (!change.after) return null;
  if (change.kind === 'added') return { was: null, text: 'new', tone: 'added' };
  const before = change.before!;
  const parts: string[] = [];
  let tone: MarkTone = 'changed';
  if (change.scheduling === 'scheduled') {
    // It was in the Unscheduled tray: nowhere on the timeline to ghost.
    parts.push('scheduled');
    tone = 'added';
  } else if (change.endShift !== 0) {
    parts.push(shiftLabel(change.endShift));
    tone = change.slipped ? 'slipped' : 'earlier';
  } else if (change.startShift !== 0) {
    parts.push(`starts ${shiftLabel(change.startShift)}`);
    tone = change.startShift > 0 ? 'slipped' : 'earlier';
  }
  if (change.realigned) {
    parts.push(`from ${goalTitle(before.goalId)}`);
    if (tone === 'changed') tone = 'moved';
  }
  if (parts.length === 0) parts.push('changed');
  const moved = (change.startShift !== 0 || change.endShift !== 0) && isScheduled(before);
  const drawn = isScheduled(before) ? drawnRange(before) : null;
  const was = moved && drawn ? { startDate: drawn.startDate, endDate: drawn.endDate } : null;
  return { was, text: parts.join(' \u00b7 '), tone };
}
