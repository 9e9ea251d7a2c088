import { laneKeyOf, selectViolatedDependencies } from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { revealInitiative } from '../state/reveal';

/** A warning chip listing violated dependencies; clicking it shows and selects the first late successor. */
export function ConflictChip() {
  const session = useSession();
  const violations = useRoadmap(selectViolatedDependencies);
  if (violations.length === 0) return null;
  const list = violations
    .map((violation) => `${violation.to.title} starts before ${violation.from.title} ends`)
    .join('\n');
  const showFirst = () => {
    const late = violations[0]!.to;
    revealInitiative(late, laneKeyOf(late.goalId, session.store.getSnapshot().goals));
  };
  return (
    <button type="button" className="chip warning" title={list} onClick={showFirst}>
      ⚠ {violations.length} dependency {violations.length === 1 ? 'conflict' : 'conflicts'}
    </button>
  );
}
