import { describe, expect, it } from 'vitest';
import { changedKeysSince, PatchedMap } from './patched-map';

const base = () =>
  new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

describe('PatchedMap', () => {
  it('reads like the map with the changes applied, in Map order', () => {
    const previous = base();
    const next = PatchedMap.of(
      previous,
      new Map([
        ['b', 20],
        ['c', undefined],
        ['d', 4],
      ]),
    );
    expect([...next]).toEqual([
      ['a', 1],
      ['b', 20],
      ['d', 4],
    ]);
    expect(next.size).toBe(3);
    expect(next.get('b')).toBe(20);
    expect(next.get('c')).toBeUndefined();
    expect(next.has('c')).toBe(false);
    expect(next.has('d')).toBe(true);
    expect([...next.keys()]).toEqual(['a', 'b', 'd']);
    expect([...next.values()]).toEqual([1, 20, 4]);
    expect(new Map(next)).toEqual(new Map([...next]));
    // The map it was made from is untouched.
    expect([...previous]).toEqual([...base()]);
  });

  it('patches a patched map without losing earlier changes, and names what changed in each step', () => {
    const first = base();
    const second = PatchedMap.of(first, new Map([['a', 10]]));
    const third = PatchedMap.of(second, new Map([['b', undefined]]));
    expect([...third]).toEqual([
      ['a', 10],
      ['c', 3],
    ]);
    expect(changedKeysSince(third, second)).toEqual(new Set(['b']));
    expect(changedKeysSince(second, first)).toEqual(new Set(['a']));
    // Several steps (a reader that skipped a snapshot): what changed in any of them.
    expect(changedKeysSince(third, first)).toEqual(new Set(['a', 'b']));
    expect(changedKeysSince(third, third)).toEqual(new Set());
    // Not made from it (another map, or a later one): unknown, the reader recomputes in full.
    expect(changedKeysSince(third, base())).toBeNull();
    expect(changedKeysSince(second, third)).toBeNull();
  });

  it('does not know what changed across a copy flat (the chain ends there)', () => {
    const first = base();
    let map: ReadonlyMap<string, number> = PatchedMap.of(first, new Map([['a', 0]]));
    for (let round = 0; round < 600 && map instanceof PatchedMap; round++) {
      map = PatchedMap.of(map, new Map([[`k${round}`, round]]));
    }
    expect(map).not.toBeInstanceOf(PatchedMap);
    const next = PatchedMap.of(map, new Map([['b', 5]]));
    expect(changedKeysSince(next, map)).toEqual(new Set(['b']));
    expect(changedKeysSince(next, first)).toBeNull();
  });

  it('becomes a plain Map again once many patches pile up', () => {
    let map: ReadonlyMap<string, number> = base();
    for (let round = 0; round < 600; round++) map = PatchedMap.of(map, new Map([[`k${round}`, round]]));
    expect(map).toBeInstanceOf(PatchedMap);
    expect(map.size).toBe(603);
    expect(map.get('k599')).toBe(599);
    // Flattened somewhere on the way (every 512 patches), with everything kept.
    expect([...map.keys()].slice(0, 4)).toEqual(['a', 'b', 'c', 'k0']);
  });
});
