import { describe, expect, it } from 'vitest';
import { guessMapping, planImport, readCsv } from '../shared/interchange';
import { applyImport } from '../shared/commands/import-rows';
import { newRoadmapDoc } from '../shared/testing/roadmap-doc';
import { generateJiraExport } from './import';

describe('the import benchmark’s generated Jira export', () => {
  it('is read as a Jira export: epics as goals, Jira dates, repeated labels, links; a later export changes ~5%', async () => {
    const { first, changed } = generateJiraExport(1_000);
    const table = await readCsv(first);
    const { shape, mapping } = guessMapping(table.headers);
    expect(shape).toBe('jira');
    expect(table.rows).toHaveLength(1_000);
    expect(mapping.filter((target) => target === 'tags')).toHaveLength(3);
    const choices = { mapping, dateFormat: null, statusMap: {}, dependencies: true, today: '2026-12-04' };
    const doc = newRoadmapDoc();
    const plan = planImport(doc, table, choices);
    expect(plan.blockers).toEqual([]);
    expect(plan.dateFormat?.id).toBe('jira');
    expect(plan.goals).toHaveLength(20);
    expect(plan.creates).toHaveLength(980);
    expect(plan.dependencies.length).toBeGreaterThan(10);
    expect(plan.notes).toEqual([]);
    expect(plan.statuses.map((status) => status.value)).toContain('Code review');

    applyImport(doc, plan);
    const later = planImport(doc, await readCsv(changed), choices);
    expect(later.creates).toEqual([]);
    expect(later.updates.length / 980).toBeGreaterThan(0.03);
    expect(later.updates.length / 980).toBeLessThan(0.08);
  });
});
