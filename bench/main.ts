import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/support/chromium';
import {
  comparisonData,
  generateAll,
  measureComparedPan,
  measureDhtmlx,
  measureWaymark,
  type CanvasFigures,
  type ComparedPanFigures,
} from './canvas';
import {
  alignmentTables,
  canvasTables,
  comparedPanTable,
  baselineStorageTable,
  comparisonFiguresTable,
  cliTable,
  comparisonTable,
  exportTable,
  hostTables,
  importTables,
  syncTables,
  tableTables,
} from './report';
import { measureTable, TABLE_SIZE } from './table';
import { measureDurability, measureGuessing } from './host';
import { measureCli } from './cli';
import { ALIGNMENT_SIZE, generateAlignmentRoadmap, measureAlignmentUpdates, measureAlignmentView } from './alignment';
import { measureExport } from './export';
import { IMPORT_SIZES, IMPORT_TARGET_MS, measureImport } from './import';
import { BASELINE_STORAGE_SIZE, measureBaselineStorage, measureComparison } from './baseline-storage';
import { measureSync } from './sync';
import { serveStatic } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4399);

const SUITES = ['canvas', 'alignment', 'table', 'baselines', 'sync', 'export', 'import', 'cli', 'host'] as const;
type Suite = (typeof SUITES)[number];

interface Options {
  sizes: number[];
  runs: number;
  profile: boolean;
  write: boolean;
  only: Suite[];
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [1000, 5000, 10000], runs: 5, profile: false, write: true, only: [...SUITES] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sizes') options.sizes = argv[++i]!.split(',').map(Number);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--only') options.only = argv[++i]!.split(',') as Suite[];
    else
      throw new Error(
        `unknown option ${arg} (options: --only canvas,sync --sizes 1000,5000 --runs 5 --profile --no-write)`,
      );
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes whole numbers');
  if (options.only.some((suite) => !SUITES.includes(suite))) throw new Error(`--only takes ${SUITES.join(', ')}`);
  return options;
}

/** Chromium's version, the CPU and memory: what the figures were measured on. */
function machine(browserVersion: string | null): string {
  const cpu = cpus();
  const base = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}`;
  return browserVersion ? `${base}; Chromium ${browserVersion} headless` : base;
}

/** Replaces one suite's generated part of docs/BENCHMARKS.md (between its markers), keeping the rest. */
function writeDocs(suite: Suite, section: string) {
  const file = `${root}docs/BENCHMARKS.md`;
  const begin = `<!-- bench:${suite}:begin -->`;
  const end = `<!-- bench:${suite}:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${begin} … ${end} section`);
  mkdirSync(`${root}docs`, { recursive: true });
  writeFileSync(file, `${current.slice(0, from + begin.length)}\n${section}\n${current.slice(to)}`);
}

export async function main(argv: readonly string[]) {
  const options = parseOptions(argv);
  const log = (line: string) => console.log(line);
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const stamp = (about: string) => `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${about}.`;
  if (options.only.includes('canvas')) await canvasSuite(options, log, stamp);
  if (options.only.includes('alignment')) await alignmentSuite(options, log, stamp, !options.only.includes('canvas'));
  if (options.only.includes('table')) {
    await tableSuite(options, log, stamp, !options.only.includes('canvas') && !options.only.includes('alignment'));
  }
  // A Node-only suite: says what it measures, prints its tables under the stamp, writes them to the docs.
  const nodeSuite = async (
    suite: Exclude<Suite, 'canvas' | 'alignment' | 'table'>,
    about: string,
    tables: () => Promise<string[]>,
  ) => {
    if (!options.only.includes(suite)) return;
    log(about);
    const section = [stamp(machine(null)), '', ...(await tables())].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs(suite, section);
  };
  await nodeSuite(
    'baselines',
    `Baselines: ${BASELINE_STORAGE_SIZE.initiatives.toLocaleString('en-US')} initiatives, ${BASELINE_STORAGE_SIZE.baselines} quarters of edits with a baseline before each, stored two ways…`,
    async () => [...baselineStorageTable(measureBaselineStorage()), '', ...comparisonFiguresTable(measureComparison())],
  );
  await nodeSuite('sync', 'Sync: 2 and 10 peers on loopback, and a peer catching up on 1,000 edits…', async () =>
    syncTables(await measureSync([2, 10])),
  );
  await nodeSuite('export', 'PDF export: 300 and 2,000 initiatives…', async () =>
    exportTable(await measureExport([300, 2000])),
  );
  await nodeSuite(
    'import',
    `CSV import: generated Jira exports of ${IMPORT_SIZES.map((size) => size.toLocaleString('en-US')).join(' and ')} rows, ${options.runs} runs each…`,
    async () => importTables(await measureImport(options.runs, IMPORT_SIZES, log), IMPORT_TARGET_MS),
  );
  await nodeSuite('cli', 'Command line: start to exit of `--help` (target: under 500 ms)…', async () =>
    cliTable(measureCli()),
  );
  await nodeSuite(
    'host',
    'Host: 20 kill -9 runs while a client streams edits; guessing codes with random Origins…',
    async () => hostTables(await measureDurability(), await measureGuessing()),
  );
  if (options.write) log('\nWritten to docs/BENCHMARKS.md');
}

async function canvasSuite(options: Options, log: (line: string) => void, stamp: (about: string) => string) {
  log('Building the web renderer and the benchmark pages…');
  await build({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
  await build({ configFile: `${root}bench/pages/vite.config.ts`, logLevel: 'warn' });

  log(`Generating roadmaps of ${options.sizes.join(', ')} initiatives…`);
  const roadmaps = generateAll(options.sizes);
  const files = comparisonData(roadmaps);
  files.set('blank.html', '<!doctype html><title>bench</title>');
  const server = await serveStatic(PORT, [
    { prefix: '/bench/', dir: `${root}out/bench-web/`, files },
    { prefix: '/', dir: `${root}dist-web/` },
  ]);
  const browser = await launchChromium();
  const mapFile = (url: string) => {
    const path = new URL(url).pathname;
    return path.startsWith('/bench/') ? `${root}out/bench-web/${path.slice(7)}.map` : `${root}dist-web${path}.map`;
  };
  const figures: CanvasFigures[] = [];
  const compared: ComparedPanFigures[] = [];
  try {
    for (const roadmap of roadmaps) {
      log(`Canvas: ${roadmap.initiatives} initiatives, ${roadmap.goals} goals…`);
      const common = { url: server.url, runs: options.runs, mapFile, log };
      const ours = await measureWaymark(browser, roadmap, { ...common, profile: options.profile });
      figures.push(ours);
      figures.push(await measureDhtmlx(browser, roadmap, { ...common, profile: false }, ours));
      log(`Canvas: ${roadmap.initiatives} initiatives compared with a baseline…`);
      compared.push(await measureComparedPan(browser, roadmap, { ...common, profile: false }));
    }
    const section = [
      stamp(machine(browser.version())),
      '',
      ...canvasTables(figures),
      '',
      ...comparisonTable(figures),
      '',
      ...comparedPanTable(compared),
    ].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs('canvas', section);
  } finally {
    await browser.close();
    server.close();
  }
}

/** What the alignment suite measures (docs/BENCHMARKS.md says it too, above the suite's tables). */
const ALIGNMENT_ABOUT = [
  `Alignment (issue #12): a roadmap of ${ALIGNMENT_SIZE.initiatives.toLocaleString('en-US')} initiatives, ${ALIGNMENT_SIZE.goals} goals`,
  `(50 nested, three levels deep), ${ALIGNMENT_SIZE.goals * ALIGNMENT_SIZE.keyResultsPerGoal} key results with`,
  `${ALIGNMENT_SIZE.checkInsPerKeyResult} check-ins each (${(ALIGNMENT_SIZE.goals * ALIGNMENT_SIZE.keyResultsPerGoal * ALIGNMENT_SIZE.checkInsPerKeyResult).toLocaleString('en-US')}),`,
  'two in three initiatives serving a key result. In Node: the first computation (read model, lanes, alignment),',
  "then for each kind of edit, 200 edits at random: from the command (its transaction, the read model's flush)",
  'to an up-to-date `selectAlignment` (with `selectLanes`, roll-up, pace and flags) — what the app pays per edit.',
  'In Chromium (the web build, the roadmap seeded in IndexedDB): from the click on the Alignment tab to the',
  'frame after the goal table is in the DOM, each run after a fresh load.',
].join(' ');

