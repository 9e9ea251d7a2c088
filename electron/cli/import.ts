import { lstat, readFile, realpath } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import {
  columnsFor,
  CsvImportError,
  guessMapping,
  planChangesAnything,
  planImport,
  readCsv,
  roadmapTitleFromFileName,
  statusValuesOf,
  type ColumnMapping,
  MAX_JSON_BYTES,
  RoadmapJsonError,
  roadmapFromJson,
  type CsvTable,
  type ImportPlan,
} from '../../shared/interchange';
import { applyImport, CommandError, initializeRoadmap, updateRoadmap } from '../../shared/commands';
import { readAll } from '../../shared/commands/records';
import { createRoadmapYDoc, metaOf } from '../../shared/model/document';
import { migrateDocument } from '../../shared/model/schema-version';
import { newId } from '../../shared/model/ids';
import { FILE_EXTENSION, RoadmapFileError } from '../../shared/file-format';
import { isIsoDate, type IsoDate } from '../../shared/time/iso-date';
import { systemClock } from '../../shared/time/clock';
import { readRoadmapFile, writeRoadmapFile } from '../services/files/roadmap-files';
import { describeWriteError } from '../services/files/output-check';
import { applyColumnChoices, dateFormatNamed, ImportUsageError, statusChoices } from './import-options';
import { LISTED, planLines, recognizedLines, resultSummary } from './import-report';

const USAGE = `Usage: npm run import -- <file.csv> (--out <new.waymark> | --into <roadmap.waymark>) [options]
       npm run import -- <roadmap.json> --out <new.waymark> [--title <title>] [--dry-run]

Imports a CSV file (a Jira issue export, a Roadmunk, ProductPlan or Aha! export, a spreadsheet) into a
roadmap: each row an initiative or milestone, Jira epics as goals, links as dependencies. It prints what
it recognized and what it will change, then writes. Importing a later export of the same project again
updates what the last import made (matched by key) and adds what is new. A Waymark JSON export
(docs/JSON-FORMAT.md) makes the whole roadmap again, baselines and check-ins included, as a new file.
  --out              a new roadmap file to make (never over an existing file)
  --into             an existing roadmap file to update in place (replaced only once the new one is complete)
  --title            the new roadmap's title (default: the CSV file's name)
  --map              "Column name=target": what a column becomes, over the guess (repeat for more). A
                     target is an id or its label, like startDate or "Start date"; "ignore" leaves the
                     column out. A column of a one-column target (title, owner) replaces the guessed one
  --date-format      how the file writes dates: iso, ymd-slash, jira, jira-long, dmy, mdy, dmy-short,
                     mdy-short, dmy-dot, dmy-dash, d-mmm-y, mmm-d-y, mmmm-d-y (default: detected; needed
                     when the dates read both day first and month first)
  --status           "Source status=Waymark status", like "Code review=in-progress" (repeat for more;
                     statuses: proposed, planned, in-progress, done, at-risk, dropped). Default: by name,
                     else by Jira's Status Category, else planned
  --no-dependencies  make no dependencies from Blocks links and predecessor columns
  --today            the day rows without dates start on, like 2027-01-15 (default: today)
  --dry-run          print what the import would do; write nothing
  --list-all         list every row in the report (default: the first ${LISTED} of each list)

Exit status: 0 done (or nothing to change), 1 the file cannot be read or imported as chosen, or a roadmap
file cannot be read or written, 2 bad options.`;

/** What the files say about the app that wrote them. */
const APP_NAME = 'Waymark import (command line)';

interface Options {
  readonly csv: string;
  /** The file is a Waymark roadmap JSON export, not a CSV file. */
  readonly json: boolean;
  readonly out: string | null;
  readonly into: string | null;
  readonly title: string | null;
  readonly maps: readonly string[];
  readonly dateFormat: string | null;
  readonly statuses: readonly string[];
  readonly dependencies: boolean;
  readonly today: IsoDate;
  readonly dryRun: boolean;
  readonly listAll: boolean;
}

