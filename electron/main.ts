// Security restrictions come first: they must be in force before anything can create web contents.
import './security-restrictions';

import { app, BrowserWindow, protocol } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME } from './app-origin';
import { registerIpcHandlers } from './ipc/register';
import { installApplicationMenu } from './menu';
import { serveAppRequest } from './services/app-protocol';
import { WINDOW_STATE_FILE } from './services/window-state';
import { createMainWindow } from './window';
import { fileDialogs } from './file-dialogs';
import { HostBrowser } from './services/sync/host-browser';
import { Sharing } from './services/sync/sharing';
import { hostname } from 'node:os';

// The electron-vite build lays out out/main/main.js beside out/preload/ and out/renderer/.
const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/preload.cjs');

// Must happen before `ready`. standard: relative URLs resolve and app://waymark is a real origin, which
// IndexedDB needs; secure: a secure context, no mixed-content blocking; supportFetchAPI: the page may
// fetch its own files. Not corsEnabled: that would let other origins read app:// responses.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Main-process services: the network host (started only while something is shared) and LAN discovery.
let sharing: Sharing | null = null;
const hostBrowser = new HostBrowser();

function openMainWindow() {
  return createMainWindow({
    preload: preloadPath,
    windowStateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
  });
}

function focusMainWindow() {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

// One instance at a time: two would open the same IndexedDB files and lock each other out.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Sharing ends with the app: store every shared roadmap and stop listening before quitting.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !sharing) return;
    quitting = true;
    event.preventDefault();
    hostBrowser.close();
    void sharing.stopAll().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir)))
    .then(() => installApplicationMenu(!app.isPackaged))
    .then(() => {
      sharing = new Sharing({
        // The host's own replicas of what this app shares, persisted like any host's.
        folder: join(app.getPath('userData'), 'shared-roadmaps'),
        appName: `Waymark ${app.getVersion()}`,
        hostName: `${hostname().replace(/\.local$/, '')} (Waymark)`,
      });
      registerIpcHandlers({
        appVersion: app.getVersion(),
        platform: process.platform,
        sharing,
        discovery: hostBrowser,
        files: fileDialogs,
      });
    })
    .then(openMainWindow)
    // Only now: macOS also emits `activate` at launch, which must not open a second window.
    .then(() =>
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
      }),
    )
    .catch((error: unknown) => {
      console.error('Waymark could not start:', error);
      app.exit(1);
    });
}
