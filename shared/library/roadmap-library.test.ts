import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoadmapLibrary } from './roadmap-library';

describe('RoadmapLibrary', () => {
  it('lists roadmaps by title, renames and removes them', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('b', 'Beta', 1);
    library.add('a', 'alpha', 2);
    library.add('c', 'Plan 10', 3);
    library.add('d', 'Plan 9', 4);
    expect(library.list().map((entry) => entry.title)).toEqual(['alpha', 'Beta', 'Plan 9', 'Plan 10']);
    library.setTitle('a', 'Zeta');
    expect(library.list().map((entry) => entry.title)).toEqual(['Beta', 'Plan 9', 'Plan 10', 'Zeta']);
    library.remove('a');
    expect(library.list().map((entry) => entry.id)).toEqual(['b', 'd', 'c']);
  });

  it('knows the roadmap opened last, even when the clock does not move', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('a', 'Alpha', 5);
    library.add('b', 'Beta', 5);
    expect(library.mostRecent()?.id).toBe('b');
    library.touch('a', 5);
    expect(library.mostRecent()?.id).toBe('a');
    expect(new RoadmapLibrary(new Y.Doc()).mostRecent()).toBeUndefined();
  });

  it('refuses an empty title and skips damaged entries', () => {
    const doc = new Y.Doc();
    const library = new RoadmapLibrary(doc);
    expect(() => library.add('x', '  ', 1)).toThrow(/Invalid roadmap title/);
    doc.getMap('roadmaps').set('broken', 'nonsense');
    expect(library.list()).toEqual([]);
  });

  it('remembers that the sample was offered', () => {
    const doc = new Y.Doc();
    expect(new RoadmapLibrary(doc).sampleOffered).toBe(false);
    new RoadmapLibrary(doc).markSampleOffered();
    expect(new RoadmapLibrary(doc).sampleOffered).toBe(true);
  });
});
