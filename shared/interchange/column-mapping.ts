/** What a column of an imported file becomes in Waymark. */
export const COLUMN_TARGETS = [
  'ignore',
  'title',
  'id',
  'externalKey',
  'otherKey',
  'type',
  'description',
  'goal',
  'parent',
  'parentTitle',
  'keyResults',
  'startDate',
  'endDate',
  'status',
  'statusCategory',
  'owner',
  'team',
  'tags',
  'progress',
  'predecessors',
  'blocks',
  'blockedBy',
] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];

/** How the import dialog names each target. */
export const COLUMN_TARGET_LABELS: Record<ColumnTarget, string> = {
  ignore: 'Leave out',
  title: 'Title',
  id: 'Waymark id',
  externalKey: 'Key (for re-imports)',
  otherKey: 'Other key (Issue id)',
  type: 'Type (milestone…)',
  description: 'Description',
  goal: 'Goal (by title)',
  parent: 'Parent (row key)',
  parentTitle: 'Parent title',
  keyResults: 'Key results',
  startDate: 'Start date',
  endDate: 'End date',
  status: 'Status',
  statusCategory: 'Status category',
  owner: 'Owner',
  team: 'Team',
  tags: 'Tags',
  progress: 'Progress (%)',
  predecessors: 'Depends on (keys)',
  blocks: 'Blocks (keys)',
  blockedBy: 'Is blocked by (keys)',
};

/** Targets that collect every column given to them (Jira repeats Labels); the others take the first filled. */
export const MULTI_COLUMN_TARGETS: ReadonlySet<ColumnTarget> = new Set([
  'tags',
  'keyResults',
  'predecessors',
  'blocks',
  'blockedBy',
]);

/**
 * Single-value targets that may take several columns, read in order of preference: the first filled one
 * counts (Jira's Target end, else its Due Date).
 */
export const FALLBACK_TARGETS: ReadonlySet<ColumnTarget> = new Set(['startDate', 'endDate', 'parent']);

/** The tools whose exports are recognized by their columns. */
export type FileShape = 'waymark' | 'jira' | 'roadmunk' | 'productplan' | 'aha' | 'spreadsheet';

export const FILE_SHAPE_LABELS: Record<FileShape, string> = {
  waymark: 'a Waymark CSV export',
  jira: 'a Jira issue export',
  roadmunk: 'a Roadmunk export',
  productplan: 'a ProductPlan export',
  aha: 'an Aha! export',
  spreadsheet: 'a spreadsheet',
};

/** Which target each column has; several columns may share one (see {@link MULTI_COLUMN_TARGETS}). */
export type ColumnMapping = readonly ColumnTarget[];

/** A name reduced for comparison: case, spaces, punctuation and "Custom field (…)" do not matter. */
function normalized(header: string): string {
  return header
    .toLowerCase()
    .replace(/^custom field \((.*)\)$/, '$1')
    .replace(/[^a-z0-9!%]+/g, ' ')
    .trim();
}

type Rule = readonly [target: ColumnTarget, ...names: string[]];

/**
 * Column names per tool, most specific first. A name matches after {@link normalized}; within a target the
 * earlier name wins for single-value targets (Jira's Target start before Start date).
 */
