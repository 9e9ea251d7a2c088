import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRoadmapFile } from '../../shared/file-format';
import { DATE_FORMATS, serializeRoadmapJson } from '../../shared/interchange';
import { INITIATIVE_STATUSES } from '../../shared/model/initiative';
import { readAll } from '../../shared/commands/records';
import { createRoadmapYDoc, metaOf } from '../../shared/model/document';
import { writeSampleRoadmap } from '../../shared/sample/sample-roadmap';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/schema-version';
import { newRoadmapDoc } from '../../shared/testing/roadmap-doc';
import { loadRoadmapDoc } from '../../electron/services/files/roadmap-files';
import { main } from '../../electron/cli/import';
import { runTool } from '../support/run-tool';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const JIRA = fixture('jira-issues.csv');
const JIRA_CHANGED = fixture('jira-issues-changed.csv');
const AMBIGUOUS = fixture('ambiguous-dates.csv');
const TODAY = '2026-12-04';

let folder: string;

const run = (...args: string[]) => runTool(main, args);

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
const byTitle = (doc: Y.Doc) =>
  new Map(readAll(doc, 'initiatives').map((initiative) => [initiative.title, initiative]));
const goalTitle = (doc: Y.Doc, goalId: string | null) =>
  readAll(doc, 'goals').find((goal) => goal.id === goalId)?.title ?? null;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-import-cli-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
  // The one real start of the command (its bundle is built first when the sources are newer): a build on a
  // busy machine takes a while, and the timeout is for a hang, not for slowness.
  it('runs as a command: imports into a new file, exit status 0; bad usage 2', { timeout: 180_000 }, async () => {
    const out = join(folder, 'spawned.waymark');
    const result = spawnSync(
      process.execPath,
      ['electron/cli/run.mjs', 'import', JIRA, '--out', out, '--today', TODAY],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}: 2 goals and 7 items created`);
    expect(readAll((await loadRoadmapDoc(out)).doc, 'initiatives')).toHaveLength(7);
    const bad = spawnSync(process.execPath, ['electron/cli/run.mjs', 'import', JIRA], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Give either --out');
  });

  it('imports a Jira export into a new roadmap file: epics as goals, dates, tags, statuses, links', async () => {
    const out = join(folder, 'jira.waymark');
    const result = await run(JIRA, '--out', out, '--today', TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // What was recognized, then the plan.
    expect(result.stdout).toContain('Read jira-issues.csv: a Jira issue export, 10 rows (comma-separated).');
    expect(result.stdout).toContain('Dates: 4/Mar/27 (Jira).');
    expect(result.stdout).toMatch(/ {2}Summary +→ Title\n/);
    expect(result.stdout).toMatch(/ {2}Labels ×3 +→ Tags\n/);
    expect(result.stdout).toContain('Left out: Project key, Priority, Reporter');
    expect(result.stdout).toMatch(/Code review \(1\) +→ In progress/);
    expect(result.stdout).toContain('Goals to create (2):\n  “Self-serve onboarding” (line 2)');
    expect(result.stdout).toContain(
      'line 4: “Guided setup checklist”, initiative 2026-07-01 to 2026-07-31, on “Self-serve onboarding”',
    );
    expect(result.stdout).toContain('“Guided setup checklist” → “Sample data for empty workspaces”');
    expect(result.stdout).toContain('Skipped (1):\n  line 13: It has no title.');
    expect(result.stdout).toContain(
      'line 8 (“Invite teammates from Slack, Teams, and email”): It has no dates; it is unscheduled (see the Unscheduled tray).',
    );
    expect(result.stdout).toContain(
      `Wrote ${out}: 2 goals and 7 items created, 0 updated, 2 dependencies added; 0 unchanged, 1 skipped.`,
    );

    const { doc, meta } = await loadRoadmapDoc(out);
    expect(meta.title).toBe('jira-issues');
    expect(meta.roadmapId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(metaOf(doc).get('schemaVersion')).toBe(CURRENT_SCHEMA_VERSION);
    expect(metaOf(doc).get('title')).toBe('jira-issues');
    expect(
      readAll(doc, 'goals')
        .map((goal) => goal.title)
        .sort(),
    ).toEqual(['Self-serve onboarding', 'Usage-based billing']);
    const initiatives = byTitle(doc);
    expect(initiatives.size).toBe(7);
    const checklist = initiatives.get('Guided setup checklist')!;
    expect(goalTitle(doc, checklist.goalId)).toBe('Self-serve onboarding');
    expect(checklist).toMatchObject({
      externalKey: 'WM-11',
      startDate: '2026-07-01',
      endDate: '2026-07-31',
      status: 'in-progress',
      owner: 'Priya Nair',
      team: 'Growth',
      tags: ['onboarding', 'ux'],
    });
    expect(initiatives.get('Metering pipeline')).toMatchObject({ status: 'at-risk', tags: ['infra', 'revenue'] });
    expect(goalTitle(doc, initiatives.get('Status page for billing incidents')!.goalId)).toBeNull();
    expect(readAll(doc, 'dependencies')).toHaveLength(2);
  });

  it('re-imports a later export --into the file: only the changes, the same roadmap id; then nothing', async () => {
    const into = join(folder, 'reimport.waymark');
    expect((await run(JIRA, '--out', into, '--today', TODAY)).status).toBe(0);
    const before = await loadRoadmapDoc(into);

    const result = await run(JIRA_CHANGED, '--into', into, '--today', TODAY);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Into “jira-issues”, ${into}:`);
    expect(result.stdout).toContain(
      'The import will create 1 initiative, update 2 items. 4 rows already match and stay as they are. 1 row will be skipped.',
    );
    expect(result.stdout).toContain(
      'line 7: “Sample data for empty workspaces”: End 2026-08-15 → 2026-08-22; Status In progress → Done',
    );
    expect(result.stdout).toContain(
      'line 8: “Invite teammates from Slack, Teams, and email”: Start unscheduled → 2026-09-01; End unscheduled → 2026-09-30; Owner — → Priya Nair',
    );
    expect(result.stdout).toContain('line 13: “Annual plans with usage caps”, initiative 2026-12-01 to 2027-01-31');
    expect(result.stdout).toContain(
      `Wrote ${into}: 1 item created, 2 updated, 0 dependencies added; 4 unchanged, 1 skipped.`,
    );

    const after = await loadRoadmapDoc(into);
    expect(after.meta.roadmapId).toBe(before.meta.roadmapId);
    const initiatives = byTitle(after.doc);
    expect(initiatives.size).toBe(8);
    expect(initiatives.get('Sample data for empty workspaces')).toMatchObject({
      id: byTitle(before.doc).get('Sample data for empty workspaces')!.id,
      status: 'done',
      endDate: '2026-08-22',
    });
    // An issue no longer exported stays: a re-import adds and updates, it never deletes.
    expect(initiatives.get('Drop legacy plan codes')).toBeDefined();

    const bytes = await readFile(into);
    const again = await run(JIRA_CHANGED, '--into', into, '--today', TODAY);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing to import: the roadmap already has all of it. 7 rows already match');
    expect(again.stdout).toContain(`Nothing written: ${into} already has all of it.`);
    expect(await readFile(into)).toEqual(bytes);
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    const out = join(folder, 'dry.waymark');
    const dry = await run(JIRA, '--out', out, '--dry-run', '--today', TODAY);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('The import will create 7 initiatives and 2 goals');
    expect(dry.stdout).toContain(`Dry run: nothing written (without --dry-run, it would make ${out}).`);
    expect(await exists(out)).toBe(false);

    const into = join(folder, 'dry-into.waymark');
    expect((await run(JIRA, '--out', into, '--today', TODAY)).status).toBe(0);
    const bytes = await readFile(into);
    const dryInto = await run(JIRA_CHANGED, '--into', into, '--dry-run', '--today', TODAY);
    expect(dryInto.status).toBe(0);
    expect(dryInto.stdout).toContain('update 2 items');
    expect(await readFile(into)).toEqual(bytes);
  });

  it('--map overrides the guess: by id or label; a one-column target replaces the guessed column', async () => {
    const out = join(folder, 'mapped.waymark');
    const result = await run(
      JIRA,
      '--out',
      out,
      '--today',
      TODAY,
      '--map',
      'Reporter=owner',
      '--map',
      'priority=TAGS',
      '--map',
      'Team=Leave out',
      '--status',
      'blocked=Planned',
      '--status',
      'Waiting=done',
      '--no-dependencies',
      '--title',
      'Imported plan',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ {2}Reporter +→ Owner\n/);
    expect(result.stdout).toMatch(/Left out: .*Assignee.*Team/);
    expect(result.stdout).toMatch(/Blocked \(1\) +→ Planned/);
    expect(result.stdout).toContain('Note: --status "Waiting": no row has that status.');
    const { doc, meta } = await loadRoadmapDoc(out);
    expect(meta.title).toBe('Imported plan');
    expect(byTitle(doc).get('Metering pipeline')).toMatchObject({
      owner: 'Dana Reyes',
      team: '',
      status: 'planned',
      tags: ['Medium', 'infra', 'revenue'],
    });
    expect(readAll(doc, 'dependencies')).toEqual([]);
  });

  it('says which columns and targets there are when --map names others (exit status 2)', async () => {
    const out = join(folder, 'never.waymark');
    const column = await run(JIRA, '--out', out, '--map', 'Sprints=tags');
    expect(column.status).toBe(2);
    expect(column.stderr).toContain('the file has no column named "Sprints". Its columns: "Summary", "Issue key"');
    const target = await run(JIRA, '--out', out, '--map', 'Sprint=label');
    expect(target.status).toBe(2);
    expect(target.stderr).toContain('"label" is not a target. Targets: ignore (Leave out), title (Title)');
    const status = await run(JIRA, '--out', out, '--status', 'Blocked=stuck');
    expect(status.status).toBe(2);
    expect(status.stderr).toContain('"stuck" is not a Waymark status. Statuses: proposed (Proposed)');
    expect(await exists(out)).toBe(false);
  });

  it('asks for --date-format when dates read two ways (exit status 1), then imports with it', async () => {
    const out = join(folder, 'dates.waymark');
    const asking = await run(AMBIGUOUS, '--out', out);
    expect(asking.status).toBe(1);
    expect(asking.stderr).toContain('The dates can be read two ways (day first or month first)');
    expect(asking.stderr).toContain(
      'Give --date-format, one of: dmy (04/03/2027 (day first)), mdy (03/04/2027 (month first)).',
    );
    expect(await exists(out)).toBe(false);

    const chosen = await run(AMBIGUOUS, '--out', out, '--date-format', 'mdy');
    expect(chosen.stderr).toBe('');
    expect(chosen.status).toBe(0);
    expect(chosen.stdout).toContain('Dates: 03/04/2027 (month first), as --date-format says.');
    expect(byTitle((await loadRoadmapDoc(out)).doc).get('Quarterly planning')).toMatchObject({
      startDate: '2027-03-04',
      endDate: '2027-05-06',
    });
  });

  it('refuses a file that is not CSV, or has nothing to import (exit status 1), writing nothing', async () => {
    const binary = join(folder, 'image.csv');
    await writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    const out = join(folder, 'from-binary.waymark');
    const result = await run(binary, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot import image.csv: This file is not text, so it is not a CSV file.');
    expect(await exists(out)).toBe(false);
    const untitled = join(folder, 'untitled.csv');
    await writeFile(untitled, 'Title,Start\n,2027-01-01\n');
    const nothing = await run(untitled, '--out', out);
    expect(nothing.status).toBe(1);
    expect(nothing.stdout).toContain('Nothing to import: no row can be imported. 1 row will be skipped.');
    expect(nothing.stderr).toContain('no roadmap was made');
    expect(await exists(out)).toBe(false);
    const missing = await run(join(folder, 'missing.csv'), '--out', out);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('there is no such file');
  });

  it('never writes over a damaged roadmap file or one from a newer Waymark (exit status 1)', async () => {
    const damaged = join(folder, 'damaged.waymark');
    await run(JIRA, '--out', damaged, '--today', TODAY);
    const bytes = new Uint8Array(await readFile(damaged));
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0xff;
    await writeFile(damaged, bytes);
    const result = await run(JIRA_CHANGED, '--into', damaged);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Cannot import into ${damaged}:`);
    expect(new Uint8Array(await readFile(damaged))).toEqual(bytes);

    const doc = newRoadmapDoc('From the future');
    metaOf(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const newer = join(folder, 'newer.waymark');
    const newerBytes = encodeRoadmapFile(doc, {
      roadmapId: '6f1c1d3e-0000-4000-8000-000000000014',
      title: 'From the future',
      savedAt: '2027-01-15',
      app: 'test',
    });
    await writeFile(newer, newerBytes);
    const refused = await run(JIRA, '--into', newer);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('it was saved by a newer Waymark');
    expect(new Uint8Array(await readFile(newer))).toEqual(newerBytes);
  });

  it('explains bad usage (exit status 2) and never replaces an existing file with --out', async () => {
    const existing = join(folder, 'existing.waymark');
    await copyFile(JIRA, existing);
    const over = await run(JIRA, '--out', existing);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain(`${existing} already exists: choose a new name for --out, or update it with --into`);
    expect(await readFile(existing)).toEqual(await readFile(JIRA));
    for (const args of [
      [],
      [JIRA],
      [JIRA, '--out', join(folder, 'a.waymark'), '--into', existing],
      [JIRA, '--out', join(folder, 'plan.csv')],
      [JIRA, '--out', join(folder, 'b.waymark'), '--today', '2027-02-30'],
      [JIRA, '--out', join(folder, 'b.waymark'), '--date-format', 'dd/mm'],
      [JIRA, '--into', existing, '--title', 'Renamed'],
      [JIRA, '--out', join(folder, 'b.waymark'), '--map', 'Summary'],
      [JIRA, '--out', join(folder, 'b.waymark'), '--colour'],
    ]) {
      const result = await run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).not.toBe('');
    }
    expect((await run(JIRA, '--out', join(folder, 'b.waymark'), '--date-format', 'dd/mm')).stderr).toContain(
      'Formats: iso (2027-03-04 (ISO)), ymd-slash',
    );
    expect(await exists(join(folder, 'b.waymark'))).toBe(false);
    const help = await run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run import');
    for (const format of DATE_FORMATS) expect(help.stdout).toContain(format.id);
    for (const status of INITIATIVE_STATUSES) expect(help.stdout).toContain(status);
  });
});

describe('npm run import of a JSON export', () => {
  it('makes the whole roadmap again as a new file, baselines and check-ins included', async () => {
    const source = createRoadmapYDoc();
    writeSampleRoadmap(source, TODAY);
    const json = join(folder, 'export.json');
    await writeFile(json, serializeRoadmapJson(source));
    const out = join(folder, 'from-json.waymark');
    const dry = await run(json, '--out', out, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/Read export\.json: “Sample: product plan”, \d+ goals, .* 1 baselines\./);
    expect(await exists(out)).toBe(false);

    const result = await run(json, '--out', out, '--title', 'Restored plan');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { doc, meta } = await loadRoadmapDoc(out);
    expect(meta.title).toBe('Restored plan');
    expect(metaOf(doc).get('title')).toBe('Restored plan');
    for (const collection of ['goals', 'keyResults', 'checkIns', 'initiatives', 'milestones', 'baselines'] as const) {
      expect(
        readAll(doc, collection)
          .map((record) => record.id)
          .sort(),
      ).toEqual(
        readAll(source, collection)
          .map((record) => record.id)
          .sort(),
      );
    }
  });

  it('refuses what is not a Waymark roadmap JSON file, and CSV-only options, writing nothing', async () => {
    const notRoadmap = join(folder, 'other.json');
    await writeFile(notRoadmap, '{"name": "package"}');
    const out = join(folder, 'never.waymark');
    const refused = await run(notRoadmap, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^Cannot import other\.json: /);
    const broken = join(folder, 'broken.json');
    await writeFile(broken, '{"format": "waymark-roadmap",\n  "version": 1,,\n}');
    expect((await run(broken, '--out', out)).stderr).toMatch(/line 2/);
    expect(await exists(out)).toBe(false);
    const into = await run(notRoadmap, '--into', join(folder, 'any.waymark'));
    expect(into.status).toBe(2);
    expect(into.stderr).toContain('give --out');
    const mapped = await run(notRoadmap, '--out', out, '--map', 'Lane=goal');
    expect(mapped.status).toBe(2);
    expect(mapped.stderr).toContain('--map: for CSV files only');
  });
});
