import { UNALIGNED_LANE, type Lane } from '../read-model/lanes';

/**
 * The lanes a person names (on the command line): a goal by its title (any case) or id, "Unaligned" for
 * initiatives without a goal. A goal brings its sub-goals along, as it heads them on the canvas.
 * Returns the lane keys, in display order, and the names that match nothing.
 */
export function lanesNamed(lanes: readonly Lane[], names: readonly string[]): { keys: string[]; unknown: string[] } {
  const normalize = (name: string) => name.trim().toLowerCase();
  const matches = (lane: Lane, name: string) =>
    lane.goal
      ? normalize(lane.goal.title) === normalize(name) || lane.goal.id === name.trim()
      : normalize(name) === UNALIGNED_LANE;
  const unknown = names.filter((name) => !lanes.some((lane) => matches(lane, name)));
  const keys: string[] = [];
  // Lanes come parents first, each followed by its descendants (deeper lanes, up to the next at its depth).
  let within: number | null = null;
  for (const lane of lanes) {
    if (within !== null && lane.depth <= within) within = null;
    if (within === null && names.some((name) => matches(lane, name))) within = lane.depth;
    if (within !== null) keys.push(lane.key);
  }
  return { keys, unknown };
}
