import { selectViolatedDependencies } from '../../shared';
import { useRoadmap } from '../state/session-context';
import { useUiStore } from '../state/ui-store';

/** A warning chip listing violated dependencies; clicking it selects the first late successor. */
export function ConflictChip() {
  const violations = useRoadmap(selectViolatedDependencies);
  if (violations.length === 0) return null;
  const list = violations
    .map((violation) => `${violation.to.title} starts before ${violation.from.title} ends`)
    .join('\n');
  return (
    <button
      type="button"
      className="chip warning"
      title={list}
      onClick={() => useUiStore.getState().select({ kind: 'initiative', id: violations[0]!.to.id })}
    >
      ⚠ {violations.length} dependency {violations.length === 1 ? 'conflict' : 'conflicts'}
    </button>
  );
}
