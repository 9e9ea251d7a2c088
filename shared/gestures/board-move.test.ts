import { describe, expect, it } from 'vitest';
import { boardCellId, boardCellOf, boardDrop, neighbourBoardCell } from './board-move';
import { horizonsAt } from '../read-model/horizons';
import { UNALIGNED_LANE } from '../read-model/lanes';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { createGoal } from '../commands/goals';
import { createKeyResult } from '../commands/key-results';
import { createInitiative } from '../commands/initiatives';
import { RoadmapStore } from '../read-model/roadmap-store';

const horizons = horizonsAt('2027-01-16', 'quarter', 1);

function board() {
  const doc = newRoadmapDoc();
  const grow = createGoal(doc, { title: 'Grow activation' });
  const retain = createGoal(doc, { title: 'Improve retention' });
  const rate = createKeyResult(doc, { goalId: grow, title: 'Week-1 activation rate', baseline: 0, target: 40 });
  const checklist = createInitiative(doc, {
    title: 'Onboarding checklist',
    goalId: grow,
    startDate: '2027-01-01',
    endDate: '2027-03-31',
    keyResultIds: [rate],
  });
  const tour = createInitiative(doc, { title: 'Tour', goalId: retain, startDate: '2027-02-01', endDate: '2027-02-28' });
  const read = () => new RoadmapStore(doc).getSnapshot();
  return { doc, grow, retain, rate, checklist, tour, read };
}

describe('dropping cards on the board', () => {
  it('names cells for dnd-kit and reads the names back', () => {
    expect(boardCellOf(boardCellId({ horizon: 'next', laneKey: 'goal|1' }))).toEqual({
      horizon: 'next',
      laneKey: 'goal|1',
    });
    expect(boardCellOf('soon|goal')).toBeNull();
    expect(boardCellOf('now')).toBeNull();
  });

  it('moves a card to Next and another goal in one call: Next’s start, the same length, the new goal', () => {
    const { doc, grow, retain, rate, checklist, read } = board();
    const item = read().initiatives.get(checklist)!;
    const drop = boardDrop(
      [item],
      { laneKey: grow, horizon: 'now' },
      { laneKey: retain, horizon: 'next' },
      horizons,
      read().goals,
    )!;
    expect(drop.input).toEqual([{ id: checklist, goalId: retain, startDate: '2027-04-01' }]);
    drop.command(doc, drop.input);
    expect(read().initiatives.get(checklist)).toMatchObject({
      goalId: retain,
      startDate: '2027-04-01',
      endDate: '2027-06-29', // 90 days, as Jan 1 – Mar 31
    });
    expect(read().initiatives.get(checklist)!.keyResultIds).not.toContain(rate);
  });

  it('changes only the goal within a column, only the dates within a row, and nothing in place', () => {
    const { grow, retain, checklist, read } = board();
    const item = read().initiatives.get(checklist)!;
    const { goals } = read();
    const now = { laneKey: grow, horizon: 'now' } as const;
    expect(boardDrop([item], now, { laneKey: UNALIGNED_LANE, horizon: 'now' }, horizons, goals)!.input).toEqual([
      { id: checklist, goalId: null },
    ]);
    expect(boardDrop([item], now, { laneKey: grow, horizon: 'later' }, horizons, goals)!.input).toEqual([
      { id: checklist, startDate: '2027-07-01' },
    ]);
    expect(boardDrop([item], now, now, horizons, goals)).toBeNull();
    expect(boardDrop([item], now, { laneKey: retain, horizon: 'now' }, horizons, goals)!.input).toEqual([
      { id: checklist, goalId: retain },
    ]);
  });

  it('moves a selection together, leaving each card’s goal or dates where they already are', () => {
    const { grow, retain, checklist, tour, read } = board();
    const { initiatives, goals } = read();
    const items = [initiatives.get(checklist)!, initiatives.get(tour)!];
    const drop = boardDrop(
      items,
      { laneKey: grow, horizon: 'now' },
      { laneKey: retain, horizon: 'next' },
      horizons,
      goals,
    )!;
    expect(drop.input).toEqual([
      { id: checklist, goalId: retain, startDate: '2027-04-01' },
      { id: tour, startDate: '2027-04-01' },
    ]);
  });

  it('steps a picked-up card between horizons with left and right, between rows with up and down', () => {
    const rows = ['g1', 'g2', UNALIGNED_LANE];
    const at = { laneKey: 'g1', horizon: 'now' } as const;
    expect(neighbourBoardCell(at, 'ArrowRight', rows)).toEqual({ laneKey: 'g1', horizon: 'next' });
    expect(neighbourBoardCell({ ...at, horizon: 'later' }, 'ArrowRight', rows)).toBeNull();
    expect(neighbourBoardCell(at, 'ArrowLeft', rows)).toBeNull();
    expect(neighbourBoardCell(at, 'ArrowDown', rows)).toEqual({ laneKey: 'g2', horizon: 'now' });
    expect(neighbourBoardCell({ ...at, laneKey: UNALIGNED_LANE }, 'ArrowDown', rows)).toBeNull();
    expect(neighbourBoardCell(at, 'ArrowUp', rows)).toBeNull();
    expect(neighbourBoardCell({ ...at, laneKey: 'gone' }, 'ArrowUp', rows)).toBeNull();
    expect(neighbourBoardCell(at, 'KeyA', rows)).toBeNull();
  });
});
