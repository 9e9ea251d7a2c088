import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../model/check-in';
import type { Goal } from '../model/goal';
import type { KeyResult } from '../model/key-result';
import { expectedProgress, goalStanding, keyResultPeriod, keyResultStanding, weakest, type PaceContext } from './pace';

const CONTEXT: PaceContext = { today: '2027-02-15', fiscalYearStartMonth: 1, staleAfterDays: 14, paceTolerance: 10 };

function goal(fields: Partial<Goal> = {}): Goal {
  return {
    id: 'g',
    problems: [],
    title: 'Goal',
    description: '',
    owner: 'Maya',
    startDate: null,
    dueDate: null,
    status: 'on-track',
    statusSetBy: 'check-ins',
    weight: 1,
    color: '#2563eb',
    parentId: null,
    order: 'a0',
    ...fields,
  };
}

function checkIns(...entries: [date: string, value: number, confidence?: CheckIn['confidence']][]): CheckIn[] {
  return entries.map(([date, value, confidence = 'on-track'], index) => ({
    id: `c${index}`,
    problems: [],
    keyResultId: 'kr',
    date,
    value,
    confidence,
    note: '',
    author: '',
    recordedAt: index,
  }));
}

function keyResult(fields: Partial<KeyResult> = {}, history: CheckIn[] = []): KeyResult {
  const latestCheckIn = history.at(-1) ?? null;
  const baseline = fields.baseline ?? 0;
  return {
    id: 'kr',
    problems: [],
    goalId: 'g',
    title: 'KR',
    unit: '',
    baseline,
    target: 100,
    dueDate: null,
    owner: '',
    weight: 1,
    order: 'a0',
    checkIns: history,
    latestCheckIn,
    current: latestCheckIn?.value ?? baseline,
    ...fields,
  };
}

