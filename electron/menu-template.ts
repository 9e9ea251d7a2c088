import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './menu-commands';

/** Options of the menu that depend on how the app runs. */
export interface MenuTemplateOptions {
  /** Offer the developer tools (unpackaged builds only). */
  dev?: boolean;
}

/**
 * The application menu for a platform. Undo, redo, zoom and new roadmap do not use Electron roles: they
 * call `send`, and the renderer runs the document's own command (the browser's undo knows nothing of it).
 */
export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
  options: MenuTemplateOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  // Off macOS an unregistered accelerator is only displayed, so Ctrl+Z/Ctrl+Y reach the page, which
  // decides between a text field's undo and the document's. macOS cannot unregister menu keys.
  const pageDecides = mac ? {} : { registerAccelerator: false };
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });

  const appMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'appMenu' }] : [];
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New Roadmap', 'CmdOrCtrl+N', 'new-roadmap'),
      command('Open…', 'CmdOrCtrl+O', 'open-file'),
      { label: 'Import CSV or JSON…', click: () => send('import-file') },
      { type: 'separator' },
      command('Save a Copy…', 'Shift+CmdOrCtrl+S', 'save-copy'),
      { label: 'Duplicate as New Roadmap', click: () => send('duplicate-roadmap') },
      command('Export PDF…', 'CmdOrCtrl+P', 'export-pdf'),
      { label: 'Export CSV…', click: () => send('export-csv') },
      { label: 'Export JSON…', click: () => send('export-json') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { ...command('Undo', 'CmdOrCtrl+Z', 'undo'), ...pageDecides },
      { ...command('Redo', 'Shift+CmdOrCtrl+Z', 'redo'), ...pageDecides },
      // Windows and Linux users also expect Ctrl+Y; a menu item shows one accelerator, so a hidden twin.
      ...(mac ? [] : [{ ...command('Redo', 'Ctrl+Y', 'redo'), ...pageDecides, visible: false }]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Zoom In Timeline', 'CmdOrCtrl+=', 'zoom-in'),
      command('Zoom Out Timeline', 'CmdOrCtrl+-', 'zoom-out'),
      command('Reset Timeline Zoom', 'CmdOrCtrl+0', 'zoom-reset'),
      { type: 'separator' },
      command('Timeline', 'CmdOrCtrl+Shift+1', 'show-timeline'),
      command('Table', 'CmdOrCtrl+Shift+2', 'show-table'),
      command('Now/Next/Later', 'CmdOrCtrl+Shift+3', 'show-board'),
      command('Alignment', 'CmdOrCtrl+Shift+4', 'show-alignment'),
      command('Changes', 'CmdOrCtrl+Shift+5', 'show-changes'),
      { type: 'separator' },
      { label: 'Take Baseline…', click: () => send('take-baseline') },
      { label: 'Compare with Baseline', click: () => send('toggle-compare') },
      { type: 'separator' },
      ...(options.dev ? [{ role: 'toggleDevTools' } as const] : []),
      { role: 'togglefullscreen' },
    ],
  };
  // On macOS "About" lives in the app menu; elsewhere in Help.
  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: mac ? [] : [{ role: 'about' }] };
  return [...appMenu, file, edit, view, help];
}
