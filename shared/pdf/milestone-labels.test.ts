import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createGoal, createInitiative, createMilestone } from '../commands';
import { RoadmapStore } from '../read-model/roadmap-store';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, type TimelinePage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide. */
const measure: MeasureText = (text, size) => [...text].length * size * 0.55;

function timelineOf(doc: Y.Doc, options: Omit<PdfOptionsInput, 'asOf'> = {}): TimelinePage[] {
  const plan = planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-01-15', sections: { title: false, appendix: false }, ...options }),
    measure,
  );
  return plan.pages.filter((page): page is TimelinePage => page.kind === 'timeline');
}

/** Every milestone's name, whole, in some label; no label overlapping another label, a diamond or a bar. */
function expectAllNamed(page: TimelinePage, names: readonly string[]) {
  const labels = page.milestones.flatMap((milestone) => (milestone.label ? [milestone.label] : []));
  const parts = labels.flatMap((label) => label.text.split(' · '));
  for (const name of names) expect(parts).toContain(name);
  expect(labels.some((label) => label.text.includes('…'))).toBe(false);
  const boxes = [
    ...labels.map((label) => ({
      what: label.text,
      x0: label.x,
      x1: label.x + measure(label.text, label.size),
      y0: label.y,
      y1: label.y + label.size,
    })),
    ...page.milestones.map((milestone) => ({
      what: 'diamond',
      x0: milestone.x - 4,
      x1: milestone.x + 4,
      y0: milestone.y - 4,
      y1: milestone.y + 4,
    })),
    ...page.bars.map((bar) => ({ what: 'bar', x0: bar.x, x1: bar.x + bar.width, y0: bar.y, y1: bar.y + 11 })),
  ];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.what === 'diamond' && b.what === 'diamond') continue;
      if (a.what === 'bar' && b.what === 'bar') continue;
      const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      expect(overlap, `"${a.what}" overlaps "${b.what}"`).toBe(false);
    }
  }
}

describe('PDF milestone labels', () => {
  it('names every one of four milestones within four days, whole, on lines under the diamonds', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Launch' });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-01-01', endDate: '2027-12-31' });
    const names = ['Press release', 'Partner briefing', 'Launch event', 'Pricing live'];
    names.forEach((title, index) => createMilestone(doc, { title, goalId, date: `2027-03-0${index + 1}` }));
    createMilestone(doc, { title: 'Kickoff', goalId, date: '2027-01-04' });
    for (const pageSize of ['A4', 'A3'] as const) {
      for (const orientation of ['landscape', 'portrait'] as const) {
        const [page] = timelineOf(doc, { pageSize, orientation });
        expectAllNamed(page!, [...names, 'Kickoff']);
        expect(page!.milestones).toHaveLength(5);
      }
    }
    // The band grows for the lines under the diamonds; the bars start below it.
    const [page] = timelineOf(doc);
    const lowest = Math.max(...page!.milestones.map((milestone) => milestone.label?.y ?? 0));
    expect(page!.bars[0]!.y).toBeGreaterThan(lowest + 7.5);
  });

  it('keeps a long name whole next to a close short one', () => {
    const doc = new Y.Doc();
    const goalId = createGoal(doc, { title: 'Grow' });
    createInitiative(doc, { title: 'Work', goalId, startDate: '2027-01-01', endDate: '2027-12-31' });
    const long = 'A very long milestone title that goes on and on about the launch plan';
    createMilestone(doc, { title: long, goalId, date: '2027-06-01' });
    createMilestone(doc, { title: 'GA', goalId, date: '2027-06-02' });
    createMilestone(doc, { title: 'Late', goalId, date: '2027-07-15' });
    const [page] = timelineOf(doc);
    expectAllNamed(page!, [long, 'GA', 'Late']);
  });
});