describe('pace', () => {
  it('runs a key result’s period from its goal’s start to its due date, else its goal’s', () => {
    const owner = goal({ startDate: '2027-01-01', dueDate: '2027-12-31' });
    expect(keyResultPeriod(keyResult({ dueDate: '2027-06-30' }), owner, CONTEXT)).toEqual({
      start: '2027-01-01',
      end: '2027-06-30',
    });
    expect(keyResultPeriod(keyResult(), owner, CONTEXT)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(keyResultPeriod(keyResult(), goal(), CONTEXT)).toBeNull();
  });

  it('without a goal start, starts at the quarter’s start, or at an earlier first check-in', () => {
    const due = { dueDate: '2027-06-30' };
    expect(keyResultPeriod(keyResult(due), goal(), CONTEXT)?.start).toBe('2027-01-01');
    // Fiscal quarters from March: Dec–Feb holds Feb 15.
    expect(keyResultPeriod(keyResult(due), goal(), { ...CONTEXT, fiscalYearStartMonth: 3 })?.start).toBe('2026-12-01');
    const early = checkIns(['2026-11-20', 10], ['2027-01-10', 20]);
    expect(keyResultPeriod(keyResult(due, early), goal(), CONTEXT)?.start).toBe('2026-11-20');
    const late = checkIns(['2027-02-01', 10]);
    expect(keyResultPeriod(keyResult(due, late), goal(), CONTEXT)?.start).toBe('2027-01-01');
  });

  it('expects the elapsed share of the period, 0 before it and 100 after', () => {
    const period = { start: '2027-01-01', end: '2027-01-11' };
    expect(expectedProgress(period, '2027-01-06')).toBe(50);
    expect(expectedProgress(period, '2026-12-01')).toBe(0);
    expect(expectedProgress(period, '2027-01-11')).toBe(100);
    // Due before the period would start (a due date before the quarter): all or nothing at the due date.
    expect(expectedProgress({ start: '2027-03-01', end: '2027-02-01' }, '2027-02-15')).toBe(100);
    expect(expectedProgress({ start: '2027-03-01', end: '2027-02-01' }, '2027-01-15')).toBe(0);
  });

  it('is behind pace only beyond the tolerance, and never once met', () => {
    // Half of the period gone (Jan 1 → Mar 31 on Feb 15 is 46 of 89 days = 51.7%).
    const owner = goal({ startDate: '2027-01-01', dueDate: '2027-03-31' });
    const at = (value: number) => keyResultStanding(keyResult({}, checkIns(['2027-02-14', value])), owner, CONTEXT);
    expect(at(45).behindPace).toBe(false);
    expect(at(40).behindPace).toBe(true);
    expect(at(40).health).toBe('at-risk');
    expect(at(40).expected).toBeCloseTo((45 / 89) * 100, 5);
    const overdue = keyResultStanding(keyResult({}, checkIns(['2027-02-14', 100])), owner, {
      ...CONTEXT,
      today: '2027-05-01',
    });
    expect(overdue.behindPace).toBe(false);
  });

  it('works for decreasing targets and for a baseline equal to the target', () => {
    const owner = goal({ startDate: '2027-01-01', dueDate: '2027-03-31' });
    const churn = keyResultStanding(
      keyResult({ baseline: 4, target: 2 }, checkIns(['2027-02-14', 3.5])),
      owner,
      CONTEXT,
    );
    expect(churn.progress).toBe(25);
    expect(churn.behindPace).toBe(true);
    const flat = keyResultStanding(
      keyResult({ baseline: 50, target: 50 }, checkIns(['2027-02-14', 50])),
      owner,
      CONTEXT,
    );
    expect(flat.progress).toBe(100);
    expect(flat.behindPace).toBe(false);
  });

  it('marks a key result stale after the roadmap’s days without a check-in, and not before the first', () => {
    const stand = (date: string) => keyResultStanding(keyResult({}, checkIns([date, 10])), goal(), CONTEXT);
    expect(stand('2027-02-01').stale).toBe(false); // 14 days
    expect(stand('2027-01-31').stale).toBe(true); // 15 days
    expect(stand('2027-01-31').daysSinceCheckIn).toBe(15);
    expect(keyResultStanding(keyResult(), goal(), CONTEXT)).toMatchObject({ stale: false, daysSinceCheckIn: null });
  });
});

describe('roll-up', () => {
  const context = { ...CONTEXT, today: '2027-01-01' };

  it('weights key results, and counts each sub-goal as one key result unless weighted', () => {
    const stand = (value: number, weight = 1, confidence: CheckIn['confidence'] = 'on-track') =>
      keyResultStanding(keyResult({ weight }, checkIns(['2027-01-01', value, confidence])), goal(), context);
    const child = goalStanding(goal({ id: 'child', parentId: 'g' }), [stand(100)], [], context);
    expect(goalStanding(goal(), [stand(0), stand(60)], [], context).progress).toBe(30);
    expect(goalStanding(goal(), [stand(0, 3), stand(60)], [], context).progress).toBe(15);
    expect(goalStanding(goal(), [stand(0)], [child], context).progress).toBe(50);
    const heavyChild = { ...child, goal: { ...child.goal, weight: 3 } };
    expect(goalStanding(goal(), [stand(0)], [heavyChild], context).progress).toBe(75);
    // Weight 0 leaves an item out; nothing measurable gives no progress.
    expect(goalStanding(goal(), [stand(0, 0), stand(60)], [], context).progress).toBe(60);
    expect(goalStanding(goal(), [], [], context).progress).toBeNull();
  });

  it('rolls up through three levels of sub-goals', () => {
    const stand = (value: number) => keyResultStanding(keyResult({}, checkIns(['2027-01-01', value])), goal(), context);
    const leaf = goalStanding(goal({ id: 'leaf' }), [stand(90)], [], context);
    const middle = goalStanding(goal({ id: 'middle' }), [stand(30)], [leaf], context);
    const top = goalStanding(goal({ id: 'top' }), [], [middle], context);
    const root = goalStanding(goal({ id: 'root' }), [stand(0)], [top], context);
    expect(middle.progress).toBe(60);
    expect(top.progress).toBe(60);
    expect(root.progress).toBe(30);
  });

  it('takes the weakest health of key results and sub-goals, unless the owner set the status', () => {
    const stand = (confidence: CheckIn['confidence']) =>
      keyResultStanding(keyResult({}, checkIns(['2027-01-01', 50, confidence])), goal(), context);
    const child = goalStanding(goal({ id: 'child' }), [stand('off-track')], [], context);
    expect(weakest('on-track', 'at-risk')).toBe('at-risk');
    expect(weakest(null, 'on-track')).toBe('on-track');
    expect(goalStanding(goal(), [stand('on-track'), stand('at-risk')], [], context)).toMatchObject({
      health: 'at-risk',
      status: 'at-risk',
      statusSource: 'check-ins',
    });
    expect(goalStanding(goal(), [stand('on-track')], [child], context).health).toBe('off-track');
    const owned = goalStanding(goal({ statusSetBy: 'owner', status: 'achieved' }), [stand('at-risk')], [], context);
    expect(owned).toMatchObject({ health: 'at-risk', status: 'achieved', statusSource: 'owner' });
    // No check-ins yet: the owner's status shows.
    expect(goalStanding(goal({ status: 'on-track' }), [], [], context)).toMatchObject({
      health: null,
      status: 'on-track',
      statusSource: 'owner',
    });
  });

  it('puts a goal behind pace from its rolled-up progress and expected pace', () => {
    const owner = goal({ startDate: '2027-01-01', dueDate: '2027-03-31' });
    const mid = { ...CONTEXT, today: '2027-02-15' };
    const stand = (value: number) => keyResultStanding(keyResult({}, checkIns(['2027-02-14', value])), owner, mid);
    expect(goalStanding(owner, [stand(48), stand(52)], [], mid).behindPace).toBe(false);
    const behind = goalStanding(owner, [stand(30), stand(40)], [], mid);
    expect(behind.behindPace).toBe(true);
    expect(behind.health).toBe('at-risk');
  });
});
