/** The Now/Next/Later board (issue #15): columns are horizons, rows are goals. Built on its own branch. */
export function BoardView({ readOnly }: { readOnly: boolean }) {
  return <section className="board-view" aria-label="Now, Next, Later" data-read-only={readOnly || undefined} />;
}
