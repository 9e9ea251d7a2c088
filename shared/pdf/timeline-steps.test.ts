import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative } from '../commands';
import { selectLanes } from '../read-model/lanes';
import { RoadmapStore } from '../read-model/roadmap-store';
import { newRoadmapDoc } from '../testing/roadmap-doc';
import { STATUS_COLORS } from '../layout/colors';
import { pdfOptionsSchema } from './options';
import { barColors, printedLanes, teamPaletteOf } from './timeline-pages';

function roadmap() {
  const doc = newRoadmapDoc();
  const goalId = createGoal(doc, { title: 'Quiet goal', color: '#16a34a' });
  createInitiative(doc, {
    title: 'Loose',
    goalId: null,
    startDate: '2027-03-01',
    endDate: '2027-03-31',
    status: 'at-risk',
  });
  const snapshot = new RoadmapStore(doc).getSnapshot();
  return { snapshot, lanes: selectLanes(snapshot), goalId };
}

describe('timeline steps', () => {
  it('prints every goal lane, and Unaligned only when something of it is in the range', () => {
    const { lanes } = roadmap();
    expect(printedLanes(lanes, '2027-01-01', '2027-12-31').map((lane) => lane.key)).toHaveLength(2);
    const outside = printedLanes(lanes, '2028-01-01', '2028-12-31');
    expect(outside.map((lane) => lane.goal?.title ?? 'Unaligned')).toEqual(['Quiet goal']);
  });

  it('colors a bar by its goal, its status or its team, as the export asks', () => {
    const { snapshot, lanes } = roadmap();
    const unaligned = lanes.at(-1)!;
    const loose = unaligned.initiatives[0]!;
    const byStatus = barColors(
      pdfOptionsSchema.parse({ asOf: '2027-01-15', colorBy: 'status' }),
      teamPaletteOf(snapshot),
    );
    expect(byStatus(unaligned, loose)).toBe(STATUS_COLORS['at-risk']);
    const byGoal = barColors(pdfOptionsSchema.parse({ asOf: '2027-01-15' }), teamPaletteOf(snapshot));
    expect(byGoal(lanes[0]!, loose)).toBe('#16a34a');
    expect(byGoal(unaligned, loose)).toBe('#64748b');
  });
});
