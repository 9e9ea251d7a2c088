import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PRESENCE_COLOR_NAMES, PRESENCE_COLORS, RoadmapLibrary } from './roadmap-library';
import { generateRejoinSecret } from '../sync/admission';

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

describe('sync settings and profile', () => {
  it('remembers where a roadmap syncs, refuses a malformed address, and forgets it', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('r', 'Shared', 1);
    expect(library.syncOf('r')).toBeNull();
    library.setSync('r', { url: 'ws://192.168.1.20:4455', code: 'K7QM-2XPD-9HTR' });
    expect(library.syncOf('r')).toEqual({ url: 'ws://192.168.1.20:4455', code: 'K7QM-2XPD-9HTR' });
    expect(() => library.setSync('r', { url: 'http://x', code: 'c' })).toThrow(/Invalid sync settings/);
    expect(() => library.setSync('missing', { url: 'ws://x:1', code: 'c' })).toThrow(/not in the list/);
    library.setSync('r', null);
    expect(library.syncOf('r')).toBeNull();
  });

  it("keeps the host's rejoin secret for a roadmap, and drops it when the roadmap links to another host", () => {
    const library = new RoadmapLibrary(new Y.Doc());
    library.add('r', 'Shared', 1);
    library.setSync('r', { url: 'ws://192.168.1.20:4455', code: 'K7QM-2XPD-9HTR' });
    const secret = generateRejoinSecret();
    library.setRejoinSecret('r', secret);
    expect(library.rejoinSecretOf('r')).toBe(secret);
    // A new code for the same host keeps it; another host does not get it.
    library.setSync('r', { url: 'ws://192.168.1.20:4455', code: 'AAAA-BBBB-CCCC' });
    expect(library.rejoinSecretOf('r')).toBe(secret);
    library.setSync('r', { url: 'ws://192.168.1.30:4455', code: 'AAAA-BBBB-CCCC' });
    expect(library.rejoinSecretOf('r')).toBeNull();
    expect(() => library.setRejoinSecret('r', 'short')).toThrow(/Not a rejoin secret/);
  });

  it('keeps one stable identity, with a name and color the person sets', () => {
    const library = new RoadmapLibrary(new Y.Doc());
    const first = library.profile();
    expect(first.name).toBe('');
    expect(first.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(library.profile().peerId).toBe(first.peerId);
    expect(library.setProfile({ name: ' Ada ', color: '#16a34a' })).toEqual({
      peerId: first.peerId,
      name: 'Ada',
      color: '#16a34a',
    });
    expect(() => library.setProfile({ name: '  ' })).toThrow(/Invalid profile/);
    expect(library.profile().name).toBe('Ada');
  });
});

describe('the profile at start-up', () => {
  it('is created once by ensureProfile, and reading it later never writes', () => {
    const doc = new Y.Doc();
    const library = new RoadmapLibrary(doc);
    let writes = 0;
    doc.on('update', () => writes++);
    const created = library.ensureProfile();
    expect(writes).toBe(1);
    expect(library.ensureProfile()).toEqual(created);
    expect(library.profile()).toEqual(created);
    expect(writes).toBe(1);
  });
});

describe('presence colors', () => {
  it('each has a distinct name for the color picker to read out', () => {
    const names = PRESENCE_COLORS.map((color) => PRESENCE_COLOR_NAMES[color]);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(PRESENCE_COLORS.length);
  });
});
