import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoadmapYDoc, encodeRoadmapFile, writeSampleRoadmap } from '../../shared';
import { readCsv, roadmapFromJson, serializeRoadmapJson, CSV_EXPORT_HEADERS } from '../../shared/interchange';
import { readAll } from '../../shared/commands/records';
import { main } from '../../electron/cli/export';
import { runTool } from '../support/run-tool';

let folder: string;
let input: string;
let initiativesAndMilestones: number;

const run = (...args: string[]) => runTool(main, args);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-export-data-'));
  const doc = createRoadmapYDoc();
  writeSampleRoadmap(doc, '2027-01-15');
  initiativesAndMilestones = readAll(doc, 'initiatives').length + readAll(doc, 'milestones').length;
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

describe('npm run export -- --format csv', () => {
  it('writes CSV when --out ends in .csv: one row per initiative and milestone', async () => {
    const out = join(folder, 'plan.csv');
    const result = await run(input, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Wrote .*plan\\.csv \\(\\d+ kB, ${initiativesAndMilestones} rows\\)`));
    const bytes = new Uint8Array(await readFile(out));
    expect(bytes[0]).not.toBe(0xef);
    const table = await readCsv(bytes);
    expect(table.headers).toEqual([...CSV_EXPORT_HEADERS]);
    expect(table.rows).toHaveLength(initiativesAndMilestones);
    expect(table.delimiter).toBe(',');
  });

  it('takes --format over the extension, --bom and --delimiter', async () => {
    const out = join(folder, 'for-excel.txt');
    const result = await run(input, '--out', out, '--format', 'CSV', '--bom', '--delimiter', 'semicolon');
    expect(result.status).toBe(0);
    const bytes = new Uint8Array(await readFile(out));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await readCsv(bytes)).delimiter).toBe(';');
  });

  it('refuses a bad format or delimiter, and never writes over a roadmap file', async () => {
    const badFormat = await run(input, '--out', join(folder, 'x.csv'), '--format', 'xlsx');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('"xlsx" is not pdf, csv or json');
    const badDelimiter = await run(input, '--out', join(folder, 'x.csv'), '--delimiter', 'pipe');
    expect(badDelimiter.status).toBe(2);
    expect(badDelimiter.stderr).toContain('"pipe" is not comma, semicolon or tab');
    const before = await readFile(input);
    const overInput = await run(input, '--out', input, '--format', 'csv');
    expect(overInput.status).toBe(2);
    expect(overInput.stderr).toContain('is a Waymark roadmap file: choose another name for the CSV file');
    expect(await readFile(input)).toEqual(before);
  });
});

describe('npm run export -- --format json', () => {
  it('writes the whole roadmap as JSON when --out ends in .json, and it imports as the same roadmap', async () => {
    const out = join(folder, 'plan.json');
    const result = await run(input, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote .*plan\.json \(\d+ kB\)/);
    const text = await readFile(out, 'utf8');
    const { doc, warnings } = roadmapFromJson(text);
    expect(warnings).toEqual([]);
    expect(serializeRoadmapJson(doc)).toBe(text);
    expect(readAll(doc, 'initiatives').length + readAll(doc, 'milestones').length).toBe(initiativesAndMilestones);
    expect(readAll(doc, 'baselines')).toHaveLength(1);
    // Written again from the same roadmap: the same bytes (no time stamp), so exports diff cleanly.
    expect((await run(input, '--out', out, '--format', 'json')).status).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(text);
  });
});
