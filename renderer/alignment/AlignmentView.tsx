import { memo, useEffect, useMemo, useState } from 'react';
import {
  addDays,
  CONFIDENCE_LABELS,
  formatLocaleNumber,
  GOAL_STATUS_LABELS,
  laneKeyOf,
  nextUnitStart,
  quarterAround,
  selectAlignment,
  startOfUnit,
  type Alignment,
  type Goal,
  type GoalAlignment,
  type Initiative,
  type InvestmentPeriod,
  type IsoDate,
  type KeyResult,
  type KeyResultStanding,
} from '../../shared';
import { formatDay, formatRange, valueWithUnit } from '../ui/format';
import { ProgressBar } from '../ui/ProgressBar';
import { useRoadmap } from '../state/session-context';
import { useToday } from '../state/use-today';
import { useUiStore, type AlignmentPeriod } from '../state/ui-store';
import { revealGoal, revealInitiative } from '../state/reveal';

const PERIOD_LABELS: Record<AlignmentPeriod, string> = {
  'this-quarter': 'This quarter',
  'next-quarter': 'Next quarter',
  'this-year': 'This fiscal year',
};

/** The days a period choice stands for, today. */
export function periodOf(choice: AlignmentPeriod, today: IsoDate, fiscalYearStartMonth: number): InvestmentPeriod {
  if (choice === 'this-quarter') return quarterAround(today, fiscalYearStartMonth);
  if (choice === 'next-quarter')
    return quarterAround(nextUnitStart(today, 'quarter', fiscalYearStartMonth), fiscalYearStartMonth);
  return {
    start: startOfUnit(today, 'year', fiscalYearStartMonth),
    end: addDays(nextUnitStart(today, 'year', fiscalYearStartMonth), -1),
  };
}

function valueText(keyResult: KeyResult): string {
  return valueWithUnit(keyResult.current, keyResult.unit);
}

function KeyResultLine({ standing }: { standing: KeyResultStanding }) {
  const { keyResult } = standing;
  const latest = keyResult.latestCheckIn;
  return (
    <li>
      <span className="alignment-kr-title">{keyResult.title}</span>{' '}
      <ProgressBar
        value={standing.progress}
        expected={standing.expected}
        label={`${keyResult.title}: ${Math.round(standing.progress)}%`}
      />{' '}
      <strong>{valueText(keyResult)}</strong>
      {latest ? (
        <span className="muted">
          {' '}
          ·{' '}
          <span className={`confidence-chip confidence-${latest.confidence}`}>
            {CONFIDENCE_LABELS[latest.confidence]}
          </span>{' '}
          {formatDay(latest.date)}
        </span>
      ) : (
        <span className="muted"> · no check-ins</span>
      )}
      {standing.behindPace && <span className="flag-chip behind">behind pace</span>}
      {standing.stale && <span className="flag-chip stale">stale</span>}
    </li>
  );
}

// Memoized: a row whose goal's alignment is unchanged (the same object) is not rendered again.
const GoalRow = memo(function GoalRow({ row }: { row: GoalAlignment }) {
  const { standing, investment, depth } = row;
  const goal = standing.goal;
  return (
    <tr className={`alignment-goal depth-${Math.min(depth, 3)}`}>
      <th scope="row" style={{ paddingLeft: 8 + depth * 16 }}>
        <button type="button" className="link goal-link" onClick={() => revealGoal(goal)}>
          <span className="lane-swatch" style={{ background: goal.color }} aria-hidden="true" />
          {goal.title}
        </button>
        <div className="muted small">{goal.owner || 'No owner'}</div>
      </th>
      <td>
        {standing.progress === null ? (
          <span className="muted">Nothing measured</span>
        ) : (
          <>
            <ProgressBar
              value={standing.progress}
              expected={standing.expected}
              label={`${goal.title}: ${Math.round(standing.progress)}%`}
            />{' '}
            {Math.round(standing.progress)}%
            {standing.expected !== null && (
              <div className="muted small">
                {Math.round(standing.expected)}% expected
                {standing.behindPace && <span className="flag-chip behind">behind pace</span>}
              </div>
            )}
          </>
        )}
      </td>
      <td>
        <span className={`goal-status status-${standing.status}`}>{GOAL_STATUS_LABELS[standing.status]}</span>
        <div className="muted small">{standing.statusSource === 'check-ins' ? 'from check-ins' : 'set by owner'}</div>
      </td>
      <td>
        {standing.keyResults.length === 0 ? (
          <span className="muted">No key results</span>
        ) : (
          <ul className="alignment-krs">
            {standing.keyResults.map((keyResult) => (
              <KeyResultLine key={keyResult.keyResult.id} standing={keyResult} />
            ))}
          </ul>
        )}
      </td>
      <td className="numeric">
        {investment.initiatives} {investment.initiatives === 1 ? 'initiative' : 'initiatives'}
        <div className="muted small">
          {formatLocaleNumber(investment.days)} days · {Math.round(investment.share * 100)}%
        </div>
      </td>
    </tr>
  );
});

