import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';
import { advertise } from './discovery';
import { FolderStorage } from './folder-storage';
import { RoadmapAccess, type ShareState } from './roadmap-access';
import type { ShareInfo } from '../../preload-api';
import { SyncHost, type ConnectedPeer } from './sync-host';

const savedSchema = z.object({
  port: z.number().int().min(0).max(65_535).nullable(),
  shares: z.record(
    z.string(),
    z.object({
      code: z.string(),
      ownerCode: z.string(),
      // Saved before rejoin secrets (a list of peer ids): those peers join again with the current code.
      admitted: z.array(z.object({ peerId: z.string(), secretHash: z.string() })).catch([]),
      removed: z.array(z.string()),
    }),
  ),
});

export type { ShareInfo };

export interface SharingOptions {
  /** Where the host keeps its replicas (one .waymark file per shared roadmap). */
  readonly folder: string;
  readonly appName: string;
  /** The name others see in their Join dialog. */
  readonly hostName: string;
  /** Preferred port; another free one is used when it is taken. */
  readonly port?: number;
  readonly address?: string;
  /** Announce on the LAN with mDNS (off in tests: no multicast there). */
  readonly advertise?: boolean;
  readonly log?: (line: string) => void;
}

/**
 * The desktop app's "Share on this network": one embedded host for every roadmap the app shares, started
 * with the first and stopped with the last (nothing listens while nothing is shared), announced on the LAN
 * with the shared roadmaps' titles. Plain Node: the IPC handlers call it; tests drive it directly.
 */
export class Sharing {
  private host: SyncHost | null = null;
  private starting: Promise<SyncHost> | null = null;
  private readonly access = new RoadmapAccess();
  private readonly titles = new Map<string, string>();
  private stopAdvertising: (() => Promise<void>) | null = null;
  /** How roadmaps were shared before (codes, who was let in), and the port used, kept across restarts. */
  private saved: z.infer<typeof savedSchema> | null = null;

  constructor(private readonly options: SharingOptions) {
    this.access.onAdmit = () => void this.save();
  }

  private get savedPath() {
    return join(this.options.folder, 'shares.json');
  }

  private async loadSaved(): Promise<z.infer<typeof savedSchema>> {
    if (this.saved) return this.saved;
    try {
      this.saved = savedSchema.parse(JSON.parse(await readFile(this.savedPath, 'utf8')));
    } catch {
      this.saved = { port: null, shares: {} };
    }
    return this.saved;
  }

  /** Saves every share's codes and peers, so sharing again (after a restart) lets the same people back in. */
  private async save(): Promise<void> {
    const saved = await this.loadSaved();
    for (const id of this.access.sharedRoadmaps())
      saved.shares[id] = this.access.stateOf(id)! as ShareState & {
        admitted: { peerId: string; secretHash: string }[];
        removed: string[];
      };
    if (this.host) saved.port = this.host.port;
    mkdirSync(this.options.folder, { recursive: true });
    await writeFileAtomic(this.savedPath, new TextEncoder().encode(JSON.stringify(saved)));
  }

  /**
   * Shares a roadmap (or returns how it is shared already). A roadmap shared before gets its code back, and
   * the people let in then reconnect on their own.
   */
  async share(roadmapId: string, title: string): Promise<ShareInfo> {
    const saved = await this.loadSaved();
    const before = saved.shares[roadmapId];
    if (this.access.codeOf(roadmapId) === null && before) this.access.restore(roadmapId, before);
    else this.access.share(roadmapId);
    this.titles.set(roadmapId, title);
    await this.ensureHost();
    await this.save();
    await this.readvertise();
    return this.info(roadmapId)!;
  }

  /** How a roadmap is shared, or null when it is not. */
  info(roadmapId: string): ShareInfo | null {
    const code = this.access.codeOf(roadmapId);
    if (!code || !this.host) return null;
    return {
      roadmapId,
      port: this.host.port,
      addresses: lanAddresses(),
      code,
      ownerCode: this.access.ownerCodeOf(roadmapId)!,
    };
  }

  /** A new join code; people already in stay in. */
  rotateCode(roadmapId: string): string {
    const code = this.access.rotate(roadmapId);
    void this.save();
    return code;
  }

  /** Disconnects and refuses a peer, and rotates the code it knew. Returns the new code. */
  removePeer(roadmapId: string, peerId: string): string {
    const code = this.access.removePeer(roadmapId, peerId)!;
    this.host?.disconnectPeer(roadmapId, peerId);
    void this.save();
    return code;
  }

  /** Who is connected to a shared roadmap. */
  peers(roadmapId: string): ConnectedPeer[] {
    return this.host?.peers(roadmapId) ?? [];
  }

  /** Stops sharing a roadmap (its copy is stored first); the host stops with the last one. */
  async stop(roadmapId: string): Promise<void> {
    // Stopped on purpose: sharing it again starts afresh (a new code, no one let in yet).
    const saved = await this.loadSaved();
    delete saved.shares[roadmapId];
    await this.save();
    this.access.unshare(roadmapId);
    this.titles.delete(roadmapId);
    await this.host?.closeRoadmap(roadmapId);
    if (this.access.sharedRoadmaps().length === 0) await this.stopAll();
    else await this.readvertise();
  }

  /** Stops every share and the host (when the app quits). */
  async stopAll(): Promise<void> {
    for (const id of this.access.sharedRoadmaps()) this.access.unshare(id);
    await this.stopAdvertising?.();
    this.stopAdvertising = null;
    const host = this.host;
    this.host = null;
    this.starting = null;
    await host?.stop();
  }

  private async ensureHost(): Promise<SyncHost> {
    if (this.host) return this.host;
    this.starting ??= (async () => {
      const base = {
        address: this.options.address ?? '0.0.0.0',
        access: this.access,
        storage: new FolderStorage(this.options.folder, this.options.appName, this.options.log),
        log: this.options.log,
      };
      const saved = await this.loadSaved();
      try {
        // The port used last time first: peers who joined before find the host where they left it.
        return await SyncHost.start({ ...base, port: this.options.port ?? saved.port ?? 4455 });
      } catch {
        return await SyncHost.start({ ...base, port: 0 }); // the usual port is taken: any free one
      }
    })();
    this.host = await this.starting;
    return this.host;
  }

  private async readvertise() {
    if (this.options.advertise === false || !this.host) return;
    await this.stopAdvertising?.();
    const titles = [...this.titles.values()];
    this.stopAdvertising = advertise({
      name: this.options.hostName,
      port: this.host.port,
      title: titles.length === 1 ? titles[0]! : `${titles.length} roadmaps`,
    });
  }
}

/** This machine's IPv4 addresses others on the network can reach. */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info && info.family === 'IPv4' && !info.internal ? [info.address] : []));
}
