// `npm run bench`: runs the TypeScript benchmark driver through Vite's module runner (it resolves the
// project's extension-less imports the way the app's build does).
import { runnerImport } from 'vite';

// The module runner would set NODE_ENV=development, and the builds the driver makes must be production ones.
process.env.NODE_ENV = 'production';

const { module } = await runnerImport(new URL('./main.ts', import.meta.url).pathname, {
  root: process.cwd(),
  configFile: false,
  logLevel: 'silent',
});
await module.main(process.argv.slice(2));