type FlagItem = { key: string; label: string; detail?: string; reveal: () => void };

/** Items a flag list shows before "Show all": at scale a list holds thousands (all of them took ~0.8 s to show). */
export const FLAG_ITEMS_SHOWN = 10;

/** One list of flags: how many, and its first items described (only those shown are formatted). */
interface FlagListContent {
  readonly title: string;
  readonly hint: string;
  readonly count: number;
  readonly itemsUpTo: (limit: number) => readonly FlagItem[];
}

function flagList<T>(title: string, hint: string, entries: readonly T[], describe: (entry: T) => FlagItem) {
  return { title, hint, count: entries.length, itemsUpTo: (limit: number) => entries.slice(0, limit).map(describe) };
}

function FlagList({ title, hint, count, itemsUpTo }: FlagListContent) {
  const [showAll, setShowAll] = useState(false);
  const shown = itemsUpTo(showAll ? count : FLAG_ITEMS_SHOWN);
  return (
    <section className={`flag-list${count === 0 ? ' empty' : ''}`} aria-label={title}>
      <h3>
        {title} <span className="flag-count">{count}</span>
      </h3>
      {count === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <>
          <p className="muted small">{hint}</p>
          <ul>
            {shown.map((item) => (
              <li key={item.key}>
                <button type="button" className="link" onClick={item.reveal}>
                  {item.label}
                </button>
                {item.detail && <span className="muted small"> {item.detail}</span>}
              </li>
            ))}
          </ul>
          {shown.length < count && (
            <button type="button" className="link small" onClick={() => setShowAll(true)}>
              Show all {count}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function flagLists(alignment: Alignment, goals: ReadonlyMap<string, Goal>): FlagListContent[] {
  const { flags } = alignment;
  const initiative = (item: Initiative): FlagItem => ({
    key: item.id,
    label: item.title,
    detail: formatRange(item.startDate, item.endDate),
    reveal: () => revealInitiative(item, laneKeyOf(item.goalId, goals)),
  });
  const goal = (item: Goal, detail?: string): FlagItem => ({
    key: item.id,
    label: item.title,
    detail,
    reveal: () => revealGoal(item),
  });
  const keyResult = (item: KeyResult, detail?: string): FlagItem => {
    const owner = goals.get(item.goalId);
    return {
      key: item.id,
      label: item.title,
      detail: [owner?.title, detail].filter(Boolean).join(' · '),
      reveal: () => owner && revealGoal(owner),
    };
  };
  return [
    flagList('On no goal', 'Initiatives not aligned to any goal.', flags.unaligned, initiative),
    flagList(
      'Serving no key result',
      'On a goal, but linked to none of its key results.',
      flags.servingNoKeyResult,
      initiative,
    ),
    flagList('Goals with no work', 'No initiative in the period.', flags.goalsWithoutWork, (item) => goal(item)),
    flagList(
      'Key results with no work',
      'No initiative in the period serves them.',
      flags.keyResultsWithoutWork,
      (item) => keyResult(item),
    ),
    flagList(
      'Ending after their goal is due',
      'Initiatives that finish after their goal’s due date.',
      flags.endingAfterGoalDue,
      initiative,
    ),
    flagList(
      'Not SMART',
      'Goals missing a key result, a due date or an owner.',
      flags.notSmart,
      ({ goal: item, gaps }) => goal(item, gaps.join(', ')),
    ),
    flagList(
      'Stale key results',
      `No check-in for more than ${alignment.context.staleAfterDays} days.`,
      flags.staleKeyResults,
      (standing) => keyResult(standing.keyResult, `last ${formatDay(standing.keyResult.latestCheckIn!.date)}`),
    ),
    flagList(
      'Behind pace',
      `Progress trails the expected pace by more than ${alignment.context.paceTolerance} points.`,
      flags.behindPaceKeyResults,
      (standing) =>
        keyResult(
          standing.keyResult,
          `${Math.round(standing.progress)}% of ${Math.round(standing.expected ?? 0)}% expected`,
        ),
    ),
  ];
}

/** Goal rows mounted with the view (enough to fill the first screen), and added per frame after it. */
export const FIRST_ROWS = 15;
export const ROWS_PER_FRAME = 50;

/**
 * How many of `total` rows to mount: a screenful at once, then ROWS_PER_FRAME more each frame, so the view
 * shows at once however many goals there are (laying out 200 goals at once took ~250 ms).
 */
function useRowsInFrames(total: number): number {
  const [mounted, setMounted] = useState(FIRST_ROWS);
  useEffect(() => {
    if (mounted >= total) return;
    // After the next paint (a timer set in a frame callback runs once that frame is painted), so each
    // frame shows what is mounted before more is added.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setMounted((count) => count + ROWS_PER_FRAME));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [mounted, total]);
  return Math.min(mounted, total);
}

/**
 * The alignment view, beside the timeline: per goal (lane order, sub-goals nested) its progress against
 * pace, health, key results with their latest check-in, and investment in the period; then the flags, each
 * item selecting and revealing what it names on the timeline. The canvas's filters apply.
 */
export function AlignmentView() {
  const today = useToday();
  const choice = useUiStore((state) => state.alignmentPeriod);
  const filter = useUiStore((state) => state.filter);
  const fiscalYearStartMonth = useRoadmap((snapshot) => snapshot.meta.fiscalYearStartMonth);
  const period = useMemo(() => periodOf(choice, today, fiscalYearStartMonth), [choice, today, fiscalYearStartMonth]);
  const alignment = useRoadmap((snapshot) => selectAlignment(snapshot, today, { period, filter }));
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const lists = flagLists(alignment, goals);
  const rowsMounted = useRowsInFrames(alignment.goals.length);
  const flagged = lists.reduce((sum, list) => sum + list.count, 0);
  return (
    <div className="alignment-view" role="region" aria-label="Alignment">
      <div className="alignment-head">
        <h2>Goal alignment</h2>
        <label className="inline-field">
          Time counted over
          <select
            aria-label="Period"
            value={choice}
            onChange={(event) => useUiStore.setState({ alignmentPeriod: event.target.value as AlignmentPeriod })}
          >
            {(Object.keys(PERIOD_LABELS) as AlignmentPeriod[]).map((value) => (
              <option key={value} value={value}>
                {PERIOD_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small">
          {formatRange(period.start, period.end)} · {formatLocaleNumber(alignment.totalDays)} initiative-days planned ·{' '}
          {flagged} {flagged === 1 ? 'flag' : 'flags'}
        </span>
      </div>
      <div className="alignment-body">
        <table className="alignment-table">
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Progress</th>
              <th scope="col">Health</th>
              <th scope="col">Key results (latest check-in)</th>
              <th scope="col">Investment</th>
            </tr>
          </thead>
          <tbody>
            {alignment.goals.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">
                  No goals yet. Add a goal with key results to see how the work lines up with it.
                </td>
              </tr>
            ) : (
              alignment.goals.slice(0, rowsMounted).map((row) => <GoalRow key={row.standing.goal.id} row={row} />)
            )}
          </tbody>
        </table>
        <aside className="alignment-flags" aria-label="Flags">
          {lists.map((list) => (
            <FlagList key={list.title} {...list} />
          ))}
        </aside>
      </div>
    </div>
  );
}
