// A declaration file, not a .ts module, so the renderer's project can import it: tsconfig.web.json is a
// composite project that lists only electron/preload-api.d.ts, and such a project may import a .ts file
// only if it lists it (TS6307), while declaration files are always allowed.

/**
 * What the application menu asks the focused window's renderer to do (channel `menu:command`). The
 * renderer decides what 'undo' and 'redo' mean: inside a text field, the field's own undo; elsewhere,
 * the document's. On macOS the menu takes Cmd+Z before the page sees the key, so both cases arrive here.
 */
export type MenuCommand =
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'new-roadmap'
  | 'open-file'
  | 'import-file'
  | 'save-copy'
  | 'duplicate-roadmap'
  | 'take-baseline'
  | 'toggle-compare'
  | 'export-pdf'
  | 'export-csv'
  | 'export-json'
  | `show-${'timeline' | 'table' | 'board' | 'alignment' | 'changes'}`;
