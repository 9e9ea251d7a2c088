import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { ZodError } from 'zod';
import { systemClock } from '../../shared/time/clock';
import { RoadmapFileError } from '../../shared/file-format';
import { RoadmapStore } from '../../shared/read-model/roadmap-store';
import { describeInvalidRecords, invalidRecords } from '../../shared/read-model/invalid-records';
import { migrateDocument } from '../../shared/model/schema-version';
import { newerDocumentMessage } from '../../shared/pdf/render';
import { selectLanes } from '../../shared/read-model/lanes';
import { lanesNamed } from '../../shared/pdf/lane-choice';
import { baselineNamed } from '../../shared/pdf/baseline-choice';
import { compareBaselinesNewestFirst, type Baseline } from '../../shared/model/baseline';
import { localDayOf } from '../../shared/time/clock';
import { laneTitle } from '../../shared/pdf/plan';
import { readRoadmapFile } from '../services/files/roadmap-files';
import { writeFileAtomic } from '../services/files/atomic-write';
import { describeWriteError, refuseExportTarget } from '../services/files/output-check';
import { exportRoadmapJson, roadmapToCsv, type CsvDelimiter } from '../../shared/interchange';
import { renderRoadmapPdf } from '../services/export/pdf-export';
import { createRoadmapYDoc } from '../../shared/model/document';

const USAGE = `Usage: npm run export -- <roadmap.waymark> --out <plan.pdf|plan.csv|plan.json> [options]

Exports a roadmap to a PDF for stakeholder meetings: a title page with the vision, the goals (progress,
pace and health) and their key results (latest check-ins), the timeline, and a table of every initiative
by goal with the key results it serves; on request, a page of alignment flags, and the review pack: what
changed since a baseline. Or to CSV (one row per initiative and milestone, for spreadsheets; import
reads it back) or JSON (the whole roadmap; see docs/JSON-FORMAT.md).
  --out          the file to write (replaced only once the new one is complete)
  --format       pdf, csv or json (default: from --out's extension; pdf otherwise)

CSV:
  --bom          start with a UTF-8 byte order mark, so Excel reads accents right
  --delimiter    comma (default), semicolon (Excel where the decimal mark is a comma) or tab

PDF:
  --page         A4 (default), Letter, A3 or Tabloid
  --orientation  landscape (default) or portrait
  --from, --to   the date range, like 2027-01-01 (default: the roadmap's content)
  --goal         a goal to export, by title or id (repeat for more; its sub-goals come along;
                 "Unaligned" for initiatives without a goal). Default: every goal
  --layout       fit (default: one page wide) or tiled (long ranges split left to right)
  --color-by     goal (default), status or team
  --as-of        the date printed on every page (default: today)
  --author       who prepared it
  --locale       how numbers are written, and the PDF's language, like de-DE (default: en-US)
  --alignment    add the Alignment page: work on no goal or serving none of its goal's key results,
                 goals and key results with no work this (fiscal) quarter, work ending after its goal
                 is due, goals that are not SMART, stale and behind-pace key results (as of --as-of)
  --since        compare with a baseline, by name (any case) or id, or "latest": a "Changes since"
                 page after the title page (goal by goal: key results from → to in points, initiatives
                 added, removed, rescheduled, re-aligned), ghost bars where moved initiatives were on
                 the timeline, and each key result's change in points on the title page. Of several
                 baselines with the name, the newest (the others are listed)
  --no-title, --no-timeline, --no-appendix   leave a section out`;

/** The fonts, found from this file: electron/cli/export.ts and its bundle out/cli/export.mjs sit as deep. */
const FONTS = {
  body: fileURLToPath(new URL('../../shared/pdf/fonts/DejaVuSans.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../../shared/pdf/fonts/DejaVuSans-Bold.ttf', import.meta.url)),
};

