import { z } from 'zod';

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
