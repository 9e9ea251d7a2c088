import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, type InitiativeStatus } from '../model/initiative';

/** Status names of common tools (Jira, Aha!, Roadmunk, spreadsheets), lower case, and what they mean here. */
const KNOWN_STATUSES: Readonly<Record<string, InitiativeStatus>> = {
  backlog: 'proposed',
  idea: 'proposed',
  ideas: 'proposed',
  proposed: 'proposed',
  new: 'proposed',
  open: 'proposed',
  'under consideration': 'proposed',
  'needs review': 'proposed',
  discovery: 'proposed',
  'parking lot': 'proposed',
  'to do': 'planned',
  todo: 'planned',
  planned: 'planned',
  'selected for development': 'planned',
  'ready for development': 'planned',
  'ready to develop': 'planned',
  ready: 'planned',
  scheduled: 'planned',
  committed: 'planned',
  'not started': 'planned',
  'in progress': 'in-progress',
  'in-progress': 'in-progress',
  'in development': 'in-progress',
  'in review': 'in-progress',
  'in qa': 'in-progress',
  'in testing': 'in-progress',
  started: 'in-progress',
  doing: 'in-progress',
  active: 'in-progress',
  'on track': 'in-progress',
  done: 'done',
  closed: 'done',
  resolved: 'done',
  complete: 'done',
  completed: 'done',
  shipped: 'done',
  released: 'done',
  'ready to ship': 'done',
  'at risk': 'at-risk',
  'at-risk': 'at-risk',
  blocked: 'at-risk',
  'on hold': 'at-risk',
  delayed: 'at-risk',
  'off track': 'at-risk',
  "won't do": 'dropped',
  'wont do': 'dropped',
  "won't fix": 'dropped',
  cancelled: 'dropped',
  canceled: 'dropped',
  dropped: 'dropped',
  rejected: 'dropped',
  'will not implement': 'dropped',
  declined: 'dropped',
  duplicate: 'dropped',
};

/** Jira's three status categories. */
const CATEGORY_STATUSES: Readonly<Record<string, InitiativeStatus>> = {
  'to do': 'planned',
  'in progress': 'in-progress',
  done: 'done',
};

for (const status of INITIATIVE_STATUSES) {
  (KNOWN_STATUSES as Record<string, InitiativeStatus>)[INITIATIVE_STATUS_LABELS[status].toLowerCase()] = status;
}

function key(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The Waymark status a source status most likely means: by its name, else by its Jira status category
 * ("Code review" in category "In Progress"), else null (the dialog asks, offering Planned).
 */
export function suggestStatus(value: string, category?: string): InitiativeStatus | null {
  return KNOWN_STATUSES[key(value)] ?? (category ? (CATEGORY_STATUSES[key(category)] ?? null) : null);
}

/** The distinct status values of a file, in first-seen order, each with the category seen beside it first. */
export function statusValuesOf(
  rows: readonly (readonly string[])[],
  statusColumn: number,
  categoryColumn: number | null,
): { value: string; category: string; count: number }[] {
  const found = new Map<string, { value: string; category: string; count: number }>();
  for (const row of rows) {
    const value = row[statusColumn]!.trim();
    if (!value) continue;
    const seen = found.get(key(value));
    if (seen) seen.count++;
    else
      found.set(key(value), { value, category: categoryColumn === null ? '' : row[categoryColumn]!.trim(), count: 1 });
  }
  return [...found.values()];
}

/** The status map a file starts with: each source value's suggestion, Planned when there is none. */
export function suggestedStatusMap(
  values: readonly { value: string; category: string }[],
): Record<string, InitiativeStatus> {
  return Object.fromEntries(values.map(({ value, category }) => [value, suggestStatus(value, category) ?? 'planned']));
}

/** Looks a source value up in a status map, ignoring case and spacing. */
export function mappedStatus(
  map: Readonly<Record<string, InitiativeStatus>>,
  value: string,
): InitiativeStatus | undefined {
  const wanted = key(value);
  if (map[value] !== undefined) return map[value];
  for (const [source, status] of Object.entries(map)) if (key(source) === wanted) return status;
  return undefined;
}
