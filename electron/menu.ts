import { BrowserWindow, Menu } from 'electron';
import { MENU_COMMAND_CHANNEL } from './ipc/channels';
import type { MenuCommand } from './menu-commands';
import { buildMenuTemplate } from './menu-template';

/** Sends a menu command to the focused window, if there is one. */
function sendToFocusedWindow(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Installs the application menu (template in menu-template.ts). */
export function installApplicationMenu(dev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendToFocusedWindow, { dev })));
}
