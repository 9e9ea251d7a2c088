import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRoadmapFile, writeSampleRoadmap } from '../../shared';
import { pdfText } from './pdf-text';

let folder: string;
let input: string;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['electron/cli/run.mjs', 'export', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-export-cli-'));
  const doc = new Y.Doc();
  writeSampleRoadmap(doc, '2027-01-15');
  input = join(folder, 'plan.waymark');
  await writeFile(
    input,
    encodeRoadmapFile(doc, {
      roadmapId: '6f1c1d3e-0000-4000-8000-000000000001',
      title: 'Plan',
      savedAt: '2027-01-15',
      app: 'test',
    }),
  );
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run export', () => {
  it('writes a PDF of a roadmap file, with the page size and range asked for', async () => {
    const out = join(folder, 'plan.pdf');
    const result = run(
      input,
      '--out',
      out,
      '--page',
      'Letter',
      '--orientation',
      'portrait',
      '--from',
      '2027-01-01',
      '--to',
      '2027-12-31',
      '--as-of',
      '2027-01-15',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Wrote');
    const pages = await pdfText(new Uint8Array(await readFile(out)));
    expect(pages.length).toBe(3);
    expect(pages.flat().map((item) => item.str)).toContain('page 3 of 3');
  });

  it('explains bad options and unreadable input, and leaves an existing output untouched', async () => {
    const out = join(folder, 'existing.pdf');
    await writeFile(out, 'the previous export');
    const badPage = run(input, '--out', out, '--page', 'B5');
    expect(badPage.status).toBe(2);
    expect(badPage.stderr).toMatch(/Bad option --page/);
    const badRange = run(input, '--out', out, '--from', '2027-05-01', '--to', '2027-01-01');
    expect(badRange.status).toBe(2);
    expect(badRange.stderr).toContain('ends before it starts');
    expect(run(input).status).toBe(2);
    expect(run('--out', out).stderr).toContain('exactly one roadmap file');
    const notRoadmap = join(folder, 'notes.txt');
    await writeFile(notRoadmap, 'hello');
    const unreadable = run(notRoadmap, '--out', out);
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('not a Waymark roadmap file');
    // Never over its own input; never an empty PDF.
    const overInput = run(input, '--out', input);
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toContain('names the roadmap file itself');
    expect((await readFile(input)).subarray(0, 4).toString('latin1')).not.toBe('%PDF');
    const nothing = run(input, '--out', out, '--no-title', '--no-timeline', '--no-appendix');
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('Choose at least one section');
    const missing = run(join(folder, 'missing.waymark'), '--out', out);
    expect(missing.status).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('the previous export');
  });

  it('writes numbers for --locale (en-US unless asked), and refuses a tag that is not one', async () => {
    const out = join(folder, 'locale.pdf');
    const words = async (...args: string[]) => {
      expect(run(input, '--out', out, '--no-timeline', '--no-appendix', ...args).status).toBe(0);
      return (await pdfText(new Uint8Array(await readFile(out)))).flat().map((item) => item.str);
    };
    expect(await words()).toContain('4.2% → 3.9% → 2.5%');
    expect(await words('--locale', 'de-DE')).toContain('4,2% → 3,9% → 2,5%');
    const bad = run(input, '--out', out, '--locale', 'not a locale!');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Bad option --locale/);
  });

  it('shows the month a one-sided range names, even beyond the content', async () => {
    const out = join(folder, 'late.pdf');
    expect(
      run(input, '--out', out, '--from', '2029-01-01', '--no-title', '--no-appendix', '--as-of', '2027-01-15').status,
    ).toBe(0);
    const pages = await pdfText(new Uint8Array(await readFile(out)));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((item) => item.str)).toEqual(
      expect.arrayContaining(['Jan 2029', 'Nothing scheduled in this export.']),
    );
  });

  it('exports the goals named with --goal (and their sub-goals), refusing a name that matches no goal', async () => {
    const out = join(folder, 'one-goal.pdf');
    const result = run(
      input,
      '--out',
      out,
      '--goal',
      'grow ACTIVATION',
      '--goal',
      'Unaligned',
      '--as-of',
      '2027-01-15',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const words = (await pdfText(new Uint8Array(await readFile(out)))).flat().map((item) => item.str);
    expect(words).toEqual(expect.arrayContaining(['Grow activation', 'Onboarding checklist', 'Customer interviews']));
    expect(words).not.toContain('Improve retention');
    expect(words).not.toContain('Sync engine hardening');

    const unknown = run(input, '--out', out, '--goal', 'Grow', '--goal', 'Scale the platform');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('No goal named "Grow". The roadmap\'s goals: Grow activation, ');
  });
});
