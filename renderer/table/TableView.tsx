/** The table view (issue #15): rows are initiatives and milestones. Built on its own branch. */
export function TableView({ readOnly }: { readOnly: boolean }) {
  return <section className="table-view" aria-label="Table" data-read-only={readOnly || undefined} />;
}
