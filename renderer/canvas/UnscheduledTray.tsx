import { useMemo, useState } from 'react';
import { matchesFilter, selectUnscheduled } from '../../shared';
import { useRoadmap } from '../state/session-context';
import { useUiStore } from '../state/ui-store';

/** What a tray item carries in a drag: the initiative's id (read by the timeline's drop). */
export const UNSCHEDULED_DRAG_TYPE = 'application/x-waymark-unscheduled';

/**
 * Under the timeline: the initiatives without dates (ideas, "later" work), filters applied. Drag one onto
 * a lane to give it dates there (two weeks from where it is dropped); click one to edit it in the inspector,
 * where it can also be scheduled from today.
 */
export function UnscheduledTray({ readOnly }: { readOnly: boolean }) {
  const unscheduled = useRoadmap(selectUnscheduled);
  const goals = useRoadmap((snapshot) => snapshot.goals);
  const filter = useUiStore((state) => state.filter);
  const selected = useUiStore((state) => state.selectedInitiatives);
  const [open, setOpen] = useState(true);
  const shown = useMemo(
    () => unscheduled.filter((initiative) => matchesFilter(initiative, filter)),
    [unscheduled, filter],
  );
  if (unscheduled.length === 0) return null;
  return (
    <aside className={`unscheduled-tray${open ? '' : ' folded'}`} aria-label="Unscheduled">
      <button type="button" className="tray-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '▾' : '▸'} Unscheduled ({shown.length})
      </button>
      {open && (
        <>
          <p className="muted small">{readOnly ? 'No dates yet.' : 'No dates yet: drag one onto a lane above.'}</p>
          <ul>
            {shown.map((initiative) => (
              <li key={initiative.id}>
                <button
                  type="button"
                  className={selected.includes(initiative.id) ? 'tray-item selected' : 'tray-item'}
                  draggable={!readOnly}
                  aria-pressed={selected.includes(initiative.id)}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(UNSCHEDULED_DRAG_TYPE, initiative.id);
                    event.dataTransfer.setData('text/plain', initiative.title);
                    event.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={(event) => {
                    const ui = useUiStore.getState();
                    if (event.shiftKey || event.ctrlKey || event.metaKey) ui.toggleInitiative(initiative.id);
                    else ui.select({ kind: 'initiative', id: initiative.id });
                  }}
                >
                  <span className="tray-title">{initiative.title}</span>
                  <span className="muted small">
                    {(initiative.goalId !== null && goals.get(initiative.goalId)?.title) || 'Unaligned'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
