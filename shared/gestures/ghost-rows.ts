import type { LaneLayout } from '../layout/lane-layout';
import { packRows } from '../layout/pack-rows';
import { compareOrdered } from '../model/order';
import type { Initiative, ScheduledInitiative } from '../model/initiative';
import type { GhostBar } from './preview';

/**
 * The rows ghosts land in: each target lane is packed again, with the same packer and settings as the
 * lanes themselves, holding its bars with the moved ones where the ghosts put them (in lane order, as the
 * lane will hold them after the drop). So the preview is exactly the result, on this screen and on a
 * peer's, and a ghost never overlaps a bar it will not overlap.
 */
export function withLandingRows(
  ghosts: readonly GhostBar[],
  layouts: readonly LaneLayout[],
  initiativeOf: (id: string) => Initiative | undefined,
): GhostBar[] {
  const moving = new Set(ghosts.flatMap((ghost) => (ghost.id ? [ghost.id] : [])));
  const rowOf = new Map<GhostBar, number>();
  for (const laneKey of new Set(ghosts.map((ghost) => ghost.laneKey))) {
    const layout = layouts.find((candidate) => candidate.lane.key === laneKey);
    if (!layout) continue;
    const arriving = ghosts.filter((ghost) => ghost.laneKey === laneKey);
    const entries = [
      ...layout.lane.initiatives
        .filter((initiative) => !moving.has(initiative.id))
        .map((initiative) => ({ initiative, ghost: null as GhostBar | null })),
      ...arriving.map((ghost) => {
        const stored = ghost.id ? initiativeOf(ghost.id) : undefined;
        // A new bar (drawing one) goes after the lane's others, as it will be created; its title is the ghost's
        // (the room a title takes beside a short bar is part of the packing).
        const initiative = {
          ...(stored ?? { id: '', order: '\uffff' }),
          title: ghost.title,
          startDate: ghost.startDate,
          endDate: ghost.endDate,
        };
        return { initiative: initiative as ScheduledInitiative, ghost };
      }),
    ].sort((a, b) => compareOrdered(a.initiative, b.initiative));
    const compared = layout.compared;
    const { rows } = packRows(
      entries.map((entry) => entry.initiative),
      layout.minSpanDays,
      layout.besideDays,
      compared && ((initiative) => compared.get(initiative.id)),
    );
    entries.forEach((entry, index) => {
      if (entry.ghost) rowOf.set(entry.ghost, rows[index] ?? 0);
    });
  }
  return ghosts.map((ghost) => ({ ...ghost, row: rowOf.get(ghost) ?? ghost.row }));
}