/** The options, or the usage message to print with exit status 2. */
function parseOptions(argv: readonly string[]): Options | { usage: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        into: { type: 'string' },
        title: { type: 'string' },
        map: { type: 'string', multiple: true, default: [] },
        'date-format': { type: 'string' },
        status: { type: 'string', multiple: true, default: [] },
        'no-dependencies': { type: 'boolean', default: false },
        today: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'list-all': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { usage: `${(error as Error).message}\n\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) return { usage: `Give exactly one CSV file to import.\n\n${USAGE}` };
  if ((values.out === undefined) === (values.into === undefined)) {
    return {
      usage: `Give either --out (a new roadmap file) or --into (a roadmap file to update), not ${values.out ? 'both' : 'neither'}.\n\n${USAGE}`,
    };
  }
  const json = /\.json$/i.test(positionals[0]!);
  if (json && values.into !== undefined) {
    return { usage: 'A JSON export makes a roadmap of its own: give --out (a new roadmap file), not --into.' };
  }
  const csvOnly = [
    values.map.length > 0 && '--map',
    values.status.length > 0 && '--status',
    values['date-format'] !== undefined && '--date-format',
    values['no-dependencies'] && '--no-dependencies',
    values.today !== undefined && '--today',
  ].filter(Boolean);
  if (json && csvOnly.length > 0) {
    return { usage: `${csvOnly.join(', ')}: for CSV files only; a JSON export is taken whole.` };
  }
  if (values.title !== undefined && values.into !== undefined) {
    return { usage: '--title names a new roadmap (--out); a roadmap imported --into keeps its title.' };
  }
  if (values.title !== undefined && (values.title.trim() === '' || values.title.trim().length > 200)) {
    return { usage: '--title must be 1 to 200 characters.' };
  }
  if (values.out !== undefined && !values.out.toLowerCase().endsWith(FILE_EXTENSION)) {
    return {
      usage: `--out names the roadmap file to make: its name ends in ${FILE_EXTENSION}, like plan${FILE_EXTENSION}.`,
    };
  }
  if (values.today !== undefined && !isIsoDate(values.today)) {
    return { usage: `--today takes a day like 2027-01-15, not "${values.today}".` };
  }
  if (values['date-format'] !== undefined) {
    try {
      dateFormatNamed(values['date-format']);
    } catch (error) {
      return { usage: (error as Error).message };
    }
  }
  return {
    csv: resolve(positionals[0]!),
    json,
    out: values.out === undefined ? null : resolve(values.out),
    into: values.into === undefined ? null : resolve(values.into),
    title: values.title?.trim() ?? null,
    maps: values.map,
    dateFormat: values['date-format'] === undefined ? null : dateFormatNamed(values['date-format']).id,
    statuses: values.status,
    dependencies: !values['no-dependencies'],
    today: values.today ?? systemClock.today(),
    dryRun: values['dry-run'],
    listAll: values['list-all'],
  };
}

/**
 * `npm run import`: a CSV file into a new or an existing roadmap file, headless in Node, with the import
 * dialog's recognition, plan and command. Returns the exit code.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if ('help' in options) {
    console.log(USAGE);
    return 0;
  }
  if ('usage' in options) {
    console.error(options.usage);
    return 2;
  }
  if (options.out !== null && (await lstat(options.out).catch(() => null))) {
    console.error(
      `${options.out} already exists: choose a new name for --out, or update it with --into ${options.out}.`,
    );
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(options.csv));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    console.error(`Cannot read ${options.csv}: ${reason}.`);
    return 1;
  }
  if (options.json) return importJson(bytes, options);
  let table: CsvTable;
  try {
    table = await readCsv(bytes);
  } catch (error) {
    if (!(error instanceof CsvImportError)) throw error;
    console.error(`Cannot import ${basename(options.csv)}: ${error.message}`);
    return 1;
  }

  const guess = guessMapping(table.headers);
  let chosen;
  try {
    chosen = columnAndStatusChoices(table, guess.mapping, options);
  } catch (error) {
    if (!(error instanceof ImportUsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const { mapping, statusMap, absent } = chosen;

  const target = await openTarget(options);
  if (typeof target === 'string') {
    console.error(target);
    return 1;
  }
  const { doc, path, roadmapId, note } = target;
  const plan = planImport(doc, table, {
    mapping,
    dateFormat: options.dateFormat,
    statusMap,
    dependencies: options.dependencies,
    today: options.today,
  });
  for (const line of recognizedLines(
    basename(options.csv),
    table,
    guess.shape,
    mapping,
    plan,
    options.dateFormat !== null,
  )) {
    console.log(line);
  }
  for (const value of absent) console.log(`Note: --status "${value}": no row has that status.`);
  if (plan.blockers.length > 0) {
    console.error(blockerMessage(plan));
    return 1;
  }
  console.log('');
  console.log(options.out ? `Into a new roadmap, “${titleOf(doc)}”, ${path}:` : `Into “${titleOf(doc)}”, ${path}:`);
  if (note) console.log(note);
  const titles = new Map<string, string>([
    ...(['goals', 'initiatives', 'milestones'] as const).flatMap((collection) =>
      readAll(doc, collection).map((record) => [record.id, record.title] as const),
    ),
    ...[...plan.goals, ...plan.creates].map((planned) => [planned.id, planned.title] as const),
  ]);
  for (const line of planLines(plan, (id) => titles.get(id) ?? id, options.listAll)) console.log(line);

  if (!planChangesAnything(plan)) {
    if (options.out) {
      console.error('Nothing to import: no row of the file could be imported, so no roadmap was made.');
      return 1;
    }
    console.log(`Nothing written: ${path} already has all of it.`);
    return 0;
  }
  if (options.dryRun) {
    console.log(
      `Dry run: nothing written (without --dry-run, ${options.out ? 'it would make' : 'it would update'} ${path}).`,
    );
    return 0;
  }
  let result;
  try {
    result = applyImport(doc, plan);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    console.error(`The import could not be applied, nothing was written: ${error.message}`);
    return 1;
  }
  try {
    await writeRoadmapFile(path, doc, {
      roadmapId,
      title: titleOf(doc),
      savedAt: new Date().toISOString(),
      app: APP_NAME,
    });
  } catch (error) {
    console.error(await describeWriteError(error, path));
    return 1;
  }
  console.log(`Wrote ${path}: ${resultSummary(result, plan)}.`);
  return 0;
}

/** A Waymark JSON export to a new roadmap file (--out), its title replaced by --title if given. */
async function importJson(bytes: Uint8Array, options: Options): Promise<number> {
  const name = basename(options.csv);
  let imported;
  try {
    if (bytes.byteLength > MAX_JSON_BYTES) {
      throw new RoadmapJsonError(`it is larger than ${MAX_JSON_BYTES / 2 ** 20} MB.`);
    }
    imported = roadmapFromJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof TypeError) {
      console.error(`Cannot import ${name}: it is not UTF-8 text.`);
      return 1;
    }
    if (!(error instanceof RoadmapJsonError)) throw error;
    console.error(`Cannot import ${name}: ${error.message}`);
    for (const problem of error.problems.slice(1, 10)) console.error(`  ${problem}`);
    return 1;
  }
  const { doc, warnings } = imported;
  if (options.title !== null) updateRoadmap(doc, { title: options.title });
  const count = (collection: 'goals' | 'keyResults' | 'checkIns' | 'initiatives' | 'milestones' | 'dependencies') =>
    readAll(doc, collection).length;
  console.log(
    `Read ${name}: “${titleOf(doc)}”, ${count('goals')} goals, ${count('keyResults')} key results ` +
      `(${count('checkIns')} check-ins), ${count('initiatives')} initiatives, ${count('milestones')} milestones, ` +
      `${count('dependencies')} dependencies, ${readAll(doc, 'baselines').length} baselines.`,
  );
  for (const warning of warnings) console.log(`Repaired: ${warning}`);
  if (options.dryRun) {
    console.log(`Dry run: nothing written (without --dry-run, it would make ${options.out}).`);
    return 0;
  }
  try {
    await writeRoadmapFile(options.out!, doc, {
      roadmapId: newId(),
      title: titleOf(doc),
      savedAt: new Date().toISOString(),
      app: APP_NAME,
    });
  } catch (error) {
    console.error(await describeWriteError(error, options.out!));
    return 1;
  }
  console.log(`Wrote ${options.out}.`);
  return 0;
}

/** The guessed mapping with --map applied, and the status map from --status (see import-options). */
function columnAndStatusChoices(table: CsvTable, guessed: ColumnMapping, options: Options) {
  const mapping = applyColumnChoices(table.headers, guessed, options.maps);
  const statusColumn = columnsFor(table.headers, mapping, 'status')[0];
  const fileStatuses =
    statusColumn === undefined ? [] : statusValuesOf(table.rows, statusColumn, null).map(({ value }) => value);
  return { mapping, ...statusChoices(fileStatuses, options.statuses) };
}

function titleOf(doc: Y.Doc): string {
  const title = metaOf(doc).get('title');
  return typeof title === 'string' ? title : '';
}

/**
 * The roadmap to import into: a new one, made as the app makes one (initialized at the current schema,
 * a new id), or the file given to --into, read and checked (a damaged file or one from a newer Waymark is
 * refused; it is never written), an older one brought up to date as the app does on opening it. A
 * string is the reason it cannot be used.
 */
async function openTarget(
  options: Options,
): Promise<{ doc: Y.Doc; path: string; roadmapId: string; note: string | null } | string> {
  if (options.out !== null) {
    const doc = createRoadmapYDoc();
    initializeRoadmap(doc, { title: options.title ?? roadmapTitleFromFileName(basename(options.csv)) });
    return { doc, path: options.out, roadmapId: newId(), note: null };
  }
  const given = options.into!;
  // Written where a link leads, so the link stays one.
  const path = await realpath(given).catch(() => given);
  let contents;
  try {
    contents = await readRoadmapFile(path);
  } catch (error) {
    if (error instanceof RoadmapFileError) return `Cannot import into ${given}: ${error.message}`;
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return `Cannot read ${given}: ${reason}`;
  }
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, contents.state);
  const before = metaOf(doc).get('schemaVersion');
  const schema = migrateDocument(doc);
  if (schema.kind === 'newer') {
    return `Cannot import into ${given}: it was saved by a newer Waymark (document schema ${schema.version}). Update Waymark to change it; the file was left as it was.`;
  }
  if (schema.kind === 'empty') return `Cannot import into ${given}: it holds no roadmap (an empty document).`;
  const note =
    before !== metaOf(doc).get('schemaVersion')
      ? `Note: the roadmap was saved by an older Waymark; it is brought up to date, as the app does on opening it.`
      : null;
  return { doc, path, roadmapId: contents.meta.roadmapId, note };
}

/** Why the import cannot run as chosen, with what would make it run. */
function blockerMessage(plan: ImportPlan): string {
  const lines = plan.blockers.map((blocker) => `Cannot import: ${blocker}`);
  if (plan.dateFormats.length > 1 && plan.dateFormat === null) {
    lines.push(
      `Give --date-format, one of: ${plan.dateFormats.map((format) => `${format.id} (${format.label})`).join(', ')}.`,
    );
  }
  if (plan.blockers.some((blocker) => /title/.test(blocker))) {
    lines.push('Say which column holds the titles with --map "Column name=title".');
  }
  lines.push('Nothing was written.');
  return lines.join('\n');
}
