import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoadmapLibrary } from './roadmap-library';

describe('RoadmapLibrary', () => {
  it('lists, renames, touches and removes roadmaps, most recently opened first', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('a', 'Alpha', 1);
    library.add('b', 'Beta', 2);
    expect(library.list().map((entry) => entry.title)).toEqual(['Beta', 'Alpha']);
    library.touch('a', 3);
    library.setTitle('a', 'Alpha 2');
    expect(library.list().map((entry) => entry.title)).toEqual(['Alpha 2', 'Beta']);
    library.remove('a');
    expect(library.list().map((entry) => entry.id)).toEqual(['b']);
  });

  it('orders by the latest action even when the clock does not move', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('a', 'Alpha', 5);
    library.add('b', 'Beta', 5);
    expect(library.list().map((entry) => entry.id)).toEqual(['b', 'a']);
    library.touch('a', 5);
    expect(library.list().map((entry) => entry.id)).toEqual(['a', 'b']);
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
