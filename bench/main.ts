import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/support/chromium';
import { comparisonData, generateAll, measureDhtmlx, measureWaymark, type CanvasFigures } from './canvas';
import { canvasTables, comparisonTable } from './report';
import { serveStatic } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4399);

interface Options {
  sizes: number[];
  runs: number;
  profile: boolean;
  write: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { sizes: [1000, 5000, 10000], runs: 5, profile: false, write: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--sizes') options.sizes = argv[++i]!.split(',').map(Number);
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--no-write') options.write = false;
    else throw new Error(`unknown option ${arg} (options: --sizes 1000,5000 --runs 5 --profile --no-write)`);
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes whole numbers');
  return options;
}

/** Chromium's version, the CPU and memory: what the figures were measured on. */
function machine(browserVersion: string): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium ${browserVersion} headless`;
}

/** Replaces the generated part of docs/BENCHMARKS.md (between its markers), keeping the prose around it. */
function writeDocs(section: string) {
  const file = `${root}docs/BENCHMARKS.md`;
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
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
      const ours = await measureWaymark(browser, roadmap, {
        url: server.url,
        runs: options.runs,
        profile: options.profile,
        mapFile,
        log,
      });
      figures.push(ours);
      figures.push(
        await measureDhtmlx(
          browser,
          roadmap,
          { url: server.url, runs: options.runs, profile: false, mapFile, log },
          ours,
        ),
      );
    }
    const about = machine(browser.version());
    const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
    const section = [
      `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${about}.`,
      '',
      ...canvasTables(figures),
      '',
      ...comparisonTable(figures),
    ].join('\n');
    log('');
    log(section);
    if (options.write) {
      writeDocs(section);
      log('\nWritten to docs/BENCHMARKS.md');
    }
  } finally {
    await browser.close();
    server.close();
  }
}
