import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkIn, createKeyResult } from '../commands';
import { planAtBaseline } from '../read-model/baseline-plan';
import { RoadmapStore } from '../read-model/roadmap-store';
import { reviewedRoadmap } from '../testing/reviewed-roadmap';
import { pdfOptionsSchema, type PdfOptionsInput } from './options';
import { planPdf, type TitlePage } from './plan-pdf';
import type { MeasureText } from './text-fit';

/** A fixed-pitch stand-in for the font's metrics: every character 0.55 em wide (bold 0.6). */
const measure: MeasureText = (text, size, bold) => [...text].length * size * (bold ? 0.6 : 0.55);

function titleOf(doc: Y.Doc, options: Partial<PdfOptionsInput>): TitlePage[] {
  return planPdf(
    new RoadmapStore(doc).getSnapshot(),
    pdfOptionsSchema.parse({ asOf: '2027-02-15', sections: { timeline: false, appendix: false }, ...options }),
    measure,
    (baseline) => planAtBaseline(doc, baseline),
  ).pages.filter((page): page is TitlePage => page.kind === 'title');
}

describe('PDF title page compared with a baseline', () => {
  it('says beside each key result’s progress how far it moved since, in points', () => {
    const { doc, baselineId, retention } = reviewedRoadmap();
    createKeyResult(doc, { goalId: retention, title: 'Referrals', baseline: 0, target: 10 });
    for (const orientation of ['landscape', 'portrait'] as const) {
      const [page] = titleOf(doc, { since: baselineId, orientation });
      const texts = page!.texts;
      // Activation rate 20% → 35%; Churn did not move; Referrals was added since.
      const deltas = texts.filter((text) => text.text.endsWith(' pts') || text.text === 'new');
      expect(
        deltas.map((text) => [text.text, text.color]),
        orientation,
      ).toEqual([
        ['+15 pts', '#15803d'],
        ['±0 pts', '#4b5563'],
        ['new', '#15803d'],
      ]);
      // Each follows its percent (one paragraph with it), both inside the column, neither over the other.
      // The key result's 35% (its goal's rolled-up progress, before it, is 35% too).
      const percent = texts.findLast((text) => text.text === '35%')!;
      const delta = texts[texts.indexOf(percent) + 1]!;
      expect(delta).toMatchObject({ text: '+15 pts', bold: true, continues: true });
      expect(percent.x + measure(percent.text, percent.size)).toBeLessThan(delta.x - 2);
      const pageWidth = orientation === 'landscape' ? 841.89 : 595.28;
      expect(delta.x + measure(delta.text, delta.size, true)).toBeLessThanOrEqual(pageWidth - 30 + 0.01);
      const bar = page!.bars.find((candidate) => Math.abs(candidate.y - percent.y - 1.5) < 0.01)!;
      expect(bar.x + bar.width).toBeLessThan(percent.x);
      // The widest change there can be still fits between the percent and the column's edge.
      const room = delta.x + measure(delta.text, delta.size, true) - (percent.x + measure(percent.text, percent.size));
      expect(room).toBeGreaterThan(measure('\u2212100 pts', 7.5, true));
      expect(texts.some((text) => text.text === 'As of 2027-02-15 · Compared with Q1 review (2027-01-15)')).toBe(true);
    }
  });

  it('says a key result that went back since in red, with a true minus', () => {
    const { doc, baselineId, rate } = reviewedRoadmap();
    checkIn(doc, { keyResultId: rate, date: '2027-02-12', value: 12, confidence: 'at-risk', recordedAt: 3 });
    const texts = titleOf(doc, { since: baselineId }).flatMap((page) => page.texts);
    expect(texts.find((text) => text.text.endsWith(' pts'))).toMatchObject({ text: '\u22128 pts', color: '#b91c1c' });
  });

  it('says nothing of points without a baseline', () => {
    const { doc } = reviewedRoadmap();
    const texts = titleOf(doc, {}).flatMap((page) => page.texts);
    expect(texts.some((text) => text.text.endsWith(' pts'))).toBe(false);
    expect(texts.some((text) => text.text.includes('Compared with'))).toBe(false);
  });
});
