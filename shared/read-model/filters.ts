import type { Initiative, InitiativeStatus } from '../model/initiative';
import type { Lane } from './lanes';

/** What the canvas shows: initiatives matching every set criterion (empty = any). */
export interface InitiativeFilter {
  readonly status: InitiativeStatus | null;
  readonly owner: string | null;
  readonly team: string | null;
  readonly tag: string | null;
  /** Initiatives serving this key result. */
  readonly keyResultId: string | null;
  /** Matched case-insensitively against title, description, owner, team and tags. */
  readonly text: string;
}

export const NO_FILTER: InitiativeFilter = {
  status: null,
  owner: null,
  team: null,
  tag: null,
  keyResultId: null,
  text: '',
};

/** True when the filter restricts anything. */
export function isFiltering(filter: InitiativeFilter): boolean {
  return (
    filter.status !== null ||
    filter.owner !== null ||
    filter.team !== null ||
    filter.tag !== null ||
    filter.keyResultId !== null ||
    filter.text.trim() !== ''
  );
}

/** Whether an initiative passes the filter. */
export function matchesFilter(initiative: Initiative, filter: InitiativeFilter): boolean {
  if (filter.status !== null && initiative.status !== filter.status) return false;
  if (filter.owner !== null && initiative.owner !== filter.owner) return false;
  if (filter.team !== null && initiative.team !== filter.team) return false;
  if (filter.tag !== null && !initiative.tags.includes(filter.tag)) return false;
  if (filter.keyResultId !== null && !initiative.keyResultIds.includes(filter.keyResultId)) return false;
  const text = filter.text.trim().toLocaleLowerCase();
  if (text === '') return true;
  return [initiative.title, initiative.description, initiative.owner, initiative.team, ...initiative.tags].some(
    (field) => field.toLocaleLowerCase().includes(text),
  );
}

/**
 * The lanes with only the matching initiatives. Lanes stay (an empty goal lane still shows its goal);
 * a lane none of whose initiatives was filtered out keeps its object, so it does not re-render.
 */
export function filterLanes(lanes: readonly Lane[], filter: InitiativeFilter): readonly Lane[] {
  if (!isFiltering(filter)) return lanes;
  return lanes.map((lane) => {
    const initiatives = lane.initiatives.filter((initiative) => matchesFilter(initiative, filter));
    return initiatives.length === lane.initiatives.length ? lane : { ...lane, initiatives };
  });
}

/** The owners, teams and tags in use, sorted, for the filter menus. */
export function filterChoices(initiatives: Iterable<Initiative>): {
  owners: string[];
  teams: string[];
  tags: string[];
} {
  const owners = new Set<string>();
  const teams = new Set<string>();
  const tags = new Set<string>();
  for (const initiative of initiatives) {
    if (initiative.owner) owners.add(initiative.owner);
    if (initiative.team) teams.add(initiative.team);
    for (const tag of initiative.tags) tags.add(tag);
  }
  const sorted = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
  return { owners: sorted(owners), teams: sorted(teams), tags: sorted(tags) };
}

/**
 * Up to `limit` initiatives whose title contains `query` (case-insensitive), for pickers: titles that start
 * with it first, then alphabetically. An empty query finds nothing (a picker over thousands lists no one).
 */
export function findInitiatives(
  initiatives: Iterable<Initiative>,
  query: string,
  limit: number,
  exclude: (initiative: Initiative) => boolean = () => false,
): Initiative[] {
  const text = query.trim().toLocaleLowerCase();
  if (text === '') return [];
  const found: { initiative: Initiative; starts: boolean }[] = [];
  for (const initiative of initiatives) {
    const title = initiative.title.toLocaleLowerCase();
    const at = title.indexOf(text);
    if (at >= 0 && !exclude(initiative)) found.push({ initiative, starts: at === 0 });
  }
  return found
    .sort((a, b) => Number(b.starts) - Number(a.starts) || a.initiative.title.localeCompare(b.initiative.title))
    .slice(0, limit)
    .map(({ initiative }) => initiative);
}
