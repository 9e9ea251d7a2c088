import type { z } from 'zod';
import type { DataExportFormat, FoundHost, OpenedFile, PeerInfo, ShareInfo } from '../preload-api';

/** The main-process services the handlers use (plain Node modules, faked in tests). */
export interface SharingService {
  share(roadmapId: string, title: string): Promise<ShareInfo>;
  info(roadmapId: string): ShareInfo | null;
  rotateCode(roadmapId: string): string;
  removePeer(roadmapId: string, peerId: string): string;
  peers(roadmapId: string): PeerInfo[];
  stop(roadmapId: string): Promise<void>;
}

/** File dialogs and the files they pick (Electron's dialog in the app). */
export interface FileService {
  /** Asks where to save, then writes the .waymark bytes atomically; false when the person cancelled. */
  saveCopy(bytes: Uint8Array, suggestedName: string): Promise<boolean>;
  /** Asks for a .waymark file and reads it (throws a RoadmapFileError for a bad one); null when cancelled. */
  open(): Promise<OpenedFile | null>;
  /** Asks where to save an exported PDF, then writes it atomically; false when the person cancelled. */
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<boolean>;
  /** Asks where to save a CSV or JSON export, then writes it atomically; false when the person cancelled. */
  saveExport(bytes: Uint8Array, suggestedName: string, format: DataExportFormat): Promise<boolean>;
}

/** What handlers may use of the main process; passed in, so handlers run under vitest without Electron. */
export interface HandlerContext {
  readonly appVersion: string;
  readonly platform: NodeJS.Platform;
  readonly sharing: SharingService;
  /** Waymark hosts found on the local network (mDNS), browsed while the Join dialog asks. */
  readonly discovery: { hosts(): FoundHost[] };
  readonly files: FileService;
}

/** One IPC handler: a zod schema for its argument list and the function that answers. */
export interface IpcHandler<Args extends unknown[], Result> {
  readonly args: z.ZodType<Args>;
  // Method syntax keeps parameters bivariant, so any handler fits IpcHandler<unknown[], unknown>.
  run(context: HandlerContext, ...args: Args): Result | Promise<Result>;
}

/** Declares a handler; arguments from the renderer reach `run` only after `args` has parsed them. */
export function defineHandler<Args extends unknown[], Result>(
  args: z.ZodType<Args>,
  run: (context: HandlerContext, ...args: Args) => Result | Promise<Result>,
): IpcHandler<Args, Result> {
  return { args, run };
}
