// `npm test`: every check a change must pass, in order, with one summary line at the end.
// typecheck → lint → unit tests in two time zones → web build → end-to-end tests in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Waymark needs Node >= 22.12 (this is ${process.version}). Install Node 22 or newer and run npm test again.`,
  );
  process.exit(1);
}

const results = 'out/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const counts = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function vitest(name, config, reportName, env = {}) {
  const report = `${results}/${reportName}.json`;
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
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

run('typecheck', 'npx', ['tsc', '-b']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
// Date logic must not depend on the machine's zone: run the unit tests on both sides of the date line.
vitest('unit tests (TZ=Pacific/Auckland)', null, 'unit-auckland', { TZ: 'Pacific/Auckland' });
vitest('unit tests (TZ=America/Los_Angeles)', null, 'unit-los-angeles', { TZ: 'America/Los_Angeles' });
if (run('web build', 'npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'])) {
  vitest('end-to-end tests (Chromium)', 'test/e2e/vitest.config.ts', 'e2e');
}

console.log('');
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps.length || counts.failed ? 1 : 0);
