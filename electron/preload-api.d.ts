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

/** The request/response part of the bridge: one method per IPC handler, grouped by namespace. */
export interface WaymarkInvokeApi {
  app: {
    getInfo(): Promise<AppInfo>;
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
