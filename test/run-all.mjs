// `npm test`: every check a change must pass, in order, with one summary line at the end.
// typecheck → lint → unit tests in two time zones → web build → end-to-end tests in Chromium.
// Runs at the same time in one checkout do not disturb each other: each has its own reports, web build and
// port, and the typecheck writes nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Waymark needs Node >= 22.12 (this is ${process.version}). Install Node 22 or newer and run npm test again.`,
  );
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'waymark-test-'));
const results = join(scratch, 'results');
const webBuild = join(scratch, 'web');
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function vitest(name, config, reportName, env = {}, only = []) {
  const report = `${results}/${reportName}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...only];
  if (config) args.push('--config', config);
  run(name, 'npx', args, env);
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += summary.numPassedTests;
    counts.failed += summary.numFailedTests;
    counts.skipped += summary.numPendingTests + summary.numTodoTests;
  } catch {
    counts.failed += 1; // no report: the runner itself failed
  }
}

// Each project on its own, emitting nothing (not even build info another run could be reading).
for (const project of ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.test.json']) {
  run(`typecheck (${project})`, 'npx', [
    'tsc',
    '-p',
    project,
    '--noEmit',
    '--composite',
    'false',
    '--incremental',
    'false',
    '--emitDeclarationOnly',
    'false',
  ]);
}
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
// Date logic must not depend on the machine's zone: every unit test runs in Auckland, and what handles
// dates (the domain in shared/, the views' logic in renderer/) again on the other side of the date line.
// Sockets, files and processes do not care about the zone: they run once.
vitest('unit tests (TZ=Pacific/Auckland)', null, 'unit-auckland', { TZ: 'Pacific/Auckland' });
vitest('date logic again (TZ=America/Los_Angeles)', null, 'unit-los-angeles', { TZ: 'America/Los_Angeles' }, [
  'shared/',
  'renderer/',
]);
const webArgs = ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', webBuild];
if (run('web build', 'npx', webArgs)) {
  vitest('end-to-end tests (Chromium)', 'test/e2e/vitest.config.ts', 'e2e', { E2E_WEB_DIR: webBuild });
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);
