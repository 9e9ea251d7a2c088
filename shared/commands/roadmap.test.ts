import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initializeRoadmap, updateRoadmap } from './roadmap';
import { createInitiative, defineCommand, registeredCommands } from './index';
import { z } from 'zod';
import { expectRefused, newRoadmapDoc } from '../testing/roadmap-doc';
import { RoadmapStore } from '../read-model/roadmap-store';
import { CURRENT_SCHEMA_VERSION } from '../model/schema-version';

describe('roadmap commands', () => {
  it('initializes a new roadmap with the current schema version', () => {
    const doc = new Y.Doc();
    initializeRoadmap(doc, { title: 'Plan', fiscalYearStartMonth: 4, description: 'Notes' });
    const { meta } = new RoadmapStore(doc).getSnapshot();
    expect(meta).toMatchObject({
      title: 'Plan',
      fiscalYearStartMonth: 4,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      description: 'Notes',
    });
    expectRefused(doc, () => initializeRoadmap(doc, { title: 'Again' }));
  });

  it('updates title, description and fiscal-year start', () => {
    const doc = newRoadmapDoc();
    updateRoadmap(doc, { title: 'Renamed', description: 'Why', fiscalYearStartMonth: 7 });
    expect(new RoadmapStore(doc).getSnapshot().meta).toMatchObject({
      title: 'Renamed',
      description: 'Why',
      fiscalYearStartMonth: 7,
    });
  });

  it('sets the board’s horizon period; a roadmap that never set it reads quarters', () => {
    const doc = newRoadmapDoc();
    expect(new RoadmapStore(doc).getSnapshot().meta.horizonPeriod).toBe('quarter');
    updateRoadmap(doc, { horizonPeriod: 'half' });
    expect(new RoadmapStore(doc).getSnapshot().meta.horizonPeriod).toBe('half');
    expectRefused(doc, () => updateRoadmap(doc, { horizonPeriod: 'year' as 'half' }), 'horizonPeriod');
  });

  it('refuses an empty title and a month out of range', () => {
    const doc = newRoadmapDoc();
    expectRefused(doc, () => updateRoadmap(doc, { title: '' }), 'title');
    expectRefused(doc, () => updateRoadmap(doc, { fiscalYearStartMonth: 13 }), 'fiscalYearStartMonth');
  });
});

describe('command registry', () => {
  it('knows every command by name and refuses a second command with the same name', () => {
    expect(registeredCommands().get('initiative.create')).toBe(createInitiative);
    expect(registeredCommands().size).toBeGreaterThanOrEqual(19);
    expect(() => defineCommand('initiative.create', z.object({}), () => undefined)).toThrow(/Two commands/);
  });
});
