import { describe, expect, it } from 'vitest';
import { createGoals } from '../commands/goals';
import { createInitiatives } from '../commands/initiatives';
import { createMilestone } from '../commands/milestones';
import { layoutLanes, type LaneMetrics } from '../layout/lane-layout';
import { createTimeScale } from '../layout/time-scale';
import { selectLanes, UNALIGNED_LANE } from '../read-model/lanes';
import { RoadmapStore } from '../read-model/roadmap-store';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import {
  connectDrop,
  connectPreview,
  createDrop,
  createPreview,
  keyboardStep,
  laneAtY,
  laneReorderDrop,
  laneReorderPreview,
  milestoneDrop,
  milestonePreview,
  moveDrop,
  movePreview,
  placeOf,
  resizeDrop,
  resizePreview,
  targetLaneKey,
  type GestureContext,
  type GestureOrigin,
} from '.';
import type { PlacedInitiative } from './preview';

const METRICS: LaneMetrics = {
  rowHeight: 34,
  barHeight: 24,
  lanePadding: 8,
  milestoneBand: 26,
  minLaneHeight: 76,
  collapsedHeight: 36,
};
// Month zoom: 4 px a day, moves snap to weeks (Mondays).
const PX_PER_DAY = 4;

/** Two goals: Alpha holds two bars side by side in one row, Beta a long bar; and a milestone on Alpha. */
function world() {
  const doc = newRoadmapDoc();
  const [alpha, beta] = createGoals(doc, [{ title: 'Alpha' }, { title: 'Beta' }]);
  const [long, first, second] = createInitiatives(doc, [
    { title: 'Long', goalId: beta!, startDate: '2027-01-04', endDate: '2027-03-26' },
    { title: 'First', goalId: alpha!, startDate: '2027-01-04', endDate: '2027-01-15' },
    { title: 'Second', goalId: alpha!, startDate: '2027-02-01', endDate: '2027-02-12' },
  ]);
  const milestoneId = createMilestone(doc, { title: 'Review', goalId: alpha!, date: '2027-02-15' });
  const store = new RoadmapStore(doc);
  const context = (): GestureContext => ({
    scale: createTimeScale('2026-12-28', '2027-12-31', PX_PER_DAY),
    layouts: layoutLanes(selectLanes(store.getSnapshot()), METRICS).layouts,
    fiscalYearStartMonth: 1,
  });
  const origin = (kind: GestureOrigin['kind'], ids: string[], extra: Partial<GestureOrigin> = {}): GestureOrigin => {
    const ctx = context();
    const items = ids.map(
      (id) => ({ ...store.getSnapshot().initiatives.get(id)!, ...placeOf(ctx.layouts, id)! }) as PlacedInitiative,
    );
    return {
      kind,
      laneKey: items[0]?.laneKey ?? alpha!,
      items,
      milestone: null,
      anchorDate: null,
      pointer: null,
      ...extra,
    };
  };
  const initiativeOf = (id: string) => store.getSnapshot().initiatives.get(id);
  return {
    doc,
    store,
    alpha: alpha!,
    beta: beta!,
    first: first!,
    second: second!,
    long: long!,
    milestoneId,
    context,
    origin,
    initiativeOf,
  };
}

/** The middle of a lane, relative to the middle of the lane a keyboard drag starts in. */
function laneOffset(context: GestureContext, from: string, to: string): number {
  const middle = (key: string) => {
    const layout = context.layouts.find((candidate) => candidate.lane.key === key)!;
    return layout.top + layout.height / 2;
  };
  return middle(to) - middle(from);
}

