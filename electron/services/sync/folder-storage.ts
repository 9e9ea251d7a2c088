import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Y from 'yjs';
import { FILE_EXTENSION, RoadmapFileError } from '../../../shared/file-format';
import { ROADMAP_ID_PATTERN } from '../../../shared/sync';
import { metaOf } from '../../../shared/model/document';
import { readRoadmapFile, writeRoadmapFile } from '../files/roadmap-files';

/** A roadmap kept by a host: its id and title (as last stored). */
export interface KeptRoadmap {
  readonly id: string;
  readonly title: string;
}

/**
 * The host's own replicas on disk: one `.waymark` file per roadmap, named by its id, in one folder.
 * Writes are atomic; a file that cannot be read (damaged, or from a newer Waymark) is refused, never
 * overwritten: the host will not serve that roadmap until the file is fixed or moved away.
 */
export class FolderStorage {
  private readonly refused = new Map<string, string>();

  constructor(
    readonly folder: string,
    private readonly appName: string,
  ) {}

  pathOf(roadmapId: string): string {
    if (!ROADMAP_ID_PATTERN.test(roadmapId)) throw new Error(`Not a roadmap id: ${roadmapId}`);
    return join(this.folder, `${roadmapId}${FILE_EXTENSION}`);
  }

  /** The stored state of a roadmap, or null when there is none yet. Throws for a file it must not touch. */
  async load(roadmapId: string): Promise<Uint8Array | null> {
    const path = this.pathOf(roadmapId);
    try {
      const { state, meta } = await readRoadmapFile(path);
      if (meta.roadmapId !== roadmapId) {
        throw new RoadmapFileError('damaged', `${path} holds roadmap ${meta.roadmapId}, not ${roadmapId}.`);
      }
      this.refused.delete(roadmapId);
      return state;
    } catch (error) {
      if (error instanceof RoadmapFileError && /There is no file/.test(error.message)) {
        // A damaged file moved away: the roadmap may be stored afresh.
        this.refused.delete(roadmapId);
        return null;
      }
      this.refused.set(roadmapId, (error as Error).message);
      throw error;
    }
  }

  /** Stores a roadmap's current state (never over a file that was refused when loading). */
  async store(roadmapId: string, doc: Y.Doc): Promise<void> {
    const refusal = this.refused.get(roadmapId);
    if (refusal) throw new Error(`Not saving over a file that could not be read: ${refusal}`);
    const title = metaOf(doc).get('title');
    await mkdir(this.folder, { recursive: true });
    await writeRoadmapFile(this.pathOf(roadmapId), doc, {
      roadmapId,
      title: typeof title === 'string' ? title : '',
      savedAt: new Date().toISOString(),
      app: this.appName,
    });
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
    return { kept, unreadable };
  }
}
