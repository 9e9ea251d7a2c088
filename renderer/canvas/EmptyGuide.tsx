import { useClock, useRoadmap, useSession } from '../state/session-context';
import { newGoal, newInitiative } from '../state/create-actions';

/**
 * What a new roadmap says to do first, on the canvas under its lanes: add a goal (or open a file), then
 * initiatives on the goal's lane. It goes once the roadmap has an initiative.
 */
export function EmptyGuide({ top, onOpenFile }: { top: number; onOpenFile?: () => void }) {
  const session = useSession();
  const clock = useClock();
  const firstGoal = useRoadmap((snapshot) => {
    if (snapshot.initiatives.size > 0) return undefined; // planned already: no guide
    for (const goal of snapshot.goals.values()) return goal.title || 'New goal';
    return null;
  });
  if (firstGoal === undefined) return null;
  return (
    // Spans the canvas; its card keeps to the visible left edge however far the canvas is scrolled.
    <div className="empty-guide" style={{ top }} onClick={(event) => event.stopPropagation()}>
      <section className="empty-guide-card" aria-label="Getting started">
        {firstGoal === null ? (
          <>
            <h2>Start with a goal</h2>
            <p>A goal is an outcome you want, with key results to measure it. Each goal is a lane of this timeline.</p>
            <div className="empty-guide-actions">
              <button type="button" onClick={() => newGoal(session)}>
                Add a goal
              </button>
              {onOpenFile && (
                <button type="button" className="secondary" onClick={onOpenFile}>
                  Import a .waymark file…
                </button>
              )}
            </div>
            <p className="muted">
              Then add initiatives on its lane: <strong>New initiative</strong>, or drag across the lane from the start
              to the end.
            </p>
          </>
        ) : (
          <>
            <h2>Now plan the work</h2>
            <p>
              Add initiatives on the lane of <strong>{firstGoal}</strong>: drag across it from the start to the end, or
              add one from today.
            </p>
            <div className="empty-guide-actions">
              <button type="button" onClick={() => newInitiative(session, clock.today())}>
                Add an initiative
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
