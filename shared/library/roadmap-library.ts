import * as Y from 'yjs';
import { z } from 'zod';
import { titleField } from '../model/common-fields';
import { CommandError, problemsOf } from '../commands/command';
import { REJOIN_SECRET_PATTERN } from '../sync/admission';

/** One roadmap in the local list. The title here is a cached copy of the roadmap document's own title. */
export interface RoadmapEntry {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
  readonly openedAt: number;
}

// Numeric, so "Untitled roadmap 10" sorts after "Untitled roadmap 9".
const TITLE_ORDER = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const entrySchema = z.object({ title: z.string(), createdAt: z.number(), openedAt: z.number() });

/** Where a roadmap syncs: a host's WebSocket address and the join code it was opened with. */
export interface SyncSettings {
  readonly url: string;
  readonly code: string;
}

const syncSchema = z.object({
  url: z.string().regex(/^wss?:\/\/[^\s/]+(\/[^\s]*)?$/, 'a ws:// or wss:// address'),
  code: z.string().min(1).max(64),
});

/** Who this app is to its peers: a stable id, and the name and color they see. */
export interface Profile {
  readonly peerId: string;
  readonly name: string;
  readonly color: string;
}

const storedProfileSchema = z.object({
  peerId: z.string().min(8).max(64),
  // Empty until the person names themselves (asked before the first share or join).
  name: z.string().trim().max(80),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a color like #2563eb'),
});
const profileSchema = storedProfileSchema.extend({ name: z.string().trim().min(1, 'Enter your name').max(80) });

/** Colors offered for presence (distinct from one another, readable as outlines on the canvas). */
export const PRESENCE_COLORS = ['#e11d48', '#7c3aed', '#0891b2', '#ea580c', '#16a34a', '#db2777', '#2563eb', '#ca8a04'];
/** What each presence color is called, for people who hear the color picker rather than see it. */
export const PRESENCE_COLOR_NAMES: Readonly<Record<string, string>> = {
  '#e11d48': 'Red',
  '#7c3aed': 'Violet',
  '#0891b2': 'Cyan',
  '#ea580c': 'Orange',
  '#16a34a': 'Green',
  '#db2777': 'Pink',
  '#2563eb': 'Blue',
  '#ca8a04': 'Gold',
};

/**
 * The local list of roadmaps: a small document of its own (never synced), so renaming, deleting and
 * switching roadmaps works the same in Electron and in the browser.
 */
export class RoadmapLibrary {
  private readonly entries: Y.Map<Y.Map<unknown>>;
  private readonly flags: Y.Map<unknown>;

  constructor(readonly doc: Y.Doc) {
    this.entries = doc.getMap('roadmaps');
    this.flags = doc.getMap('flags');
  }

