// Bundles a command-line tool (electron/cli/<tool>.ts) into one ES module, out/cli/<tool>.mjs, with the same
// bundler as the app (Vite). Dependencies stay external: Node loads them from node_modules as they are.
// A bundle is rebuilt when any source it may include (electron/, shared/, package.json) is newer than it;
// the new one is written beside it and renamed over it, so runs at the same time never see half a file.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tools `node electron/cli/run.mjs <tool>` runs. */
export const TOOLS = ['host', 'export', 'import'];

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'out/cli');
const SOURCES = ['electron', 'shared', 'package.json', 'package-lock.json'];

/** The newest modification time under the sources (folders count: they change when a file comes or goes). */
function newestSourceTime() {
  let newest = 0;
  const visit = (path) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    newest = Math.max(newest, info.mtimeMs);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  for (const source of SOURCES) visit(join(root, source));
  return newest;
}

/** The path of an up-to-date bundle of `tool`, building it first when it is missing or stale. */
export async function ensureCliBuilt(tool) {
  const bundle = join(outDir, `${tool}.mjs`);
  const built = statSync(bundle, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newestSourceTime()) return bundle;
  const { build } = await import('vite');
  const scratch = join(root, 'out', `.cli-${tool}-${process.pid}-${Date.now()}`);
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      // date-fns' index loads all of its ~300 modules (0.8 s); bundled, only what is used is kept.
      ssr: { noExternal: ['date-fns'] },
      build: {
        ssr: join(root, `electron/cli/${tool}.ts`),
        outDir: scratch,
        emptyOutDir: true,
        target: 'node22',
        minify: false,
        copyPublicDir: false,
        reportCompressedSize: false,
        rollupOptions: { output: { format: 'es', entryFileNames: `${tool}.mjs`, codeSplitting: false } },
      },
    });
    mkdirSync(outDir, { recursive: true });
    renameSync(join(scratch, `${tool}.mjs`), bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return bundle;
}