const RULES: Record<FileShape, readonly Rule[]> = {
  waymark: [
    ['id', 'id'],
    ['type', 'type'],
    ['title', 'title'],
    ['goal', 'goal path', 'goal'],
    ['keyResults', 'key result ids'],
    ['startDate', 'start'],
    ['endDate', 'end'],
    ['status', 'status'],
    ['owner', 'owner'],
    ['team', 'team'],
    ['tags', 'tags'],
    ['progress', 'progress'],
    ['predecessors', 'predecessors'],
    ['externalKey', 'external key'],
    ['description', 'description'],
  ],
  jira: [
    ['title', 'summary'],
    ['externalKey', 'issue key'],
    ['otherKey', 'issue id'],
    ['type', 'issue type'],
    ['status', 'status'],
    ['statusCategory', 'status category'],
    ['owner', 'assignee'],
    ['tags', 'labels'],
    ['parent', 'parent', 'parent id', 'epic link', 'parent link'],
    ['parentTitle', 'parent summary'],
    ['startDate', 'target start', 'start date'],
    ['endDate', 'target end', 'due date', 'end date'],
    ['team', 'team', 'team name'],
    ['description', 'description'],
    ['blocks', 'outward issue link blocks'],
    ['blockedBy', 'inward issue link blocks'],
  ],
  roadmunk: [
    ['title', 'items', 'item', 'title', 'name'],
    ['description', 'description'],
    ['startDate', 'start date'],
    ['endDate', 'end date'],
    ['goal', 'bucket', 'lane', 'goal'],
    ['status', 'status'],
    ['owner', 'owner'],
    ['team', 'team'],
    ['tags', 'tags'],
    ['externalKey', 'id', 'item id'],
  ],
  productplan: [
    ['title', 'name', 'bar name'],
    ['goal', 'lane'],
    ['startDate', 'starts on'],
    ['endDate', 'ends on'],
    ['progress', 'percent done'],
    ['tags', 'tags'],
    ['description', 'description'],
    ['owner', 'owner'],
    ['status', 'status'],
    ['externalKey', 'id', 'bar id'],
    ['team', 'team'],
  ],
  aha: [
    ['title', 'initiative name', 'feature name', 'epic name', 'name'],
    ['externalKey', 'initiative reference num', 'feature reference', 'epic reference', 'reference num', 'reference'],
    ['status', 'initiative status', 'feature status', 'epic status', 'workflow status', 'status'],
    ['description', 'initiative description', 'feature description', 'epic description', 'description'],
    ['goal', 'goal name', 'goals', 'initiative name', 'release name'],
    ['startDate', 'initiative start date', 'feature start date', 'start date', 'start on'],
    ['endDate', 'initiative end date', 'feature due date', 'due date', 'end date', 'end on'],
    ['owner', 'initiative assigned to', 'assigned to user', 'assigned to', 'owner'],
    ['progress', 'progress', 'initiative progress', 'feature progress'],
    ['tags', 'tags', 'initiative tags', 'feature tags'],
    ['team', 'team', 'product name'],
  ],
  spreadsheet: [
    ['title', 'title', 'name', 'initiative', 'summary', 'item', 'items', 'task', 'feature', 'epic', 'project'],
    ['id', 'waymark id'],
    ['externalKey', 'key', 'external key', 'id', 'issue key', 'ref', 'reference'],
    ['type', 'type', 'kind'],
    ['description', 'description', 'details', 'notes'],
    ['goal', 'goal', 'objective', 'theme', 'lane', 'swimlane', 'bucket', 'epic name', 'okr'],
    ['parent', 'parent'],
    ['keyResults', 'key results', 'key result', 'krs', 'kr'],
    ['startDate', 'start', 'start date', 'starts', 'starts on', 'begin', 'from'],
    ['endDate', 'end', 'end date', 'due', 'due date', 'ends', 'ends on', 'finish', 'to', 'deadline', 'target date'],
    ['status', 'status', 'state', 'stage'],
    ['owner', 'owner', 'assignee', 'responsible', 'lead', 'dri'],
    ['team', 'team', 'squad', 'group'],
    ['tags', 'tags', 'labels', 'label', 'tag'],
    ['progress', 'progress', 'percent done', 'percent complete', '% complete', '% done', 'done %', 'completion'],
    ['predecessors', 'predecessors', 'depends on', 'dependencies'],
  ],
};

/** Columns that identify a tool's export, all needed. */
const SIGNATURES: readonly [FileShape, string[]][] = [
  ['waymark', ['id', 'type', 'title', 'goal path', 'external key']],
  ['jira', ['summary', 'issue key']],
  ['jira', ['summary', 'issue id', 'issue type']],
  ['productplan', ['name', 'lane', 'starts on']],
  ['roadmunk', ['items', 'start date', 'end date']],
  ['aha', ['initiative name']],
  ['aha', ['feature name']],
  ['aha', ['reference num']],
];

/** What the file is and the target guessed for each column. */
export interface MappingGuess {
  readonly shape: FileShape;
  readonly mapping: ColumnMapping;
}

/**
 * Recognizes a file by its columns (a Jira export, a ProductPlan export, ...) and guesses each column's
 * target. Each single-value target goes to one column, the best-named; every column named like a
 * multi-value target (each of Jira's `Labels` columns) gets it.
 */
export function guessMapping(headers: readonly string[]): MappingGuess {
  const names = headers.map(normalized);
  const present = new Set(names);
  const shape = SIGNATURES.find(([, needed]) => needed.every((name) => present.has(name)))?.[0] ?? 'spreadsheet';
  const mapping: ColumnTarget[] = headers.map(() => 'ignore');
  const rules = shape === 'spreadsheet' ? RULES.spreadsheet : [...RULES[shape], ...RULES.spreadsheet];
  for (const [target, ...candidates] of rules) {
    if (MULTI_COLUMN_TARGETS.has(target) || FALLBACK_TARGETS.has(target)) {
      const taken = names.flatMap((name, index) =>
        candidates.includes(name) && mapping[index] === 'ignore' ? [index] : [],
      );
      if (taken.length > 0 && !mapping.includes(target)) for (const index of taken) mapping[index] = target;
      continue;
    }
    if (mapping.includes(target)) continue;
    for (const candidate of candidates) {
      const index = names.findIndex((name, at) => name === candidate && mapping[at] === 'ignore');
      if (index >= 0) {
        mapping[index] = target;
        break;
      }
    }
  }
  return { shape, mapping };
}

/**
 * The columns of a target in the order they are read: for a target of several columns, the better-named
 * first (see RULES), then the rest in file order.
 */
export function columnsFor(headers: readonly string[], mapping: ColumnMapping, target: ColumnTarget): number[] {
  const columns = mapping.flatMap((mapped, index) => (mapped === target ? [index] : []));
  if (columns.length < 2) return columns;
  const preference = (index: number) => {
    const name = normalized(headers[index] ?? '');
    for (const rules of Object.values(RULES)) {
      const rule = rules.find(([ruleTarget]) => ruleTarget === target);
      const at = rule ? rule.indexOf(name, 1) : -1;
      if (at > 0) return at;
    }
    return Number.MAX_SAFE_INTEGER;
  };
  return columns
    .map((index) => ({ index, rank: preference(index) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ index }) => index);
}
