import { z } from 'zod';
import { COLUMN_TARGETS, INITIATIVE_STATUSES } from '../../shared';
import { MAIN_VIEWS, type MainView } from './main-views';

// Window preferences (panels, each roadmap's zoom and scroll) live in localStorage: this device's UI
// state, never in a roadmap's document, so they are neither synced nor undone.
const PREFIX = 'waymark:';

/** A remembered value, or null when there is none (or it is not what `schema` says, or storage is off). */
export function recall<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const stored = localStorage.getItem(PREFIX + key);
    if (stored === null) return null;
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers a value for the next time the window opens; null forgets it. */
export function remember(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the window still works, it just forgets.
  }
}

/** Where a roadmap's canvas was: its density, the day at its left edge, and how far down it was scrolled. */
export const savedViewSchema = z.object({
  pxPerDay: z.number().positive(),
  leftDay: z.number().finite(),
  top: z.number().min(0),
});
export type SavedView = z.infer<typeof savedViewSchema>;

const viewKey = (roadmapId: string) => `view:${roadmapId}`;

/** The canvas view a roadmap was left at on this device, if any. */
export function recallView(roadmapId: string): SavedView | null {
  return recall(viewKey(roadmapId), savedViewSchema);
}

/** Remembers a roadmap's canvas view; null forgets it (the roadmap was deleted). */
export function rememberView(roadmapId: string, view: SavedView | null): void {
  remember(viewKey(roadmapId), view);
}

const mainViewKey = (roadmapId: string) => `main-view:${roadmapId}`;
const mainViewSchema = z.enum(MAIN_VIEWS);

/** Which view (timeline, table, board, …) a roadmap was left on here, if any. */
export function recallMainView(roadmapId: string): MainView | null {
  return recall(mainViewKey(roadmapId), mainViewSchema);
}

/** Remembers which view a roadmap shows; null forgets it (the roadmap was deleted). */
export function rememberMainView(roadmapId: string, view: MainView | null): void {
  remember(mainViewKey(roadmapId), view);
}

const panelsSchema = z.object({
  sidebarCollapsed: z.boolean(),
  inspectorCollapsed: z.boolean(),
  // Remembered since check-ins: older windows did not store it.
  visionCollapsed: z.boolean().default(false),
});
type Panels = z.output<typeof panelsSchema>;

/** Which side panels are folded away in this window (none, the first time). */
export function recallPanels(): Panels {
  return (
    recall('panels', panelsSchema) ?? { sidebarCollapsed: false, inspectorCollapsed: false, visionCollapsed: false }
  );
}

/** Remembers which side panels are folded away. */
export function rememberPanels(panels: Panels): void {
  remember('panels', panels);
}

/** The choices of the last import of a file with the same columns (a Jira export of the same project). */
export const importChoicesSchema = z.object({
  mapping: z.array(z.enum(COLUMN_TARGETS)),
  dateFormat: z.string().nullable(),
  statusMap: z.record(z.string(), z.enum(INITIATIVE_STATUSES)),
  dependencies: z.boolean(),
});
export type RememberedImportChoices = z.infer<typeof importChoicesSchema>;

// The columns, in order, identify the kind of file: a later export of the same project has the same ones.
const importKey = (headers: readonly string[]) => `import:${headers.join('\u241f').slice(0, 2000)}`;

/** What was chosen the last time a file with these columns was imported here, or null. */
export function recallImportChoices(headers: readonly string[]): RememberedImportChoices | null {
  const recalled = recall(importKey(headers), importChoicesSchema);
  return recalled && recalled.mapping.length === headers.length ? recalled : null;
}

/** Remembers an import's choices for the next file with the same columns. */
export function rememberImportChoices(headers: readonly string[], choices: RememberedImportChoices): void {
  remember(importKey(headers), choices);
}

// Loose on purpose: the table makes what it reads whole (columns of another Waymark version are dropped or
// added), so a new column does not make the rest of what was remembered be forgotten.
const tableSettingsSchema = z.object({
  order: z.array(z.string()),
  hidden: z.array(z.string()),
  widths: z.record(z.string(), z.number().finite()),
  groupBy: z.string(),
});
export type RememberedTableSettings = z.infer<typeof tableSettingsSchema>;

/** How the table was set up on this device (columns, widths, grouping), or null the first time. */
export function recallTableSettings(): RememberedTableSettings | null {
  return recall('table', tableSettingsSchema);
}

/** Remembers how the table is set up, for every roadmap on this device. */
export function rememberTableSettings(settings: RememberedTableSettings): void {
  remember('table', settings);
}
