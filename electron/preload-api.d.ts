// The renderer's view of the desktop shell. DOM-safe on purpose (tsconfig.web.json includes it): only
// type imports of other declaration files. The handler map it mirrors is checked against it in
// ipc/handler-api.ts, so the two cannot drift apart without `tsc -b` failing.
import type { MenuCommand } from './menu-commands';

export type { MenuCommand };

/** What `app.getInfo` answers. */
export interface AppInfo {
  version: string;
  /** Node's `process.platform`: 'darwin', 'win32', 'linux'... */
  platform: string;
}

/** How a roadmap is shared from this app (Share on this network). */
export interface ShareInfo {
  readonly roadmapId: string;
  readonly port: number;
  /** Addresses others can type. */
  readonly addresses: readonly string[];
  /** The join code to give people. */
  readonly code: string;
  /** The code this app's own window links with (not shown). */
  readonly ownerCode: string;
}

/** Someone connected to a roadmap this app shares. */
export interface PeerInfo {
  readonly roadmapId: string;
  readonly peerId: string;
  readonly name: string;
  readonly address: string;
  /** The sharing app's own window. */
  readonly owner: boolean;
}

/** A Waymark host found on the local network. */
export interface FoundHost {
  readonly name: string;
  readonly title: string;
  readonly host: string;
  readonly port: number;
}

/** A .waymark file the person opened: its meta and the Yjs state in it. */
export interface OpenedFile {
  readonly meta: { roadmapId: string; title: string; savedAt: string; app: string };
  readonly state: Uint8Array;
}

/** The formats of File → Export CSV… and Export JSON…. */
export type DataExportFormat = 'csv' | 'json';

/** The request/response part of the bridge: one method per IPC handler, grouped by namespace. */
export interface WaymarkInvokeApi {
  app: {
    getInfo(): Promise<AppInfo>;
  };
  sync: {
    share(roadmapId: string, title: string): Promise<ShareInfo>;
    info(roadmapId: string): Promise<ShareInfo | null>;
    rotateCode(roadmapId: string): Promise<string>;
    removePeer(roadmapId: string, peerId: string): Promise<string>;
    peers(roadmapId: string): Promise<PeerInfo[]>;
    stopSharing(roadmapId: string): Promise<void>;
  };
  discovery: {
    hosts(): Promise<FoundHost[]>;
  };
  files: {
    saveCopy(bytes: Uint8Array, suggestedName: string): Promise<boolean>;
    open(): Promise<OpenedFile | null>;
    savePdf(bytes: Uint8Array, suggestedName: string): Promise<boolean>;
    saveExport(bytes: Uint8Array, suggestedName: string, format: DataExportFormat): Promise<boolean>;
  };
}

/** The API the preload exposes as `window.waymark`. */
export interface WaymarkBridge extends WaymarkInvokeApi {
  /** Calls back with every menu command sent to this window; returns the function that unsubscribes. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Present only in the desktop app: the renderer also runs as a plain web page, with no preload. */
    waymark?: WaymarkBridge;
  }
}