const PAGE_NAMES = ['A4', 'Letter', 'A3', 'Tabloid'];
/** The command-line name of each export option, for messages. */
const OPTION_NAMES: Readonly<Record<string, string>> = {
  pageSize: '--page (A4, Letter, A3 or Tabloid)',
  orientation: '--orientation (landscape or portrait)',
  from: '--from',
  to: '--to',
  layout: '--layout (fit or tiled)',
  colorBy: '--color-by (goal, status or team)',
  asOf: '--as-of',
  author: '--author',
  locale: '--locale (a language tag like en-US)',
  sections: '--no-title/--no-timeline/--no-appendix/--alignment',
  since: '--since',
};

/** `npm run export`: a roadmap file to a PDF, headless in Node. Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        bom: { type: 'boolean', default: false },
        delimiter: { type: 'string', default: 'comma' },
        page: { type: 'string', default: 'A4' },
        orientation: { type: 'string', default: 'landscape' },
        from: { type: 'string' },
        to: { type: 'string' },
        goal: { type: 'string', multiple: true, default: [] },
        layout: { type: 'string', default: 'fit' },
        'color-by': { type: 'string', default: 'goal' },
        'as-of': { type: 'string' },
        author: { type: 'string', default: '' },
        locale: { type: 'string', default: 'en-US' },
        'no-title': { type: 'boolean', default: false },
        'no-timeline': { type: 'boolean', default: false },
        'no-appendix': { type: 'boolean', default: false },
        alignment: { type: 'boolean', default: false },
        since: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Give exactly one roadmap file to export.\n\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    console.error(`--out is required: the file to write.\n\n${USAGE}`);
    return 2;
  }
  const format = (values.format ?? formatOfPath(values.out)).toLowerCase();
  if (!isExportFormat(format)) {
    console.error(`Bad option --format: "${values.format}" is not pdf, csv or json.`);
    return 2;
  }
  const delimiter = DELIMITERS[values.delimiter.toLowerCase()];
  if (delimiter === undefined) {
    console.error(`Bad option --delimiter: "${values.delimiter}" is not comma, semicolon or tab.`);
    return 2;
  }
  const refusal = await refuseExportTarget(resolve(values.out), EXPORT_NAMES[format]);
  if (refusal !== null) {
    console.error(`--out: ${refusal}`);
    return 2;
  }
  let contents;
  try {
    contents = await readRoadmapFile(resolve(positionals[0]!));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    console.error(error instanceof RoadmapFileError ? error.message : `Cannot read ${positionals[0]}: ${reason}`);
    return 1;
  }
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, contents.state);
  // Like a file from a newer Waymark: refused, never guessed at. An older one is brought up to date here,
  // in memory (the file is not touched).
  const schema = migrateDocument(doc);
  if (schema.kind === 'newer') {
    console.error(newerDocumentMessage(schema.version));
    return 1;
  }
  const checked = new RoadmapStore(doc);
  const invalid = invalidRecords(checked.getSnapshot());
  const itemCount = checked.getSnapshot().initiatives.size + checked.getSnapshot().milestones.size;
  checked.destroy();
  if (invalid.length > 0) console.error(`Warning: ${describeInvalidRecords(invalid)}`);
  if (format !== 'pdf') {
    let text: string;
    if (format === 'csv') text = roadmapToCsv(doc, { bom: values.bom, delimiter });
    else {
      const exported = exportRoadmapJson(doc);
      for (const warning of exported.warnings) console.error(`Warning: ${warning}`);
      text = exported.text;
    }
    const out = resolve(values.out);
    const bytes = new TextEncoder().encode(text);
    try {
      await writeFileAtomic(out, bytes);
    } catch (error) {
      console.error(await describeWriteError(error, out));
      return 1;
    }
    const counted = format === 'csv' ? `, ${itemCount} ${itemCount === 1 ? 'row' : 'rows'}` : '';
    console.log(`Wrote ${out} (${(bytes.length / 1024).toFixed(0)} kB${counted}).`);
    return 0;
  }
  let lanes: string[] | null = null;
  if (values.goal.length > 0) {
    const store = new RoadmapStore(doc);
    const all = selectLanes(store.getSnapshot());
    store.destroy();
    const { keys, unknown } = lanesNamed(all, values.goal);
    if (unknown.length > 0) {
      const names = all.map(laneTitle).join(', ');
      console.error(`No goal named ${unknown.map((name) => `"${name}"`).join(', ')}. The roadmap's goals: ${names}.`);
      return 2;
    }
    lanes = keys;
  }
  let since: Baseline | null = null;
  if (values.since !== undefined) {
    const store = new RoadmapStore(doc);
    const baselines = [...store.getSnapshot().baselines.values()].sort(compareBaselinesNewestFirst);
    store.destroy();
    const choice = baselineNamed(baselines, values.since);
    if (choice.kind === 'none') {
      console.error(
        baselines.length === 0
          ? `No baseline named "${values.since}": this roadmap has none (take one in the app's Changes view).`
          : `No baseline named "${values.since}". The roadmap's baselines: ${baselines.map(describeBaseline).join(', ')}.`,
      );
      return 2;
    }
    since = choice.baseline;
    if (choice.alike.length > 0) {
      console.error(
        `Note: ${choice.alike.length + 1} baselines are named "${since.name}"; comparing with the newest, ` +
          `${describeBaseline(since)}. The others: ${choice.alike.map(describeBaseline).join(', ')} (give an id to choose one).`,
      );
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = await renderRoadmapPdf(
      doc,
      {
        // Page names as people type them: "letter", "a4", "Tabloid".
        pageSize: (PAGE_NAMES.find((name) => name.toLowerCase() === values.page!.toLowerCase()) ??
          values.page) as never,
        orientation: values.orientation as never,
        from: values.from ?? null,
        to: values.to ?? null,
        lanes,
        layout: values.layout as never,
        colorBy: values['color-by'] as never,
        asOf: values['as-of'] ?? systemClock.today(),
        author: values.author,
        locale: values.locale,
        sections: {
          title: !values['no-title'],
          timeline: !values['no-timeline'],
          appendix: !values['no-appendix'],
          alignment: values.alignment,
        },
        since: since?.id ?? null,
      },
      FONTS,
    );
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = error.issues[0]!;
      const option = OPTION_NAMES[String(issue.path[0])] ?? String(issue.path[0] ?? '');
      console.error(`Bad option ${option}: ${issue.message}`);
      return 2;
    }
    throw error;
  }
  const out = resolve(values.out);
  try {
    await writeFileAtomic(out, bytes);
  } catch (error) {
    console.error(await describeWriteError(error, out));
    return 1;
  }
  const compared = since ? `, compared with ${describeBaseline(since)}` : '';
  console.log(`Wrote ${out} (${(bytes.length / 1024).toFixed(0)} kB${compared}).`);
  return 0;
}

type ExportFormat = 'pdf' | 'csv' | 'json';
const EXPORT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', csv: 'CSV file', json: 'JSON file' };
const DELIMITERS: Readonly<Record<string, CsvDelimiter>> = { comma: ',', semicolon: ';', tab: '\t' };

function isExportFormat(format: string): format is ExportFormat {
  return Object.hasOwn(EXPORT_NAMES, format);
}

/** The format an output path names by its extension: plan.csv → csv; pdf for anything else. */
function formatOfPath(path: string): string {
  const extension = extname(path).slice(1).toLowerCase();
  return extension === 'csv' || extension === 'json' ? extension : 'pdf';
}

/** `"Q3 review" (taken 2027-01-15 by Ada, id …)`: a baseline as the messages name it. */
function describeBaseline(baseline: Baseline): string {
  const by = baseline.takenBy ? ` by ${baseline.takenBy}` : '';
  return `"${baseline.name}" (taken ${localDayOf(new Date(baseline.takenAt))}${by}, id ${baseline.id})`;
}
