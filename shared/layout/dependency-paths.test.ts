import { describe, expect, it } from 'vitest';
import { dependencyArrows, type BarBox } from './dependency-paths';
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
      ['a', { left: 0, right: 100, middle: 17 }],
      ['b', { left: 140, right: 180, middle: 51 }],
      ['c', { left: 30, right: 60, middle: 85 }],
    ]);
    const deps = [
      { id: 'a->b', fromId: 'a', toId: 'b' },
      { id: 'a->c', fromId: 'a', toId: 'c' },
      { id: 'a->gone', fromId: 'a', toId: 'gone' },
    ] as Dependency[];
    expect(dependencyArrows(deps, initiatives, boxes)).toEqual([
      { id: 'a->b', path: 'M100,17 H108 V51 H140', violated: false, fromTitle: 'A', toTitle: 'B' },
      { id: 'a->c', path: 'M100,17 H108 V51 H22 V85 H30', violated: true, fromTitle: 'A', toTitle: 'C' },
    ]);
  });
});
