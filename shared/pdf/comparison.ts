import { isScheduled, type ScheduledInitiative } from '../model/initiative';
import type { Baseline } from '../model/baseline';
import type { Initiative } from '../model/initiative';
import { comparePlans, type ChangeGroup, type InitiativeChange, type PlanChanges } from '../read-model/changes';
import { shiftLabel, type ChangeTone } from '../read-model/change-text';
import type { Lane } from '../read-model/lanes';
import type { RoadmapSnapshot } from '../read-model/roadmap-store';
import { localDayOf } from '../time/clock';
import type { IsoDate } from '../time/iso-date';
import type { PdfOptions } from './options';
import type { BarChange } from './bar-placement';
import { fitText, type MeasureText } from './text-fit';
import { BAR_FONT } from './plan';

/** Reads the plan as it was when a baseline was taken (planAtBaseline over the caller's document). */
export type BaselinePlan = (baseline: Baseline) => RoadmapSnapshot;

/** What an export compares with: the baseline, the plan it recorded, and what changed since. */
export interface PdfComparison {
  readonly baseline: Baseline;
  /** The day it was taken, on this machine's calendar (as the Changes view says it). */
  readonly day: IsoDate;
  readonly before: RoadmapSnapshot;
  readonly changes: PlanChanges;
}

/** Why an export cannot compare with the baseline it names. */
export class PdfComparisonError extends Error {}

/**
 * The comparison the options ask for (`since`), or null. Each plan is looked at on its own day for pace and
 * health: the baseline's taking day, and the export's as-of date.
 */
export function comparisonFor(
  snapshot: RoadmapSnapshot,
  options: Pick<PdfOptions, 'since' | 'asOf'>,
  baselinePlan: BaselinePlan | undefined,
): PdfComparison | null {
  if (options.since === null) return null;
  const baseline = snapshot.baselines.get(options.since);
  if (!baseline) throw new PdfComparisonError('The baseline to compare with is no longer in this roadmap.');
  if (!baselinePlan) throw new PdfComparisonError('Comparing with a baseline needs its plan (baselinePlan).');
  const before = baselinePlan(baseline);
  const day = localDayOf(new Date(baseline.takenAt));
  return { baseline, day, before, changes: comparePlans(before, snapshot, { before: day, after: options.asOf }) };
}

/**
 * The changes the export holds, by goal: those of its goals' lanes (and of goals removed since, when it holds
 * every goal there is now), of its initiatives when the canvas's filter applies (the ids the options list;
 * a removed initiative's too, when the caller lists it). A goal left with nothing to say is left out.
 */
export function changesInExport(
  comparison: PdfComparison,
  snapshot: RoadmapSnapshot,
  lanes: readonly Lane[],
  allLanes: readonly Lane[],
  options: Pick<PdfOptions, 'initiatives'>,
): ChangeGroup[] {
  const exported = new Set(lanes.map((lane) => lane.key));
  const everyGoal = allLanes.every((lane) => exported.has(lane.key));
  const now = new Set(allLanes.map((lane) => lane.key));
  const shown = options.initiatives ? new Set(options.initiatives) : null;
  return comparison.changes.groups
    .filter((group) => exported.has(group.laneKey) || (everyGoal && !now.has(group.laneKey)))
    .map((group) => (shown ? { ...group, initiatives: group.initiatives.filter((c) => shown.has(c.id)) } : group))
    .filter((group) => group.initiatives.length > 0 || group.keyResults.length > 0 || group.goalChange !== null);
}

/** An initiative's change that draws a ghost where it was: its dates moved. */
export function movedDates(
  change: InitiativeChange | undefined,
): change is InitiativeChange & { before: ScheduledInitiative } {
  return (
    change?.kind === 'changed' && (change.startShift !== 0 || change.endShift !== 0) && isScheduled(change.before!)
  );
}

/**
 * The colors of what changed, on every page (the words say it too, so it reads in grayscale): later is bad
 * news, red; earlier and new, green; removed, red; anything else, gray.
 */
export const CHANGE_COLORS: Readonly<Record<Exclude<ChangeTone, null> | 'neutral', string>> = {
  added: '#15803d',
  earlier: '#15803d',
  slipped: '#b91c1c',
  removed: '#b91c1c',
  neutral: '#4b5563',
};

/** The color of a progress change in points: up green, down red, none gray. */
export function deltaColor(before: number, after: number): string {
  const delta = Math.round(after) - Math.round(before);
  return delta > 0 ? CHANGE_COLORS.added : delta < 0 ? CHANGE_COLORS.slipped : CHANGE_COLORS.neutral;
}

/** A goal's name for "from ‹goal›": as it is now, or as it was when it was removed since. */
export function goalTitleIn(comparison: PdfComparison, snapshot: RoadmapSnapshot): (id: string | null) => string {
  return (id) =>
    id === null
      ? 'Unaligned'
      : (snapshot.goals.get(id)?.title ?? comparison.before.goals.get(id)?.title ?? 'a removed goal') ||
        'Untitled goal';
}

/** How far "from ‹goal›" beside a bar may reach: a long goal name is cut there (the Changes page has it whole). */
const FROM_MARKER_MAX = 120;

/**
 * What each bar on the timeline shows of the comparison: a ghost where it was when its dates moved, and
 * markers: how far its end moved ("+12 d" red when later, "−5 d" green when earlier; "starts +3 d" when only
 * its start did), "new" when it was added, "from ‹goal›" when it moved lane.
 */
export function barChanges(
  comparison: PdfComparison | null,
  snapshot: RoadmapSnapshot,
  measure: MeasureText,
): (initiative: Initiative) => BarChange | null {
  if (!comparison) return () => null;
  const goalTitle = goalTitleIn(comparison, snapshot);
  return (initiative) => {
    const change = comparison.changes.initiatives.get(initiative.id);
    if (!change || change.kind === 'removed') return null;
    if (change.kind === 'added')
      return { ghost: null, markers: [{ text: 'new', color: CHANGE_COLORS.added, bold: true }] };
    const markers: BarChange['markers'][number][] = [];
    if (change.endShift !== 0) {
      const color = change.slipped ? CHANGE_COLORS.slipped : CHANGE_COLORS.earlier;
      markers.push({ text: shiftLabel(change.endShift), color, bold: true });
    } else if (change.startShift !== 0) {
      markers.push({ text: `starts ${shiftLabel(change.startShift)}`, color: CHANGE_COLORS.neutral, bold: false });
    }
    if (change.realigned) {
      const text = fitText(`from ${goalTitle(change.before!.goalId)}`, FROM_MARKER_MAX, BAR_FONT, measure);
      markers.push({ text, color: CHANGE_COLORS.neutral, bold: false });
    }
    if (markers.length === 0) return null;
    const ghost = movedDates(change) ? { startDate: change.before.startDate, endDate: change.before.endDate } : null;
    return { ghost, markers };
  };
}

/** The dates the ghosts of an export's bars take (their baseline dates), so its range can hold them. */
export function ghostDates(comparison: PdfComparison, lanes: readonly Lane[]): IsoDate[] {
  return lanes.flatMap((lane) =>
    lane.initiatives.flatMap((initiative) => {
      const change = comparison.changes.initiatives.get(initiative.id);
      return movedDates(change) ? [change.before.startDate, change.before.endDate] : [];
    }),
  );
}