async function alignmentSuite(
  options: Options,
  log: (line: string) => void,
  stamp: (about: string) => string,
  buildWeb: boolean,
) {
  log(ALIGNMENT_ABOUT);
  log('Alignment: generating the roadmap…');
  const roadmap = generateAlignmentRoadmap();
  log('Alignment: recomputing after single edits (Node)…');
  const updates = measureAlignmentUpdates(roadmap);
  if (buildWeb) {
    log('Building the web renderer…');
    await build({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
  }
  const server = await serveStatic(PORT, [
    {
      prefix: '/bench/',
      dir: `${root}out/bench-web/`,
      files: new Map([['blank.html', '<!doctype html><title>bench</title>']]),
    },
    { prefix: '/', dir: `${root}dist-web/` },
  ]);
  const browser = await launchChromium();
  try {
    log('Alignment: rendering the view (Chromium)…');
    const view = await measureAlignmentView(browser, server.url, roadmap, Math.max(options.runs, 5));
    const section = [stamp(machine(browser.version())), '', ...alignmentTables(updates, view)].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs('alignment', section);
  } finally {
    await browser.close();
    server.close();
  }
}

/** What the table suite measures (docs/BENCHMARKS.md says it too, above the suite's tables). */
const TABLE_ABOUT = [
  `Table view (issue #15): the generated roadmap of ${TABLE_SIZE.toLocaleString('en-US')} initiatives in Chromium (the web`,
  'build, the roadmap seeded in IndexedDB, a 1400×860 window), grouped by goal, after a fresh load each run:',
  'from the click on the Table tab to the frame after its first rows are in the DOM; main-thread work per frame',
  'while a script scrolls the table down 180 frames at two rows a frame and at twenty (a fling), from a Chrome',
  'trace; from the click on a column heading to the frame after the sorted rows.',
].join(' ');

async function tableSuite(
  options: Options,
  log: (line: string) => void,
  stamp: (about: string) => string,
  buildWeb: boolean,
) {
  log(TABLE_ABOUT);
  if (buildWeb) {
    log('Building the web renderer…');
    await build({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
  }
  const server = await serveStatic(PORT, [
    {
      prefix: '/bench/',
      dir: `${root}out/bench-web/`,
      files: new Map([['blank.html', '<!doctype html><title>bench</title>']]),
    },
    { prefix: '/', dir: `${root}dist-web/` },
  ]);
  const browser = await launchChromium();
  try {
    log('Table: rendering, scrolling and sorting (Chromium)…');
    const figures = await measureTable(browser, server.url, options.runs);
    const section = [stamp(machine(browser.version())), '', ...tableTables(figures)].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs('table', section);
  } finally {
    await browser.close();
    server.close();
  }
}
