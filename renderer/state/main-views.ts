/**
 * What the roadmap's main area shows, in the view bar's order: the timeline, the table, the Now/Next/Later
 * board, the goals' alignment, or the changes since a baseline.
 */
export const MAIN_VIEWS = ['timeline', 'table', 'board', 'alignment', 'changes'] as const;
export type MainView = (typeof MAIN_VIEWS)[number];

/** How the view bar and the View menu name each view. */
export const MAIN_VIEW_LABELS: Record<MainView, string> = {
  timeline: 'Timeline',
  table: 'Table',
  board: 'Now/Next/Later',
  alignment: 'Alignment',
  changes: 'Changes',
};