  /**
   * Roadmaps by title (a list that does not reorder under the pointer when one is opened); damaged
   * entries are skipped.
   */
  list(): RoadmapEntry[] {
    const entries: RoadmapEntry[] = [];
    for (const [id, entry] of this.entries.entries()) {
      const parsed = entry instanceof Y.Map ? entrySchema.safeParse(entry.toJSON()) : undefined;
      if (parsed?.success) entries.push({ id, ...parsed.data });
    }
    return entries.sort((a, b) => TITLE_ORDER.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  }

  /** The roadmap opened last (reopened at start-up), if any. */
  mostRecent(): RoadmapEntry | undefined {
    return this.list().reduce<RoadmapEntry | undefined>(
      (latest, entry) => (!latest || entry.openedAt > latest.openedAt ? entry : latest),
      undefined,
    );
  }

  /** The entry for an id, if listed. */
  get(id: string): RoadmapEntry | undefined {
    return this.list().find((entry) => entry.id === id);
  }

  /** Lists a roadmap (a new one, or one joined or opened from a file). */
  add(id: string, title: string, now: number): void {
    const parsed = titleField.safeParse(title);
    if (!parsed.success) throw new CommandError('Invalid roadmap title', problemsOf(parsed.error));
    const entry = new Y.Map<unknown>();
    entry.set('title', parsed.data);
    const stamp = this.nextStamp(now);
    entry.set('createdAt', stamp);
    entry.set('openedAt', stamp);
    this.entries.set(id, entry);
  }

  /** Updates the cached title shown in the list. */
  setTitle(id: string, title: string): void {
    const entry = this.entries.get(id);
    if (entry && entry.get('title') !== title) entry.set('title', title);
  }

  /** Records that a roadmap was opened, so it is listed first and reopened on next start. */
  touch(id: string, now: number): void {
    this.entries.get(id)?.set('openedAt', this.nextStamp(now));
  }

  // Strictly increasing, so the latest action wins even within one millisecond (or with a stopped clock).
  private nextStamp(now: number): number {
    const latest = Math.max(0, ...this.list().map((entry) => entry.openedAt));
    return Math.max(now, latest + 1);
  }

  /** Removes a roadmap from the list (its stored data is deleted by the caller). */
  remove(id: string): void {
    this.entries.delete(id);
  }

  /** How a roadmap syncs, or null when it is only on this device. */
  syncOf(id: string): SyncSettings | null {
    const parsed = syncSchema.safeParse(this.entries.get(id)?.get('sync'));
    return parsed.success ? parsed.data : null;
  }

  /** Sets (or, with null, forgets) where a roadmap syncs. */
  setSync(id: string, settings: SyncSettings | null): void {
    const entry = this.entries.get(id);
    if (!entry) throw new Error('This roadmap is not in the list.');
    if (settings === null) {
      entry.delete('sync');
      return;
    }
    const parsed = syncSchema.safeParse(settings);
    if (!parsed.success) throw new CommandError('Invalid sync settings', problemsOf(parsed.error));
    // A rejoin secret belongs to the host that issued it.
    if (this.syncOf(id)?.url !== parsed.data.url) entry.delete('rejoinSecret');
    entry.set('sync', parsed.data);
  }

  /** The rejoin secret the roadmap's host gave this app (it lets the app back in after the code changed). */
  rejoinSecretOf(id: string): string | null {
    const value = this.entries.get(id)?.get('rejoinSecret');
    return typeof value === 'string' && REJOIN_SECRET_PATTERN.test(value) ? value : null;
  }

  /** Keeps the rejoin secret a host sent for this roadmap. */
  setRejoinSecret(id: string, secret: string): void {
    if (!REJOIN_SECRET_PATTERN.test(secret)) throw new Error('Not a rejoin secret.');
    this.entries.get(id)?.set('rejoinSecret', secret);
  }

  /** When a roadmap last synced with its host (epoch ms), or null. */
  syncedAt(id: string): number | null {
    const value = this.entries.get(id)?.get('syncedAt');
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  /** Records when a roadmap last synced with its host. */
  setSyncedAt(id: string, at: number): void {
    this.entries.get(id)?.set('syncedAt', at);
  }

  /** This app's identity for peers: created on first use (a random id, a color), named by the person. */
  profile(): Profile {
    return this.storedProfile() ?? this.ensureProfile();
  }

  /**
   * Creates this app's identity if it has none yet, and returns it. Called when the library opens, so
   * that later reads (a view rendering who is here) never write.
   */
  ensureProfile(): Profile {
    const stored = this.storedProfile();
    if (stored) return stored;
    const peerId = crypto.randomUUID();
    const profile = {
      peerId,
      name: '',
      color: PRESENCE_COLORS[peerId.charCodeAt(0) % PRESENCE_COLORS.length]!,
    };
    this.flags.set('profile', profile);
    return profile;
  }

  private storedProfile(): Profile | null {
    const stored = storedProfileSchema.safeParse(this.flags.get('profile'));
    return stored.success ? stored.data : null;
  }

  /** Sets the name and color peers see. */
  setProfile(changes: { name?: string; color?: string }): Profile {
    const next = { ...this.profile(), ...changes };
    const parsed = profileSchema.safeParse(next);
    if (!parsed.success) throw new CommandError('Invalid profile', problemsOf(parsed.error));
    this.flags.set('profile', parsed.data);
    return parsed.data;
  }

  /** True once the first-run sample has been offered; it is never recreated after the user deletes it. */
  get sampleOffered(): boolean {
    return this.flags.get('sampleOffered') === true;
  }

  /** Remembers that the first-run sample was offered. */
  markSampleOffered(): void {
    this.flags.set('sampleOffered', true);
  }
}
