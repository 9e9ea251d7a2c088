import { describe, expect, it } from 'vitest';
import { createTimeScale, type ScheduledInitiative } from '../../shared';
import { barsInView } from './bars-in-view';
import { markWidth } from './compared-bars';

const bar = (id: string, title: string, startDate: string, endDate: string) =>
  ({ id, title, startDate, endDate }) as unknown as ScheduledInitiative;

// Year zoom: about a third of a pixel a day, so a quarter-long bar is ~30 px, too short for its title.
const scale = createTimeScale('2027-01-01', '2028-12-31', 0.35);
const labelOf = (placed: ReturnType<typeof barsInView>, id: string) =>
  placed.find((entry) => entry.initiative.id === id)!.outsideLabel;

describe('barsInView: where a short bar’s title goes', () => {
  it('keeps a title inside a bar long enough to show it', () => {
    const placed = barsInView([bar('a', 'Pilot', '2027-01-01', '2027-12-31')], [0], scale, 0, scale.width);
    expect(labelOf(placed, 'a')).toBeNull();
  });

  it('puts it after a short bar, up to the next bar in the row', () => {
    const placed = barsInView(
      [bar('a', 'Onboarding checklist', '2027-01-01', '2027-03-31'), bar('b', 'Next', '2027-12-01', '2028-06-30')],
      [0, 0],
      scale,
      0,
      scale.width,
    );
    const label = labelOf(placed, 'a')!;
    expect(label.side).toBe('after');
    expect(label.width).toBeGreaterThanOrEqual(40);
  });

  it('puts it before the bar when more of it shows there (the end of the timeline)', () => {
    const placed = barsInView([bar('a', 'Year-end review', '2028-11-15', '2028-12-31')], [0], scale, 0, scale.width);
    expect(labelOf(placed, 'a')!.side).toBe('before');
  });

  it('shows none when neither side has readable room', () => {
    const placed = barsInView(
      [
        bar('a', 'First', '2027-01-01', '2027-02-28'),
        bar('b', 'Squeezed between', '2027-03-01', '2027-03-31'),
        bar('c', 'Third', '2027-04-01', '2027-06-30'),
      ],
      [0, 0, 0],
      scale,
      0,
      scale.width,
    );
    expect(labelOf(placed, 'b')).toBeNull();
  });

  it('leaves room after a changed bar for its mark, and counts a neighbour’s ghost as taken', () => {
    const a = bar('a', 'Onboarding checklist', '2027-01-01', '2027-03-31');
    const b = bar('b', 'Next', '2028-03-01', '2028-06-30');
    const plain = labelOf(barsInView([a, b], [0, 0], scale, 0, scale.width), 'a')!;
    expect(plain.width).toBeLessThan(180); // the room up to b, not the most a title may take
    const mark = { was: null, text: '+12 d', tone: 'slipped' as const, markDays: 0 };
    const marked = labelOf(barsInView([a, b], [0, 0], scale, 0, scale.width, new Map([['a', mark]])), 'a')!;
    expect(plain.width - marked.width).toBeCloseTo(markWidth('+12 d'));
    // b was in the summer: its ghost takes the room a's title had up to b.
    const ghost = {
      was: { startDate: '2027-06-01', endDate: '2027-07-31' },
      text: '+6 mo',
      tone: 'slipped' as const,
      markDays: 0,
    };
    const crowded = labelOf(barsInView([a, b], [0, 0], scale, 0, scale.width, new Map([['b', ghost]])), 'a');
    expect(crowded === null || crowded.width < plain.width).toBe(true);
  });
});
