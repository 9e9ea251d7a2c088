import * as Y from 'yjs';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { generateRoadmap, libraryFor } from './generate';
import { frameWork, percentile, traceDuring } from './frames';
import { seedIndexedDb } from './seed';

/** The size issue #15 sets its targets at. */
export const TABLE_SIZE = 10_000;

/** Issue #15's targets (ms). */
export const TABLE_TARGETS = { firstRenderMs: 100, scrollP95Ms: 4, sortMs: 50 } as const;

/** Frames per scripted scroll, and how far each frame scrolls (px): two rows a frame, and a fling of twenty. */
const SCROLL_FRAMES = 180;
export const SCROLL_SPEEDS = [64, 640] as const;

export interface MedianAndMax {
  readonly medianMs: number;
  readonly maxMs: number;
}

export interface ScrollFigures {
  readonly pxPerFrame: number;
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface TableFigures {
  readonly runs: number;
  readonly initiatives: number;
  /** Rows of the grid (groups, initiatives, milestones). */
  readonly rows: number;
  /** Click on the Table tab to the frame after the grid's rows are in the DOM. */
  readonly firstRender: MedianAndMax;
  /** Click on the Title heading to the frame after the sorted rows are; then again (descending). */
  readonly sortAscending: MedianAndMax;
  readonly sortDescending: MedianAndMax;
  /** Click on the Start heading (dates) to the frame after. */
  readonly sortByStart: MedianAndMax;
  /** Main-thread work per frame while scrolling down, every run's frames together. */
  readonly scroll: readonly ScrollFigures[];
}

function medianAndMax(times: readonly number[]): MedianAndMax {
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)! };
}

/** What the page shows once the click is done with: the grid's first rows, or a heading sorted a way. */
type Done = { readonly rows: number } | { readonly column: string; readonly sort: 'ascending' | 'descending' };

/**
 * In the page: from the next click's timestamp to the frame after `done` holds (checked on every DOM
 * change), resolved through `window.tableProbe`.
 */
async function armProbe(page: Page, done: Done): Promise<void> {
  await page.evaluate((done) => {
    const isDone = () =>
      'rows' in done
        ? document.querySelectorAll('[role="grid"] [role="rowgroup"]:last-child [role="row"]').length > done.rows
        : document.querySelector(`[role="columnheader"].cell-${done.column}`)?.getAttribute('aria-sort') === done.sort;
    const probe = window as unknown as { tableProbe?: Promise<number> };
    probe.tableProbe = new Promise((resolve) => {
      let clickedAt = 0;
      addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
      const finish = () => {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt)));
      };
      const observer = new MutationObserver(() => {
        if (clickedAt && isDone()) finish();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }, done);
}

async function clickAndTime(page: Page, target: ReturnType<Page['getByRole']>, done: Done): Promise<number> {
  // A heading may be off to the right (under the inspector) until the table scrolls to it.
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click');
  await armProbe(page, done);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => (window as unknown as { tableProbe: Promise<number> }).tableProbe);
}

/** Scrolls the table down `pxPerFrame` once per animation frame, recording main-thread work per frame. */
async function scrollFrames(page: Page, cdp: CDPSession, pxPerFrame: number): Promise<number[]> {
  await page.evaluate(() => (document.querySelector('.table-scroll')!.scrollTop = 0));
  const events = await traceDuring(cdp, () =>
    page.evaluate(
      ({ pxPerFrame, frames }) =>
        new Promise<void>((resolve) => {
          const scroller = document.querySelector<HTMLElement>('.table-scroll')!;
          let frame = 0;
          console.timeStamp('table-scroll:start');
          const tick = () => {
            scroller.scrollTop += pxPerFrame;
            if (++frame < frames) requestAnimationFrame(tick);
            else
              requestAnimationFrame(() => {
                console.timeStamp('table-scroll:end');
                resolve();
              });
          };
          requestAnimationFrame(tick);
        }),
      { pxPerFrame, frames: SCROLL_FRAMES },
    ),
  );
  return frameWork(events, 'table-scroll').work;
}

const FIRST_ROWS: Done = { rows: 10 };
const sortedBy = (column: string, sort: 'ascending' | 'descending'): Done => ({ column, sort });

/**
 * In Chromium, the web build with a generated roadmap of 10,000 initiatives in IndexedDB: the click on the
 * Table tab until its rows are painted, scripted scrolls, and sorting by clicking headings; a fresh load per run.
 */
export async function measureTable(browser: Browser, url: string, runs: number): Promise<TableFigures> {
  const roadmap = generateRoadmap(TABLE_SIZE);
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(`${url}/bench/blank.html`);
  await seedIndexedDb(page, [
    { name: 'waymark:library', updates: [Y.encodeStateAsUpdate(libraryFor(roadmap))] },
    { name: `waymark:roadmap:${roadmap.id}`, updates: [Y.encodeStateAsUpdate(roadmap.doc)] },
  ]);
  const cdp = await context.newCDPSession(page);
  const first: number[] = [];
  const ascending: number[] = [];
  const descending: number[] = [];
  const byStart: number[] = [];
  const work = new Map<number, number[]>(SCROLL_SPEEDS.map((speed) => [speed, []]));
  let rows = 0;
  for (let run = 0; run < runs; run++) {
    await page.goto(`${url}/`);
    // The chosen view is remembered: start each run from the timeline.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.bar').first().waitFor();
    first.push(await clickAndTime(page, page.getByRole('tab', { name: 'Table' }), FIRST_ROWS));
    rows = Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1;
    for (const speed of SCROLL_SPEEDS) work.get(speed)!.push(...(await scrollFrames(page, cdp, speed)));
    await page.evaluate(() => (document.querySelector('.table-scroll')!.scrollTop = 0));
    const title = page.getByRole('columnheader', { name: 'Title' });
    ascending.push(await clickAndTime(page, title, sortedBy('title', 'ascending')));
    descending.push(await clickAndTime(page, title, sortedBy('title', 'descending')));
    byStart.push(
      await clickAndTime(page, page.getByRole('columnheader', { name: 'Start' }), sortedBy('start', 'ascending')),
    );
  }
  await context.close();
  return {
    runs,
    initiatives: roadmap.initiatives,
    rows,
    firstRender: medianAndMax(first),
    sortAscending: medianAndMax(ascending),
    sortDescending: medianAndMax(descending),
    sortByStart: medianAndMax(byStart),
    scroll: SCROLL_SPEEDS.map((pxPerFrame) => {
      const frames = work.get(pxPerFrame)!;
      return {
        pxPerFrame,
        frames: frames.length,
        p50: percentile(frames, 50),
        p95: percentile(frames, 95),
        max: Math.max(...frames),
      };
    }),
  };
}
