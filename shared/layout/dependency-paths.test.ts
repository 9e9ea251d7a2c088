import { describe, expect, it } from 'vitest';
import { dependencyArrows, dependencyRoute, type BarBox } from './dependency-paths';
import { isViolated } from '../model/dependency';
import type { Initiative } from '../model/initiative';
import type { Dependency } from '../model/dependency';

const initiative = (id: string, startDate: string, endDate: string) =>
  ({ id, title: id.toUpperCase(), startDate, endDate }) as Initiative;

describe('dependencies on the canvas', () => {
  it('is violated when the successor starts on or before the predecessor’s inclusive end', () => {
    const a = initiative('a', '2027-01-01', '2027-01-31');
    expect(isViolated(a, initiative('b', '2027-02-01', '2027-02-10'))).toBe(false);
    expect(isViolated(a, initiative('b', '2027-01-31', '2027-02-10'))).toBe(true);
    expect(isViolated(a, initiative('b', '2026-12-01', '2027-02-10'))).toBe(true);
  });

  it('routes arrows from end to start, around when the successor starts further left', () => {
    const initiatives = new Map([
      ['a', initiative('a', '2027-01-01', '2027-01-31')],
      ['b', initiative('b', '2027-02-10', '2027-02-20')],
      ['c', initiative('c', '2027-01-10', '2027-01-20')],
    ]);
    const boxes = new Map<string, BarBox>([
      ['a', { left: 0, right: 100, middle: 17, halfHeight: 13 }],
      ['b', { left: 140, right: 180, middle: 51, halfHeight: 13 }],
      ['c', { left: 30, right: 60, middle: 85, halfHeight: 13 }],
    ]);
    const deps = [
      { id: 'a->b', fromId: 'a', toId: 'b' },
      { id: 'a->c', fromId: 'a', toId: 'c' },
      { id: 'a->gone', fromId: 'a', toId: 'gone' },
    ] as Dependency[];
    expect(dependencyArrows(deps, initiatives, boxes)).toEqual([
      { id: 'a->b', path: 'M100,17 H108 V51 H140', violated: false, fromTitle: 'A', toTitle: 'B' },
      // c starts over a: straight down out of a's lower edge, then in.
      { id: 'a->c', path: 'M22,30 V85 H30', violated: true, fromTitle: 'A', toTitle: 'C' },
    ]);
  });

  it('goes around when the successor starts before the predecessor, half-way across a narrow gap', () => {
    const from: BarBox = { left: 100, right: 200, middle: 50, halfHeight: 10 };
    expect(dependencyRoute(from, { left: 90, right: 300, middle: 20, halfHeight: 10 }, 8)).toEqual([
      [200, 50],
      [208, 50],
      [208, 35],
      [82, 35],
      [82, 20],
      [90, 20],
    ]);
    // Back to back in one row: straight across.
    expect(dependencyRoute(from, { left: 203, right: 300, middle: 50, halfHeight: 10 }, 8)).toEqual([
      [200, 50],
      [203, 50],
    ]);
    // One right after the other: out of the predecessor's upper edge, up, in.
    expect(dependencyRoute(from, { left: 200, right: 300, middle: 20, halfHeight: 10 }, 8)).toEqual([
      [192, 40],
      [192, 20],
      [200, 20],
    ]);
    expect(dependencyRoute(from, { left: 212, right: 300, middle: 80, halfHeight: 10 }, 8)).toEqual([
      [200, 50],
      [206, 50],
      [206, 80],
      [212, 80],
    ]);
  });
});
