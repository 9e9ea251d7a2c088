import {
  deleteInitiatives,
  INITIATIVE_STATUSES,
  INITIATIVE_STATUS_LABELS,
  updateInitiatives,
  type Initiative,
  type InitiativeFields,
  type InitiativeStatus,
} from '../../shared';
import { useRoadmap, useSession } from '../state/session-context';
import { useUiStore } from '../state/ui-store';
import { runCommand } from '../state/run-command';
import { sameItems } from '../state/use-external';
import { SelectField, TextField } from '../ui/fields';
import { InitiativeInspector } from './InitiativeInspector';

const MIXED = 'mixed';

/**
 * Several initiatives selected: what they share (status, owner, team) edited for all at once, one undo
 * step per change; the list of them, each a click away from its own inspector; delete them all.
 */
export function SelectionInspector({ ids }: { ids: readonly string[] }) {
  const session = useSession();
  const select = useUiStore((state) => state.select);
  const initiatives = useRoadmap((snapshot) => ids.flatMap((id) => snapshot.initiatives.get(id) ?? []), sameItems);
  if (initiatives.length === 0) return <p className="inspector-empty">These initiatives were deleted.</p>;
  // The others deleted meanwhile (by a peer): the one left, as on its own.
  if (initiatives.length === 1) return <InitiativeInspector id={initiatives[0]!.id} />;
  const live = initiatives.map((initiative) => initiative.id);
  /** The value every selected initiative has, or null when they differ. */
  const shared = <K extends 'status' | 'owner' | 'team'>(field: K): Initiative[K] | null =>
    initiatives.every((initiative) => initiative[field] === initiatives[0]![field]) ? initiatives[0]![field] : null;
  const commit =
    <K extends 'status' | 'owner' | 'team'>(field: K) =>
    (value: InitiativeFields[K]) => {
      const outcome = runCommand(session.doc, updateInitiatives, { ids: live, changes: { [field]: value } });
      return outcome.ok ? null : outcome.problems;
    };
  const status = shared('status');
  const owner = shared('owner');
  const team = shared('team');

  return (
    <form className="inspector-form" aria-label="Selected initiatives" onSubmit={(event) => event.preventDefault()}>
      <h2>{initiatives.length} initiatives selected</h2>
      <p className="muted">A change here applies to all of them.</p>
      <SelectField<InitiativeStatus | typeof MIXED>
        label="Status"
        name="Status of all selected"
        value={status ?? MIXED}
        options={[
          ...(status === null ? [{ value: MIXED, label: 'Mixed' } as const] : []),
          ...INITIATIVE_STATUSES.map((value) => ({ value, label: INITIATIVE_STATUS_LABELS[value] })),
        ]}
        commit={(value) => (value === MIXED ? null : commit('status')(value))}
      />
      <TextField
        label="Owner"
        name="Owner of all selected"
        value={owner ?? ''}
        placeholder={owner === null ? 'Mixed' : undefined}
        commit={commit('owner')}
      />
      <TextField
        label="Team"
        name="Team of all selected"
        value={team ?? ''}
        placeholder={team === null ? 'Mixed' : undefined}
        commit={commit('team')}
      />
      <ul className="selection-list" aria-label="Selected">
        {initiatives.map((initiative) => (
          <li key={initiative.id}>
            <button
              type="button"
              className="link"
              aria-label={`Edit ${initiative.title || 'Untitled initiative'} alone`}
              onClick={() => select({ kind: 'initiative', id: initiative.id })}
            >
              {initiative.title || 'Untitled initiative'}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (runCommand(session.doc, deleteInitiatives, live).ok) select(null);
        }}
      >
        Delete {initiatives.length} initiatives
      </button>
    </form>
  );
}
