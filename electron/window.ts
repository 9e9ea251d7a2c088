import { BrowserWindow, screen } from 'electron';
import { APP_HOME_URL } from './app-origin';
import { fitWindowState, readWindowState, writeWindowState, type WindowState } from './services/window-state';
import { mainWindowOptions } from './window-options';

/** Where the preload script is and where the window's size and position are remembered. */
export interface MainWindowPaths {
  preload: string;
  windowStateFile: string;
}

function workAreasPrimaryFirst() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function currentState(window: BrowserWindow): WindowState {
  // Normal bounds, not the maximized ones, so un-maximizing next time restores the user's size.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

/** Opens the main window where it was last time (fitted to today's displays) and loads the app. */
export async function createMainWindow(paths: MainWindowPaths): Promise<BrowserWindow> {
  const state = fitWindowState(await readWindowState(paths.windowStateFile), workAreasPrimaryFirst());
  const window = new BrowserWindow(mainWindowOptions(state, paths.preload));
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeWindowState(paths.windowStateFile, currentState(window));
    } catch (error) {
      // Losing the window position is no reason to stop the app from closing.
      console.error('Could not save the window state:', error);
    }
  });
  window.loadURL(APP_HOME_URL).catch((error: unknown) => console.error('Could not load the app:', error));
  return window;
}

export { mainWindowOptions, secureWebPreferences } from './window-options';
