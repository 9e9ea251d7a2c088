import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { FILE_EXTENSION, RoadmapFileError } from '../../../shared/file-format';
import { ROADMAP_ID_PATTERN } from '../../../shared/sync';
import { createRoadmapYDoc, metaOf } from '../../../shared/model/document';
import { readRoadmapFile, writeRoadmapFile } from '../files/roadmap-files';
import { UpdateJournal } from './update-journal';

/** A roadmap kept by a host: its id and title (as last stored). */
export interface KeptRoadmap {
  readonly id: string;
  readonly title: string;
}

/**
 * The host's own replicas on disk: one `.waymark` file per roadmap, named by its id, in one folder, and
 * beside it a journal of the updates received since it was written (see UpdateJournal), so what a host
 * received survives a crash. Writes are atomic; a file that cannot be read (damaged, or from a newer
 * Waymark) is refused, never overwritten: the host will not serve that roadmap until the file is fixed or
 * moved away.
 */
export class FolderStorage {
  private readonly refused = new Map<string, string>();
  private readonly journal: UpdateJournal;
  private readonly storing = new Map<string, Promise<void>>();

  constructor(
    readonly folder: string,
    private readonly appName: string,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.journal = new UpdateJournal(folder);
  }

  /** Journals an update a roadmap received (on disk within one fsync; see `durable`). */
  record(roadmapId: string, update: Uint8Array): void {
    if (this.refused.has(roadmapId)) return;
    this.journal.append(roadmapId, update);
  }

  /** Resolves once every update recorded so far is on disk. */
  durable(roadmapId?: string): Promise<void> {
    return this.journal.flushed(roadmapId);
  }

  /** Writes what is pending and closes the journal's files. */
  close(): Promise<void> {
    return this.journal.close();
  }

  pathOf(roadmapId: string): string {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    return join(this.folder, `${roadmapId}${FILE_EXTENSION}`);
  }

  /**
   * The stored state of a roadmap (its file, with the journal's updates on top), or null when there is
   * none yet. Throws for a file it must not touch.
   */
  async load(roadmapId: string): Promise<Uint8Array | null> {
    const path = this.pathOf(roadmapId);
    let state: Uint8Array | null = null;
    try {
      const contents = await readRoadmapFile(path);
      if (contents.meta.roadmapId !== roadmapId) {
        throw new RoadmapFileError('damaged', `${path} holds roadmap ${contents.meta.roadmapId}, not ${roadmapId}.`);
      }
      state = contents.state;
    } catch (error) {
      // No file (never stored, or a damaged one moved away): the roadmap may be stored afresh.
      if (!(error instanceof RoadmapFileError && /There is no file/.test(error.message))) {
        this.refused.set(roadmapId, (error as Error).message);
        throw error;
      }
    }
    this.refused.delete(roadmapId);
    const { updates, tornSegments } = await this.journal.replay(roadmapId);
    for (const segment of tornSegments) {
      this.log(`Ignored the torn end of ${segment} (cut off by a crash); everything before it was kept.`);
    }
    if (updates.length === 0) return state;
    const doc = createRoadmapYDoc();
    if (state) Y.applyUpdate(doc, state);
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        this.log(`Ignored an update in ${roadmapId}'s journal that does not decode.`);
      }
    }
    const merged = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return merged;
  }

  /**
   * Stores a roadmap's current state (never over a file that was refused when loading): seals the journal,
   * writes the file atomically, then drops the journal's sealed part, which the file now holds.
   */
  async store(roadmapId: string, doc: Y.Doc): Promise<void> {
    // One at a time per roadmap: an older state renamed over a newer one would lose what the newer one's
    // sealed journal held.
    const previous = this.storing.get(roadmapId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.storeNow(roadmapId, doc));
    this.storing.set(roadmapId, next);
    try {
      await next;
    } finally {
      if (this.storing.get(roadmapId) === next) this.storing.delete(roadmapId);
    }
  }

  private async storeNow(roadmapId: string, doc: Y.Doc): Promise<void> {
    const refusal = this.refused.get(roadmapId);
    if (refusal) throw new Error(`Not saving over a file that could not be read: ${refusal}`);
    await mkdir(this.folder, { recursive: true });
    const sealed = await this.journal.seal(roadmapId);
    const title = metaOf(doc).get('title');
    await writeRoadmapFile(this.pathOf(roadmapId), doc, {
      roadmapId,
      title: typeof title === 'string' ? title : '',
      savedAt: new Date().toISOString(),
      app: this.appName,
    });
    await this.journal.dropThrough(roadmapId, sealed);
  }

  /** The roadmaps in the folder (files named by a roadmap id), with their stored titles. */
  async list(): Promise<KeptRoadmap[]> {
    return (await this.survey()).kept;
  }

  /** The roadmaps in the folder, and each roadmap file that cannot be read, with why (a host says so at start). */
  async survey(): Promise<{ kept: KeptRoadmap[]; unreadable: { file: string; reason: string }[] }> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return { kept: [], unreadable: [] };
    }
    const kept: KeptRoadmap[] = [];
    const unreadable: { file: string; reason: string }[] = [];
    for (const name of names.sort()) {
      const id = name.slice(0, -FILE_EXTENSION.length);
      if (!name.endsWith(FILE_EXTENSION) || !ROADMAP_ID_PATTERN.test(id)) continue;
      try {
        const { meta } = await readRoadmapFile(join(this.folder, name));
        kept.push({ id, title: meta.title });
      } catch (error) {
        // Not offered to peers (and load() refuses it when it is asked for).
        unreadable.push({ file: join(this.folder, name), reason: (error as Error).message });
      }
    }
    // Shared and edited, then the host stopped before its first save: only its journal is there.
    for (const id of await this.journal.roadmapsWithJournal()) {
      if (kept.some((roadmap) => roadmap.id === id) || names.includes(`${id}${FILE_EXTENSION}`)) continue;
      const doc = createRoadmapYDoc();
      try {
        Y.applyUpdate(doc, (await this.load(id))!);
        const title = metaOf(doc).get('title');
        kept.push({ id, title: typeof title === 'string' ? title : '' });
      } catch (error) {
        unreadable.push({ file: join(this.folder, `${id}.*.waymark-log`), reason: (error as Error).message });
      } finally {
        doc.destroy();
      }
    }
    return { kept, unreadable };
  }
}
