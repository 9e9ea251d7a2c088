import { describe, expect, it } from 'vitest';
import { createTimeScale } from './time-scale';
import {
  clampPxPerDay,
  fitPxPerDay,
  headerTicks,
  unitLabel,
  weekendDays,
  zoomLevelAt,
  ZOOM_LEVELS,
  ZOOM_SPECS,
} from './zoom';

describe('zoom levels', () => {
  it('each preset density selects its own level', () => {
    for (const level of ZOOM_LEVELS) expect(zoomLevelAt(ZOOM_SPECS[level].pxPerDay).level).toBe(level);
  });
  it('snaps to days in week zoom, weeks in month zoom, months in quarter zoom', () => {
    expect([zoomLevelAt(20).snap, zoomLevelAt(4).snap, zoomLevelAt(1.5).snap]).toEqual(['day', 'week', 'month']);
  });
  it('clamps and fits densities', () => {
    expect(clampPxPerDay(1000)).toBe(48);
    expect(clampPxPerDay(0)).toBe(0.15);
    expect(fitPxPerDay(365, 730)).toBe(2);
  });
});

describe('header ticks', () => {
  it('labels fiscal quarters and years', () => {
    const scale = createTimeScale('2027-01-01', '2027-12-31', 1);
    expect(headerTicks(scale, 'quarter', 4).map((tick) => [tick.label, tick.start, tick.x])).toEqual([
      ['Q4', '2027-01-01', 0],
      ['Q1', '2027-04-01', 90],
      ['Q2', '2027-07-01', 181],
      ['Q3', '2027-10-01', 273],
    ]);
    expect(headerTicks(scale, 'year', 4).map((tick) => [tick.label, tick.x, tick.width])).toEqual([
      ['FY2027', 0, 90],
      ['FY2028', 90, 275],
    ]);
    expect(unitLabel('2027-01-01', 'year', 1)).toBe('2027');
    expect(unitLabel('2027-07-01', 'half', 1)).toBe('H2');
    expect(unitLabel('2027-03-08', 'week', 1)).toBe('Mar 8');
  });
  it('marks where a major unit begins', () => {
    const scale = createTimeScale('2027-11-01', '2028-02-29', 1);
    expect(headerTicks(scale, 'month', 1, 'year').map((tick) => tick.majorBoundary)).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
  it('finds weekend days', () => {
    expect(weekendDays(createTimeScale('2027-01-14', '2027-01-25', 10))).toEqual([
      '2027-01-16',
      '2027-01-17',
      '2027-01-23',
      '2027-01-24',
    ]);
  });
});
