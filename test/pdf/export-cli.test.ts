import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoadmapYDoc, encodeRoadmapFile, writeSampleRoadmap } from '../../shared';
import { takeBaseline } from '../../shared/commands';
import { RoadmapStore } from '../../shared/read-model/roadmap-store';
import { BASELINE_TAKEN_AT, reviewedRoadmap } from '../../shared/testing/reviewed-roadmap';
import { newRoadmapDoc } from '../../shared/testing/roadmap-doc';
import { main } from '../../electron/cli/export';
import { runTool } from '../support/run-tool';
import { pdfText } from './pdf-text';

let folder: string;
let input: string;

const run = (...args: string[]) => runTool(main, args);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-export-cli-'));
  const doc = createRoadmapYDoc();
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
  // The one real start of the command (its bundle is built first when the sources are newer): a build on a
  // busy machine takes a while, and the timeout is for a hang, not for slowness.
  it('runs as a command: writes a PDF, exit status 0', { timeout: 180_000 }, async () => {
    const out = join(folder, 'spawned.pdf');
    const result = spawnSync(
      process.execPath,
      ['electron/cli/run.mjs', 'export', input, '--out', out, '--as-of', '2027-01-15'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}`);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bad = spawnSync(process.execPath, ['electron/cli/run.mjs', 'export', input, '--page', 'B5'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });

  it('writes a PDF of a roadmap file, with the page size and range asked for', async () => {
    const out = join(folder, 'plan.pdf');
    const result = await run(
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
    const badPage = await run(input, '--out', out, '--page', 'B5');
    expect(badPage.status).toBe(2);
    expect(badPage.stderr).toMatch(/Bad option --page/);
    const badRange = await run(input, '--out', out, '--from', '2027-05-01', '--to', '2027-01-01');
    expect(badRange.status).toBe(2);
    expect(badRange.stderr).toContain('ends before it starts');
    expect((await run(input)).status).toBe(2);
    expect((await run('--out', out)).stderr).toContain('exactly one roadmap file');
    const notRoadmap = join(folder, 'notes.txt');
    await writeFile(notRoadmap, 'hello');
    const unreadable = await run(notRoadmap, '--out', out);
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('not a Waymark roadmap file');
    // Never over its own input; never an empty PDF.
    const overInput = await run(input, '--out', input);
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toContain('is a Waymark roadmap file: choose another name for the PDF');
    expect((await readFile(input)).subarray(0, 4).toString('latin1')).not.toBe('%PDF');
    // Not through a link either, and never over any roadmap file (the PDF would replace a roadmap).
    const link = join(folder, 'link.waymark');
    await symlink(input, link);
    const throughLink = await run(link, '--out', input);
    expect(throughLink.status).toBe(2);
    expect(throughLink.stderr).toContain('is a Waymark roadmap file');
    const linkedPdf = join(folder, 'linked.pdf');
    await symlink(input, linkedPdf);
    expect((await run(input, '--out', linkedPdf)).stderr).toContain(`(it leads to ${input})`);
    expect((await readFile(input)).subarray(0, 4).toString('latin1')).not.toBe('%PDF');
    // A folder, or a folder that is not there: said in words.
    const intoFolder = await run(input, '--out', folder);
    expect(intoFolder.status).toBe(1);
    expect(intoFolder.stderr).toBe(`${folder} is a folder: give the name of a file to write.\n`);
    const intoNowhere = await run(input, '--out', join(folder, 'nowhere', 'plan.pdf'));
    expect(intoNowhere.status).toBe(1);
    expect(intoNowhere.stderr).toContain('does not exist: create it first');
    expect(intoNowhere.stderr).not.toMatch(/ENOENT|EISDIR/);
    const nothing = await run(input, '--out', out, '--no-title', '--no-timeline', '--no-appendix');
    expect(nothing.status).toBe(2);
    expect(nothing.stderr).toContain('Choose at least one section');
    const missing = await run(join(folder, 'missing.waymark'), '--out', out);
    expect(missing.status).toBe(1);
    expect(await readFile(out, 'utf8')).toBe('the previous export');
  });

  it('writes numbers for --locale (en-US unless asked), and refuses a tag that is not one', async () => {
    const out = join(folder, 'locale.pdf');
    const words = async (...args: string[]) => {
      expect((await run(input, '--out', out, '--no-timeline', '--no-appendix', ...args)).status).toBe(0);
      return (await pdfText(new Uint8Array(await readFile(out)))).flat().map((item) => item.str);
    };
    expect(await words()).toContain('4.2% → 4% → 2.5%');
    expect(await words('--locale', 'de-DE')).toContain('4,2% → 4% → 2,5%');
    const bad = await run(input, '--out', out, '--locale', 'not a locale!');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Bad option --locale/);
  });

  it('refuses a document from a newer Waymark, and reports invalid records, marking them in the PDF', async () => {
    const roadmapFile = async (name: string, edit: (doc: Y.Doc) => void) => {
      const doc = createRoadmapYDoc();
      writeSampleRoadmap(doc, '2027-01-15');
      edit(doc);
      const path = join(folder, name);
      await writeFile(
        path,
        encodeRoadmapFile(doc, {
          roadmapId: '6f1c1d3e-0000-4000-8000-000000000009',
          title: 'x',
          savedAt: 'x',
          app: 't',
        }),
      );
      return path;
    };
    const newer = await roadmapFile('newer.waymark', (doc) => doc.getMap('meta').set('schemaVersion', 999));
    const refused = await run(newer, '--out', join(folder, 'newer.pdf'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('saved by a newer Waymark (document schema 999)');

    const broken = await roadmapFile('broken.waymark', (doc) => {
      const [first, second] = [...(doc.getMap('initiatives') as Y.Map<Y.Map<unknown>>).values()];
      first!.set('title', 'Backwards dates');
      first!.set('startDate', '2027-02-01');
      first!.set('endDate', '2020-01-01');
      second!.set('title', 'Unknown status');
      second!.set('status', 'frozen');
    });
    const out = join(folder, 'broken.pdf');
    const result = await run(broken, '--out', out, '--as-of', '2027-01-15', '--no-title', '--no-timeline');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^Warning: 2 items have invalid values, shown as stored and marked ⚠: /);
    expect(result.stderr).toContain('initiative "Backwards dates": End date is before the start date');
    expect(result.stderr).toContain('initiative "Unknown status": Invalid status');
    const words = (await pdfText(new Uint8Array(await readFile(out)))).flat().map((item) => item.str);
    expect(words).toEqual(expect.arrayContaining(['⚠ Backwards dates', '⚠ Unknown status', '⚠ Invalid status']));
    expect(words.join(' ')).toContain('⚠ 2 with invalid values, printed as stored');
  });

  it('adds the Alignment page with --alignment (not by default), and says so in --help', async () => {
    const out = join(folder, 'alignment.pdf');
    const pageTexts = async (...args: string[]) => {
      const result = await run(input, '--out', out, '--as-of', '2027-01-15', '--no-timeline', '--no-appendix', ...args);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return (await pdfText(new Uint8Array(await readFile(out)))).map((page) => page.map((item) => item.str));
    };
    const without = await pageTexts();
    expect(without.flat()).not.toContain('Sample: product plan: alignment');
    const withIt = await pageTexts('--alignment');
    expect(withIt).toHaveLength(without.length + 1);
    const alignment = withIt.at(-1)!;
    expect(alignment).toEqual(
      expect.arrayContaining([
        'Sample: product plan: alignment',
        'Initiatives on no goal (1)',
        'Customer interviews',
        'Goals that are not SMART (0)',
      ]),
    );
    expect(alignment.join(' ')).toContain('The fiscal quarter 2027-01-01 to 2027-03-31, as of 2027-01-15');
    // The alignment page alone is an export.
    expect((await pageTexts('--no-title', '--alignment')).length).toBeGreaterThan(0);
    expect((await run('--help')).stdout).toMatch(/--alignment {4}add the Alignment page/);
  });

  it('shows the month a one-sided range names, even beyond the content', async () => {
    const out = join(folder, 'late.pdf');
    const late = await run(
      input,
      '--out',
      out,
      '--from',
      '2029-01-01',
      '--no-title',
      '--no-appendix',
      '--as-of',
      '2027-01-15',
    );
    expect(late.status).toBe(0);
    const pages = await pdfText(new Uint8Array(await readFile(out)));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.map((item) => item.str)).toEqual(
      expect.arrayContaining(['Jan 2029', 'Nothing scheduled in this export.']),
    );
  });

  it('exports the goals named with --goal (and their sub-goals), refusing a name that matches no goal', async () => {
    const out = join(folder, 'one-goal.pdf');
    const result = await run(
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

    const unknown = await run(input, '--out', out, '--goal', 'Grow', '--goal', 'Scale the platform');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('No goal named "Grow". The roadmap\'s goals: Grow activation, ');
  });

  it('compares with a baseline named by --since: the Changes page, ghosts, deltas; refuses a name it lacks', async () => {
    const { doc } = reviewedRoadmap(newRoadmapDoc('Reviewed'));
    // A second baseline of the same name, taken later (nothing changed since it).
    const later = takeBaseline(doc, { name: 'q1 REVIEW', takenBy: 'Ben', takenAt: BASELINE_TAKEN_AT + 86_400_000 });
    const reviewed = join(folder, 'reviewed.waymark');
    const file = { roadmapId: '6f1c1d3e-0000-4000-8000-000000000003', title: 'Reviewed', savedAt: 'x', app: 't' };
    await writeFile(reviewed, encodeRoadmapFile(doc, file));
    const out = join(folder, 'since.pdf');
    const pagesOf = async () =>
      (await pdfText(new Uint8Array(await readFile(out)))).map((page) => page.map((item) => item.str));

    const original = await run(reviewed, '--out', out, '--since', 'Kick-off', '--as-of', '2027-02-15');
    expect(original.status).toBe(2);
    expect(original.stderr).toContain(
      'No baseline named "Kick-off". The roadmap\'s baselines: "q1 REVIEW" (taken 2027-01-16 by Ben, id',
    );
    await expect(readFile(out)).rejects.toThrow();

    // Two of the name: the newest, and the command says so. By its id, the older one.
    const newest = await run(reviewed, '--out', out, '--since', 'Q1 review', '--as-of', '2027-02-15');
    expect(newest.status).toBe(0);
    expect(newest.stderr).toMatch(
      /^Note: 2 baselines are named "q1 REVIEW"; comparing with the newest, "q1 REVIEW" \(taken 2027-01-16 by Ben/,
    );
    expect(newest.stdout).toContain('compared with "q1 REVIEW" (taken 2027-01-16 by Ben');
    // Nothing was edited since it; only time passed (a goal fell behind pace).
    expect((await pagesOf())[1]).toEqual(expect.arrayContaining(['No initiative changed. No key result moved.']));

    const older = [...new RoadmapStore(doc).getSnapshot().baselines.values()].find(({ id }) => id !== later)!;
    const byId = await run(reviewed, '--out', out, '--since', older.id, '--as-of', '2027-02-15');
    expect(byId.stderr).toBe('');
    expect(byId.status).toBe(0);
    const pages = await pagesOf();
    // The title page's deltas, then the Changes page, then the timeline with its markers.
    expect(pages[0]).toEqual(expect.arrayContaining(['+15 pts']));
    expect(pages[1]).toEqual(
      expect.arrayContaining([
        'Reviewed: changes since Q1 review (2027-01-15)',
        'Checklist',
        'slipped +14 d',
        'from Activation',
      ]),
    );
    expect(pages[2]).toEqual(
      expect.arrayContaining(['+14 d', 'new', 'Where it was at Q1 review (+N d: ends N days later)']),
    );
    expect((await run('--help')).stdout).toMatch(/--since {8}compare with a baseline/);

    const bare = join(folder, 'bare.waymark');
    const noBaselines = { ...file, roadmapId: '6f1c1d3e-0000-4000-8000-000000000004', title: 'Bare' };
    await writeFile(bare, encodeRoadmapFile(newRoadmapDoc('Bare'), noBaselines));
    const none = await run(bare, '--out', join(folder, 'none.pdf'), '--since', 'latest');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No baseline named "latest": this roadmap has none');
  });
});