describe('move', () => {
  it('snaps the dragged bar to a week, moves the selection by the same days, and keeps each duration', () => {
    const w = world();
    const origin = w.origin('move', [w.first, w.second]);
    // 9 days right, snapped to the next Monday: a week.
    const preview = movePreview(origin, { x: 9 * PX_PER_DAY, y: 0 }, w.context(), w.initiativeOf);
    expect(preview.ghosts.map((ghost) => [ghost.startDate, ghost.endDate])).toEqual([
      ['2027-01-11', '2027-01-22'],
      ['2027-02-08', '2027-02-19'],
    ]);
    const drop = moveDrop(origin, preview)!;
    expect(drop.input).toEqual([
      { id: w.first, startDate: '2027-01-11' },
      { id: w.second, startDate: '2027-02-08' },
    ]);
  });

  it('lays out ghosts with the lanes’ own packer: the preview row is the row the bar lands in', () => {
    const w = world();
    // "Second" onto Beta, overlapping "Long" (which comes first in lane order): it lands in the second row,
    // where a guess from its place in the selection (index 0) would have drawn it over "Long".
    const context = w.context();
    const origin = w.origin('move', [w.second]);
    const preview = movePreview(origin, { x: 0, y: laneOffset(context, w.alpha, w.beta) }, context, w.initiativeOf);
    expect(preview.laneKey).toBe(w.beta);
    const drop = moveDrop(origin, preview)!;
    drop.command(w.doc, drop.input as never);
    const landed = placeOf(w.context().layouts, w.second)!;
    expect(landed).toEqual({ laneKey: w.beta, row: preview.ghosts[0]!.row });
    expect(landed.row).toBe(1);
  });

  it('drops nothing when nothing moved', () => {
    const w = world();
    const origin = w.origin('move', [w.first]);
    expect(moveDrop(origin, movePreview(origin, { x: 1, y: 0 }, w.context(), w.initiativeOf))).toBeNull();
  });
});

describe('resize, create, milestone, connect, lane', () => {
  it('resizes an edge to the snap unit, never before the start', () => {
    const w = world();
    const origin = w.origin('resize-end', [w.first]);
    expect(resizePreview(origin, { x: 7 * PX_PER_DAY, y: 0 }, w.context()).ghosts[0]).toMatchObject({
      startDate: '2027-01-04',
      endDate: '2027-01-24',
    });
    const squashed = resizePreview(origin, { x: -100 * PX_PER_DAY, y: 0 }, w.context());
    expect(squashed.ghosts[0]).toMatchObject({ startDate: '2027-01-04', endDate: '2027-01-04' });
    expect(resizeDrop(origin, squashed)?.input).toEqual({
      id: w.first,
      changes: { startDate: '2027-01-04', endDate: '2027-01-04' },
    });
  });

  it('draws a new initiative over whole weeks, in a free row of its lane', () => {
    const w = world();
    const origin = w.origin('create', [], { laneKey: w.beta, anchorDate: '2027-02-03' });
    const preview = createPreview(origin, { x: 10 * PX_PER_DAY, y: 0 }, w.context());
    expect(preview.ghosts[0]).toMatchObject({ startDate: '2027-02-01', endDate: '2027-02-14', row: 1 });
    expect(createDrop(origin, preview).input).toMatchObject({ goalId: w.beta, startDate: '2027-02-01' });
    // Lanes packed with room for titles beside short bars read each bar's title: the new one has its own.
    const withTitles = {
      ...w.context(),
      layouts: layoutLanes(
        selectLanes(w.store.getSnapshot()),
        METRICS,
        () => false,
        [],
        1,
        (bar) => bar.title.length,
      ).layouts,
    };
    expect(createPreview(origin, { x: 10 * PX_PER_DAY, y: 0 }, withTitles).ghosts[0]?.title).toBe('New initiative');
  });

  it('moves a milestone in time and to another lane, from the keyboard too', () => {
    const w = world();
    const milestone = w.store.getSnapshot().milestones.get(w.milestoneId)!;
    const context = w.context();
    const origin = w.origin('milestone', [], { laneKey: w.alpha, milestone });
    const preview = milestonePreview(
      origin,
      { x: 7 * PX_PER_DAY, y: laneOffset(context, w.alpha, UNALIGNED_LANE) },
      context,
    );
    expect(preview.milestone).toMatchObject({ date: '2027-02-22', laneKey: UNALIGNED_LANE });
    expect(milestoneDrop(origin, preview)?.input).toEqual({
      id: w.milestoneId,
      changes: { date: '2027-02-22', goalId: null },
    });
  });

  it('connects to another bar, never to itself', () => {
    const w = world();
    const origin = w.origin('connect', [w.first], { pointer: { x: 50, y: 20 } });
    const box = { left: 0, right: 48, middle: 20, halfHeight: 12 };
    expect(connectDrop(origin, connectPreview(origin, { x: 10, y: 0 }, box, w.first))).toBeNull();
    const toSecond = connectPreview(origin, { x: 100, y: 0 }, box, w.second);
    expect(toSecond.link).toMatchObject({ x1: 48, y1: 20, x2: 150, targetId: w.second });
    expect(connectDrop(origin, toSecond)?.input).toEqual({ fromId: w.first, toId: w.second });
  });

  it('reorders a goal lane after its sibling', () => {
    const w = world();
    const context = w.context();
    const beta = context.layouts.find((layout) => layout.lane.key === w.beta)!;
    const origin = w.origin('lane', [], { laneKey: w.alpha, pointer: { x: 0, y: 5 } });
    const preview = laneReorderPreview(origin, { x: 0, y: beta.top + beta.height - 10 - 5 }, context);
    expect(laneReorderDrop(origin, preview)?.input).toEqual({ id: w.alpha, afterId: w.beta, beforeId: null });
  });
});

