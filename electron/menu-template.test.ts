import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from './menu-commands';
import { buildMenuTemplate } from './menu-template';

function build(platform: NodeJS.Platform, dev = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(platform, (command) => sent.push(command), { dev });
  return { template, sent };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(template: MenuItemConstructorOptions[], menu: string, label: string): MenuItemConstructorOptions {
  const found = submenu(template, menu).find((entry) => entry.label === label && entry.visible !== false);
  if (found === undefined) throw new Error(`no ${menu} > ${label}`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  // The click handler ignores its Electron arguments; none are available here.
  (entry.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help; macOS adds the app menu first', () => {
    expect(build('linux').template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    const mac = build('darwin').template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac.slice(1).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('sends document commands instead of using Electron roles', () => {
    const { template, sent } = build('linux');
    const commands: [string, string, MenuCommand][] = [
      ['Edit', 'Undo', 'undo'],
      ['Edit', 'Redo', 'redo'],
      ['View', 'Zoom In Timeline', 'zoom-in'],
      ['View', 'Zoom Out Timeline', 'zoom-out'],
      ['View', 'Reset Timeline Zoom', 'zoom-reset'],
      ['File', 'New Roadmap', 'new-roadmap'],
      ['File', 'Duplicate as New Roadmap', 'duplicate-roadmap'],
      ['File', 'Import CSV or JSON…', 'import-file'],
      ['File', 'Export PDF…', 'export-pdf'],
      ['File', 'Export CSV…', 'export-csv'],
      ['File', 'Export JSON…', 'export-json'],
      ['View', 'Timeline', 'show-timeline'],
      ['View', 'Table', 'show-table'],
      ['View', 'Now/Next/Later', 'show-board'],
      ['View', 'Alignment', 'show-alignment'],
      ['View', 'Changes', 'show-changes'],
      ['View', 'Take Baseline…', 'take-baseline'],
      ['View', 'Compare with Baseline', 'toggle-compare'],
    ];
    for (const [menu, label, command] of commands) {
      const entry = item(template, menu, label);
      expect(entry.role).toBeUndefined();
      click(entry);
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('gives the accelerators', () => {
    const { template } = build('win32');
    expect(item(template, 'Edit', 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(template, 'Edit', 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(item(template, 'View', 'Zoom In Timeline').accelerator).toBe('CmdOrCtrl+=');
    expect(item(template, 'View', 'Zoom Out Timeline').accelerator).toBe('CmdOrCtrl+-');
    expect(item(template, 'View', 'Reset Timeline Zoom').accelerator).toBe('CmdOrCtrl+0');
    expect(item(template, 'File', 'New Roadmap').accelerator).toBe('CmdOrCtrl+N');
  });

  it('leaves undo and redo keys to the page off macOS, with Ctrl+Y as a second redo', () => {
    const edit = submenu(build('linux').template, 'Edit');
    const undoRedo = edit.filter((entry) => entry.label === 'Undo' || entry.label === 'Redo');
    expect(undoRedo.map((entry) => entry.accelerator)).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z', 'Ctrl+Y']);
    for (const entry of undoRedo) expect(entry.registerAccelerator).toBe(false);

    const macEdit = submenu(build('darwin').template, 'Edit');
    expect(macEdit.some((entry) => entry.accelerator === 'Ctrl+Y')).toBe(false);
    expect(macEdit.find((entry) => entry.label === 'Undo')?.registerAccelerator).toBeUndefined();
  });

  it('keeps clipboard items as roles', () => {
    const roles = submenu(build('linux').template, 'Edit')
      .map((entry) => entry.role)
      .filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers the developer tools only in development', () => {
    const roles = (dev: boolean) => submenu(build('linux', dev).template, 'View').map((entry) => entry.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).toContain('togglefullscreen');
  });

  it('closes the window on macOS and quits elsewhere; About is in Help off macOS', () => {
    expect(submenu(build('darwin').template, 'File').map((entry) => entry.role)).toContain('close');
    expect(submenu(build('linux').template, 'File').map((entry) => entry.role)).toContain('quit');
    expect(submenu(build('linux').template, 'Help').map((entry) => entry.role)).toEqual(['about']);
  });
});
