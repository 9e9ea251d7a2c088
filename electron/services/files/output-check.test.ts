import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeRoadmapFile } from '../../../shared/file-format';
import { writeFileAtomic } from './atomic-write';
import { describeWriteError, refuseExportTarget, refusePdfTarget } from './output-check';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-output-'));
  const roadmap = encodeRoadmapFile(new Y.Doc(), {
    roadmapId: '6f1c1d3e-0000-4000-8000-000000000001',
    title: 'Plan',
    savedAt: '2027-01-15',
    app: 'test',
  });
  await writeFile(join(folder, 'good.waymark'), roadmap);
  await writeFile(join(folder, 'roadmap-named-like-a.pdf'), roadmap);
  await symlink(join(folder, 'good.waymark'), join(folder, 'link.pdf'));
  await writeFile(join(folder, 'old.pdf'), '%PDF-1.7 an earlier export');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('refusePdfTarget', () => {
  it.each([
    ['good.waymark', /good.waymark is a Waymark roadmap file/],
    ['GOOD.WAYMARK', /is a Waymark roadmap file/],
    ['link.pdf', /link.pdf is a Waymark roadmap file \(it leads to .*good.waymark\)/],
    ['roadmap-named-like-a.pdf', /holds a Waymark roadmap/],
  ])('refuses %s', async (name, reason) => {
    expect(await refusePdfTarget(join(folder, name))).toMatch(reason);
  });

  it.each(['new.pdf', 'old.pdf', 'missing-folder/new.pdf'])('lets a PDF go to %s', async (name) => {
    expect(await refusePdfTarget(join(folder, name))).toBeNull();
  });
});

describe('refuseExportTarget', () => {
  it('protects roadmap files from CSV and JSON exports too, naming the export', async () => {
    expect(await refuseExportTarget(join(folder, 'good.waymark'), 'CSV file')).toMatch(
      /good.waymark is a Waymark roadmap file: choose another name for the CSV file/,
    );
    await writeFile(join(folder, 'plan.json'), await readFile(join(folder, 'good.waymark')));
    expect(await refuseExportTarget(join(folder, 'plan.json'), 'JSON file')).toMatch(/holds a Waymark roadmap/);
    expect(await refuseExportTarget(join(folder, 'plan.csv'), 'CSV file')).toBeNull();
  });
});

describe('describeWriteError', () => {
  it('says in words what went wrong', async () => {
    await mkdir(join(folder, 'a-folder'));
    const attempt = async (path: string) =>
      writeFileAtomic(path, new Uint8Array(1)).then(
        () => 'written',
        (error: unknown) => describeWriteError(error, path),
      );
    expect(await attempt(join(folder, 'a-folder'))).toBe(
      `${join(folder, 'a-folder')} is a folder: give the name of a file to write.`,
    );
    expect(await attempt(join(folder, 'nowhere', 'plan.pdf'))).toBe(
      `The folder ${join(folder, 'nowhere')} does not exist: create it first, or choose another.`,
    );
    expect(await attempt(join(folder, 'plan.pdf'))).toBe('written');
  });
});