describe('keyboard steps', () => {
  it('steps a snap unit across and a lane down, counting every press from the last', () => {
    const w = world();
    const context = w.context();
    const right = keyboardStep('ArrowRight', { x: 0, y: 0 }, context, { laneKey: w.alpha, offsetY: 0 })!;
    expect(right.x).toBeCloseTo(7 * PX_PER_DAY, 0);
    const down = keyboardStep('ArrowDown', right, context, { laneKey: w.alpha, offsetY: 0 })!;
    const again = keyboardStep('ArrowDown', down, context, { laneKey: w.alpha, offsetY: down.offsetY })!;
    expect(down.offsetY).toBe(laneOffset(context, w.alpha, w.beta));
    expect(again.offsetY).toBe(laneOffset(context, w.alpha, UNALIGNED_LANE));
    // Past the last lane: nowhere further.
    expect(keyboardStep('ArrowDown', again, context, { laneKey: w.alpha, offsetY: again.offsetY })!.y).toBe(again.y);
    expect(keyboardStep('KeyA', again, context, { laneKey: w.alpha, offsetY: 0 })).toBeUndefined();
  });
});

describe('lane hit-testing', () => {
  it('finds the lane under a canvas y from the layout that draws it, clamped to the first and last lane', () => {
    const w = world();
    const { layouts } = w.context();
    const [alpha, beta, unaligned] = layouts;
    expect(laneAtY(layouts, alpha!.top)?.lane.key).toBe(w.alpha);
    expect(laneAtY(layouts, alpha!.top + alpha!.height - 1)?.lane.key).toBe(w.alpha);
    expect(laneAtY(layouts, beta!.top)?.lane.key).toBe(w.beta);
    expect(laneAtY(layouts, -500)?.lane.key).toBe(w.alpha);
    expect(laneAtY(layouts, unaligned!.top + unaligned!.height + 500)?.lane.key).toBe(UNALIGNED_LANE);
    expect(laneAtY([], 10)).toBeUndefined();
  });

  it('targets the lane under the pointer, or for the keyboard the lane as far as the keys moved', () => {
    const w = world();
    const context = w.context();
    const beta = context.layouts.find((layout) => layout.lane.key === w.beta)!;
    const pointer = w.origin('move', [w.first], { pointer: { x: 40, y: 20 } });
    expect(targetLaneKey(pointer, { x: 0, y: 0 }, context)).toBe(w.alpha);
    expect(targetLaneKey(pointer, { x: 0, y: beta.top + 1 - 20 }, context)).toBe(w.beta);
    const keyboard = w.origin('move', [w.first]);
    expect(targetLaneKey(keyboard, { x: 0, y: laneOffset(context, w.alpha, w.beta) }, context)).toBe(w.beta);
    expect(targetLaneKey(keyboard, { x: 0, y: 0 }, context)).toBe(w.alpha);
  });
});
