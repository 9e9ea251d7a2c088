import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/support/chromium';
import { comparisonData, generateAll, measureDhtmlx, measureWaymark, type CanvasFigures } from './canvas';
import { canvasTables, cliTable, comparisonTable, exportTable, hostTables, syncTables } from './report';
import { measureDurability, measureGuessing } from './host';
import { measureCli } from './cli';
import { measureExport } from './export';
import { measureSync } from './sync';
import { serveStatic } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4399);

const SUITES = ['canvas', 'sync', 'export', 'cli', 'host'] as const;
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
  // A Node-only suite: says what it measures, prints its tables under the stamp, writes them to the docs.
  const nodeSuite = async (suite: Exclude<Suite, 'canvas'>, about: string, tables: () => Promise<string[]>) => {
    if (!options.only.includes(suite)) return;
    log(about);
    const section = [stamp(machine(null)), '', ...(await tables())].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs(suite, section);
  };
  await nodeSuite('sync', 'Sync: 2 and 10 peers on loopback, and a peer catching up on 1,000 edits…', async () =>
    syncTables(await measureSync([2, 10])),
  );
  await nodeSuite('export', 'PDF export: 300 and 2,000 initiatives…', async () =>
    exportTable(await measureExport([300, 2000])),
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
  try {
    for (const roadmap of roadmaps) {
      log(`Canvas: ${roadmap.initiatives} initiatives, ${roadmap.goals} goals…`);
      const common = { url: server.url, runs: options.runs, mapFile, log };
      const ours = await measureWaymark(browser, roadmap, { ...common, profile: options.profile });
      figures.push(ours);
      figures.push(await measureDhtmlx(browser, roadmap, { ...common, profile: false }, ours));
    }
    const section = [
      stamp(machine(browser.version())),
      '',
      ...canvasTables(figures),
      '',
      ...comparisonTable(figures),
    ].join('\n');
    log('');
    log(section);
    if (options.write) writeDocs('canvas', section);
  } finally {
    await browser.close();
    server.close();
  }
}
