import { describe, expect, it } from 'vitest';
import { filterChoices, filterLanes, findInitiatives, isFiltering, matchesFilter, NO_FILTER } from './filters';
import { RoadmapStore } from './roadmap-store';
import { selectLanes } from './lanes';
import { writeSampleRoadmap } from '../sample/sample-roadmap';
import { createRoadmapYDoc } from '../model/document';

function sampleLanes() {
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  const snapshot = new RoadmapStore(doc).getSnapshot();
  return { snapshot, lanes: selectLanes(snapshot) };
}

describe('initiative filters', () => {
  it('matches on status, owner, team, tag and text, all together', () => {
    const { snapshot } = sampleLanes();
    const checklist = [...snapshot.initiatives.values()].find((i) => i.title === 'Onboarding checklist')!;
    expect(matchesFilter(checklist, { ...NO_FILTER, status: 'in-progress', team: 'Growth', tag: 'onboarding' })).toBe(
      true,
    );
    expect(matchesFilter(checklist, { ...NO_FILTER, text: 'CHECK' })).toBe(true);
    expect(matchesFilter(checklist, { ...NO_FILTER, text: 'maya' })).toBe(true);
    expect(matchesFilter(checklist, { ...NO_FILTER, owner: 'Sam Lee' })).toBe(false);
    expect(matchesFilter(checklist, { ...NO_FILTER, status: 'planned' })).toBe(false);
    expect(matchesFilter(checklist, { ...NO_FILTER, keyResultId: checklist.keyResultIds[0]! })).toBe(true);
    expect(matchesFilter(checklist, { ...NO_FILTER, keyResultId: 'another' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, keyResultId: 'another' })).toBe(true);
  });

  it('keeps every lane, and lanes untouched by the filter keep their object', () => {
    const { lanes } = sampleLanes();
    expect(filterLanes(lanes, NO_FILTER)).toBe(lanes);
    expect(isFiltering(NO_FILTER)).toBe(false);
    const filtered = filterLanes(lanes, { ...NO_FILTER, team: 'Growth' });
    expect(filtered.map((lane) => lane.initiatives.length)).toEqual([3, 0, 0, 0, 0]);
    expect(filtered[0]).toBe(lanes[0]);
    expect(filtered[1]).not.toBe(lanes[1]);
  });

  it('lists the owners, teams and tags in use', () => {
    const { snapshot } = sampleLanes();
    const choices = filterChoices(snapshot.initiatives.values());
    expect(choices.teams).toEqual(['Engagement', 'Growth', 'Platform']);
    expect(choices.tags).toEqual(['idea', 'onboarding']);
    expect(choices.owners).toContain('Maya Chen');
  });
});

describe('findInitiatives', () => {
  it('finds titles containing the text, those starting with it first, up to the limit', () => {
    const { snapshot } = sampleLanes();
    const all = [...snapshot.initiatives.values()];
    const titles = (query: string, limit = 10, exclude?: (title: string) => boolean) =>
      findInitiatives(all, query, limit, exclude && ((initiative) => exclude(initiative.title))).map((i) => i.title);
    expect(titles('road')).toEqual(['Roadmap templates gallery', 'Large roadmap performance', 'Public roadmap page']);
    expect(titles('ROAD', 1)).toEqual(['Roadmap templates gallery']);
    expect(titles('road', 10, (title) => title === 'Roadmap templates gallery')).toEqual([
      'Large roadmap performance',
      'Public roadmap page',
    ]);
    expect(titles('   ')).toEqual([]);
    expect(titles('nothing like this')).toEqual([]);
  });
});
