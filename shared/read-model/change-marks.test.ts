import { describe, expect, it } from 'vitest';
import type { Initiative } from '../model/initiative';
import { changeMarkOf } from './change-marks';
import { pointsLabel, shiftLabel } from './change-text';
import type { InitiativeChange } from './changes';

const base = {
  id: 'a',
  title: 'Checklist',
  goalId: 'g1',
  startDate: '2027-01-04',
  endDate: '2027-01-29',
  status: 'planned',
} as unknown as Initiative;

function change(after: Partial<Initiative> | null, before: Initiative | null = base): InitiativeChange {
  const now = after === null ? null : ({ ...base, ...after } as Initiative);
  const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
  const startShift = before && now ? days(before.startDate!, now.startDate!) : 0;
  const endShift = before && now ? days(before.endDate!, now.endDate!) : 0;
  const fields = before && now ? (Object.keys(after!) as (keyof Initiative & string)[]) : [];
  return {
    id: 'a',
    kind: !before ? 'added' : !now ? 'removed' : 'changed',
    before,
    after: now,
    startShift,
    endShift,
    scheduling: null,
    slipped: endShift > 0,
    realigned: fields.includes('goalId'),
    statusChanged: fields.includes('status'),
    fields,
  };
}

const goalTitle = (id: string | null) => (id === 'g1' ? 'Activation' : id === null ? 'Unaligned' : 'Retention');

describe('the timeline’s change marks', () => {
  it('writes shifts and points with a true minus sign', () => {
    expect(shiftLabel(12)).toBe('+12 d');
    expect(shiftLabel(-5)).toBe('\u22125 d');
    expect(pointsLabel(20.4, 28.4)).toBe('+8 pts');
    expect(pointsLabel(30, 27)).toBe('\u22123 pts');
    expect(pointsLabel(40.2, 39.8)).toBe('\u00b10 pts');
  });

  it('marks a slip by its end, with a ghost where the bar was', () => {
    const mark = changeMarkOf(change({ startDate: '2027-01-11', endDate: '2027-02-12' }), goalTitle)!;
    expect(mark).toEqual({
      was: { startDate: '2027-01-04', endDate: '2027-01-29' },
      text: '+14 d',
      tone: 'slipped',
    });
  });

  it('marks an earlier end, and a start that moved alone', () => {
    expect(changeMarkOf(change({ endDate: '2027-01-24' }), goalTitle)).toMatchObject({
      text: '\u22125 d',
      tone: 'earlier',
    });
    expect(changeMarkOf(change({ startDate: '2027-01-07' }), goalTitle)).toMatchObject({
      text: 'starts +3 d',
      tone: 'slipped',
    });
  });

  it('says from which goal a bar moved, with its shift', () => {
    expect(changeMarkOf(change({ goalId: 'g2' }), goalTitle)).toEqual({
      was: null,
      text: 'from Activation',
      tone: 'moved',
    });
    expect(changeMarkOf(change({ goalId: 'g2', endDate: '2027-02-05' }), goalTitle)).toMatchObject({
      text: '+7 d \u00b7 from Activation',
      tone: 'slipped',
    });
  });

  it('marks a new bar, any other edit, and nothing for a removed one', () => {
    expect(changeMarkOf(change({}, null), goalTitle)).toEqual({ was: null, text: 'new', tone: 'added' });
    expect(changeMarkOf(change({ title: 'Renamed' }), goalTitle)).toEqual({
      was: null,
      text: 'changed',
      tone: 'changed',
    });
    expect(changeMarkOf(change(null), goalTitle)).toBeNull();
  });

  it('draws the ghost of a bar whose end was before its start as one day', () => {
    const broken = { ...base, endDate: '2027-01-01' } as Initiative;
    expect(changeMarkOf(change({ endDate: '2027-01-20' }, broken), goalTitle)!.was).toEqual({
      startDate: '2027-01-04',
      endDate: '2027-01-04',
    });
  });
});
