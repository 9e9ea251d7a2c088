import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative, createMilestone } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema } from './options';
import { planPdf, type TimelinePage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

describe('PDF today line', () => {
  it('stops short of every label it would cross, and runs on past them', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    // Today is 2027-01-15: a milestone's name and a short bar's title beside it both run across that day.
    createMilestone(doc, { title: 'Quarterly business review', goalId, date: '2027-01-10' });
    createInitiative(doc, { title: 'Customer interviews', goalId, startDate: '2027-01-05', endDate: '2027-01-09' });
    createInitiative(doc, { title: 'Long work', goalId, startDate: '2027-01-01', endDate: '2027-09-30' });
    const [page] = planPdf(
      new RoadmapStore(doc).getSnapshot(),
      pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { title: false, appendix: false } }),
      measure,
    ).pages as TimelinePage[];
    const x = page!.todayX!;
    const labels = [
      ...page!.bars.flatMap((bar) => (bar.label ? [bar.label] : [])),
      ...page!.milestones.flatMap((milestone) => (milestone.label ? [milestone.label] : [])),
    ];
    const crossed = labels.filter((label) => label.x <= x && x <= label.x + measure(label.text, label.size));
    expect(crossed.map((label) => label.text)).toEqual(
      expect.arrayContaining(['Customer interviews', 'Quarterly business review']),
    );
    for (const label of crossed) {
      for (const [top, bottom] of page!.todaySegments)
        expect(top < label.y + label.size && label.y < bottom, `the line crosses "${label.text}"`).toBe(false);
    }
    // It still reaches from the time header to the bottom of the lanes, but for the gaps.
    expect(page!.todaySegments[0]![0]).toBe(page!.headerY + 28);
    expect(page!.todaySegments.at(-1)![1]).toBe(page!.bottom);
  });
});
