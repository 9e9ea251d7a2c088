// Runs one of Waymark's command-line tools (TypeScript, in electron/cli/) in plain Node, no Electron:
// `node electron/cli/run.mjs host --dir ./roadmaps`. The tools are bundled ahead into out/cli/ by the
// app's own bundler (Vite), rebuilt only when a source file is newer than the bundle, so a start is a plain
// Node import: `--help` answers in a fraction of a second instead of transpiling everything first.
import { pathToFileURL } from 'node:url';
import { ensureCliBuilt, TOOLS } from './build-cli.mjs';

const [name, ...args] = process.argv.slice(2);
if (!TOOLS.includes(name)) {
  console.error(`Unknown tool "${name ?? ''}". Tools: ${TOOLS.join(', ')}.`);
  process.exit(2);
}
// Output piped into a reader that stopped early (`| head`): the tool still finishes its work and its files.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
const bundle = await ensureCliBuilt(name);
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(args);
// A tool that has finished exits even if a library left a timer or socket behind (it would hang a stop).
setTimeout(() => process.exit(), 3000).unref();
