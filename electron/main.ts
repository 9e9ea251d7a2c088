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

// The electron-vite build lays out out/main/main.js beside out/preload/ and out/renderer/.
const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/preload.cjs');

// Must happen before `ready`. standard: relative URLs resolve and app://waymark is a real origin, which
// IndexedDB needs; secure: a secure context, no mixed-content blocking; supportFetchAPI: the page may
// fetch its own files. Not corsEnabled: that would let other origins read app:// responses.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

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

  app
    .whenReady()
    .then(() => protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir)))
    .then(() => installApplicationMenu(!app.isPackaged))
    .then(() => registerIpcHandlers({ appVersion: app.getVersion(), platform: process.platform }))
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
