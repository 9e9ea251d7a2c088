// Runs one of Waymark's command-line tools (TypeScript, in electron/cli/) in plain Node, no Electron:
// `node electron/cli/run.mjs host --dir ./roadmaps`. Vite's module runner resolves the project's
// extension-less imports the way the app's build does.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const tools = { host: './host.ts', export: './export.ts' };
const [name, ...args] = process.argv.slice(2);
if (!(name in tools)) {
  console.error(`Unknown tool "${name ?? ''}". Tools: ${Object.keys(tools).join(', ')}.`);
  process.exit(2);
}
const { module } = await runnerImport(fileURLToPath(new URL(tools[name], import.meta.url)), {
  root: fileURLToPath(new URL('../..', import.meta.url)),
  configFile: false,
  logLevel: 'silent',
});
process.exitCode = await module.main(args);
