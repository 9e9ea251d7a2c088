import * as Y from 'yjs';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { generateRoadmap, libraryFor, type GeneratedRoadmap } from './generate';
import { toPlainRoadmap } from './plain-data';
import { firstRenderOf, installFirstRenderProbe } from './probe';
import { seedIndexedDb } from './seed';
import { frameWork, percentile, traceDuring } from './frames';
import { formatProfile, profileDuring, summarizeProfile } from './cpu-profile';
import { comparePlans, createRoadmapYDoc, planAtBaseline, RoadmapStore, takeBaseline } from '../shared';
import { editQuarter } from './baseline-storage';
import { prng } from './generate';

/** Per-frame main-thread work while an interaction ran (ms). */
export interface FrameStats {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly frames: number;
}

/** What one roadmap size measured in one renderer (Waymark or the comparison library). */
export interface CanvasFigures {
  readonly renderer: string;
  readonly initiatives: number;
  /** Navigation start until the first frame with a bar is painted (median of RUNS loads). */
  readonly firstRenderMs: number;
  /** Navigation start until the roadmap's data was read (IndexedDB for Waymark, JSON for the other). */
  readonly dataReadMs: number | null;
  readonly pan: FrameStats;
  readonly drag: FrameStats | null;
  /** JS heap after GC with the roadmap open (MB). */
  readonly heapMb: number;
  /** Of which the Y.Doc alone, and the read model over it (MB), measured in a page of their own. */
  readonly docMb: number | null;
  readonly readModelMb: number | null;
  /** Elements in the DOM after panning: stays flat when virtualization works. */
  readonly domNodes: number;
}

export interface CanvasOptions {
  readonly url: string;
  readonly runs: number;
  readonly profile: boolean;
  /** Local .map file of a served script URL, for naming functions in profiles. */
  readonly mapFile: (url: string) => string | null;
  readonly log: (line: string) => void;
}

const VIEWPORT = { width: 1400, height: 860 };
// No fake clock here (unlike the end-to-end tests): Playwright's clock also fakes performance.now(), which
// the timings rely on. "Today" is the real day, inside the generated roadmaps' three years until 2028.
/** Month zoom: the density people work at, and the one panned and dragged at. */
const MONTHS_PX_PER_DAY = 4;
/** Panning across six months takes two seconds at 60 Hz. */
const PAN_DAYS = 183;
const PAN_FRAMES = 120;
const DRAG_FRAMES = 60;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The generated roadmaps' plain-JSON form, served to the comparison page as `data/<size>.json`. */
export function comparisonData(roadmaps: readonly GeneratedRoadmap[]): Map<string, string> {
  return new Map(
    roadmaps.map((roadmap) => [`data/${roadmap.initiatives}.json`, JSON.stringify(toPlainRoadmap(roadmap.doc))]),
  );
}

export function generateAll(sizes: readonly number[]): GeneratedRoadmap[] {
  return sizes.map((size) => generateRoadmap(size));
}

async function newContext(browser: Browser, probeSelector: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC' });
  await installFirstRenderProbe(context, probeSelector);
  return context;
}

const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / 1e6;
}

function stats(work: readonly number[]): FrameStats {
  return { p50: percentile(work, 50), p95: percentile(work, 95), max: Math.max(...work), frames: work.length };
}

/** Loads the page `runs` times and returns the median first render. */
async function medianFirstRender(page: Page, url: string, runs: number) {
  const renders = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(url);
    renders.push(await firstRenderOf(page));
  }
  renders.sort((a, b) => a.visible - b.visible);
  return renders[Math.floor(renders.length / 2)]!;
}

/** Scrolls `scroll(px)` once per animation frame, recording main-thread work per frame. */
async function panFrames(
  page: Page,
  cdp: CDPSession,
  script: 'waymark' | 'dhtmlx',
  pxPerFrame: number,
): Promise<FrameStats> {
  const events = await traceDuring(cdp, () =>
    page.evaluate(
      ({ script, pxPerFrame, frames }) =>
        new Promise<void>((resolve) => {
          const gantt = (
            window as unknown as {
              benchGantt?: { gantt: { scrollTo(x: number, y: null): void; getScrollState(): { x: number } } };
            }
          ).benchGantt?.gantt;
          const timeline = document.querySelector<HTMLElement>('.timeline');
          let frame = 0;
          console.timeStamp('pan:start');
          const tick = () => {
            if (script === 'waymark') timeline!.scrollLeft += pxPerFrame;
            else gantt!.scrollTo(gantt!.getScrollState().x + pxPerFrame, null);
            if (++frame < frames) requestAnimationFrame(tick);
            else
              requestAnimationFrame(() => {
                console.timeStamp('pan:end');
                resolve();
              });
          };
          requestAnimationFrame(tick);
        }),
      { script, pxPerFrame, frames: PAN_FRAMES },
    ),
  );
  return stats(frameWork(events, 'pan').work);
}

/** Drags a bar with real pointer events down three lanes and two months later, one move per frame, then drops it. */
async function dragFrames(page: Page, cdp: CDPSession): Promise<FrameStats> {
  // A bar fully in view, away from the edges; dragged down three lanes, or up when it sits low.
  const start = await page.evaluate(() => {
    const view = document.querySelector('.timeline')!.getBoundingClientRect();
    const bar = [...document.querySelectorAll<HTMLElement>('.bar')]
      .map((element) => element.getBoundingClientRect())
      .filter(
        (box) =>
          box.width > 24 &&
          box.left > view.left + 240 &&
          box.left < view.right - 280 &&
          box.top > view.top + 70 &&
          box.bottom < view.bottom - 20,
      )
      .sort((a, b) => a.top - b.top)[0];
    return bar ? { x: bar.left + 12, y: bar.top + bar.height / 2, down: bar.top < view.top + view.height / 2 } : null;
  });
  if (!start) {
    await page.screenshot({ path: 'out/bench-no-bar.png' });
    throw new Error('no bar to drag in view (see out/bench-no-bar.png)');
  }
  const dx = (60 * MONTHS_PX_PER_DAY) / DRAG_FRAMES;
  const dy = ((start.down ? 1 : -1) * 300) / DRAG_FRAMES;
  await page.mouse.move(start.x, start.y);
  const events = await traceDuring(cdp, async () => {
    await page.evaluate(() => console.timeStamp('drag:start'));
    await page.mouse.down();
    for (let frame = 1; frame <= DRAG_FRAMES; frame++) {
      await page.mouse.move(start.x + frame * dx, start.y + frame * dy);
      await nextFrame(page);
    }
    await page.mouse.up();
    await nextFrame(page);
    await nextFrame(page);
    await page.evaluate(() => console.timeStamp('drag:end'));
  });
  const moved = await page.locator('.drag-tooltip').count();
  if (moved !== 0) throw new Error('the drag did not end');
  return stats(frameWork(events, 'drag').work);
}

/** The Y.Doc alone, then the read model over it, weighed on the heap of a page of their own. */
async function weighDoc(browser: Browser, url: string, roadmap: GeneratedRoadmap) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/bench/ydoc.html`);
  await page.waitForFunction(() => 'benchDoc' in window);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(
    (update) => (window as unknown as { benchDoc: { setUpdate(u: string): void } }).benchDoc.setUpdate(update),
    base64(Y.encodeStateAsUpdate(roadmap.doc)),
  );
  const before = await heapAfterGc(cdp);
  await page.evaluate(() => (window as unknown as { benchDoc: { loadDoc(): number } }).benchDoc.loadDoc());
  const withDoc = await heapAfterGc(cdp);
  await page.evaluate(() => (window as unknown as { benchDoc: { loadReadModel(): number } }).benchDoc.loadReadModel());
  const withReadModel = await heapAfterGc(cdp);
  await context.close();
  return { docMb: withDoc - before, readModelMb: withReadModel - withDoc };
}

/** Waymark's web build with one generated roadmap in IndexedDB: first render, pan, drag, heap. */
export async function measureWaymark(
  browser: Browser,
  roadmap: GeneratedRoadmap,
  options: CanvasOptions,
): Promise<CanvasFigures & { openedPxPerDay: number; canvas: { width: number; height: number } }> {
  const context = await newContext(browser, '.bar');
  const page = await context.newPage();
  await page.goto(`${options.url}/bench/blank.html`);
  await seedIndexedDb(page, [
    { name: 'waymark:library', updates: [Y.encodeStateAsUpdate(libraryFor(roadmap))] },
    { name: `waymark:roadmap:${roadmap.id}`, updates: [Y.encodeStateAsUpdate(roadmap.doc)] },
  ]);
  const render = await medianFirstRender(page, `${options.url}/`, options.runs);
  const cdp = await context.newCDPSession(page);
  if (options.profile) {
    const profile = await profileDuring(cdp, async () => {
      await page.reload();
      await firstRenderOf(page);
    });
    for (const line of formatProfile(
      `Waymark ${roadmap.initiatives}: first render`,
      summarizeProfile(profile, options.mapFile),
    ))
      options.log(line);
  }
  await page.getByRole('toolbar', { name: 'Roadmap tools' }).waitFor();
  const opened = await page.evaluate(() => {
    const timeline = document.querySelector<HTMLElement>('.timeline')!;
    return { width: timeline.clientWidth, height: timeline.clientHeight, contentWidth: timeline.scrollWidth };
  });
  // The opened view is "fit": the density at which three years fill the canvas.
  const openedPxPerDay = (opened.contentWidth - 232) / (3 * 365.25);
  await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await nextFrame(page);
  await nextFrame(page);
  const pxPerFrame = (PAN_DAYS * MONTHS_PX_PER_DAY) / PAN_FRAMES;
  let pan: FrameStats;
  if (options.profile) {
    let measured: FrameStats | undefined;
    const profile = await profileDuring(cdp, async () => {
      measured = await panFrames(page, cdp, 'waymark', pxPerFrame);
    });
    pan = measured!;
    for (const line of formatProfile(`Waymark ${roadmap.initiatives}: pan`, summarizeProfile(profile, options.mapFile)))
      options.log(line);
  } else {
    pan = await panFrames(page, cdp, 'waymark', pxPerFrame);
  }
  const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
  let drag: FrameStats;
  if (options.profile) {
    let measured: FrameStats | undefined;
    const profile = await profileDuring(cdp, async () => {
      measured = await dragFrames(page, cdp);
    });
    drag = measured!;
    for (const line of formatProfile(
      `Waymark ${roadmap.initiatives}: drag`,
      summarizeProfile(profile, options.mapFile),
    ))
      options.log(line);
  } else {
    drag = await dragFrames(page, cdp);
  }
  const heapMb = await heapAfterGc(cdp);
  await context.close();
  const weights = await weighDoc(browser, options.url, roadmap);
  return {
    renderer: 'Waymark',
    initiatives: roadmap.initiatives,
    firstRenderMs: render.visible,
    dataReadMs: render.dataRead,
    pan,
    drag,
    heapMb,
    ...weights,
    domNodes,
    openedPxPerDay,
    canvas: { width: opened.width - 232, height: opened.height },
  };
}

/** Panning with and without the comparison with a baseline shown (ghosts and marks), pair by pair. */
export interface ComparedPanFigures {
  readonly initiatives: number;
  /** Bars with a ghost or a mark on the whole canvas (a quarter of edits since the baseline). */
  readonly changed: number;
  /** Each side's pan p95 per run (the runs alternate which side goes first). */
  readonly without: readonly number[];
  readonly with: readonly number[];
}

/** The canvas height both sides pan (less than either has in the 1400×860 window). */
const COMPARED_PAN_HEIGHT = 520;
/** Runs of each side, alternated, so a busy moment of the machine falls on both. */
const COMPARED_PAN_RUNS = 3;

/**
 * The roadmap with a baseline taken, then a quarter of a team's edits (a tenth of the bars rescheduled,
 * some re-aligned, added, removed): the timeline compares with it, and pans with and without its ghosts.
 */
export async function measureComparedPan(
  browser: Browser,
  roadmap: GeneratedRoadmap,
  options: CanvasOptions,
): Promise<ComparedPanFigures> {
  const doc = createRoadmapYDoc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(roadmap.doc));
  const baselineId = takeBaseline(doc, { name: 'Q1 review', takenAt: 0 });
  editQuarter(doc, 0, prng(roadmap.initiatives + 1));
  const store = new RoadmapStore(doc);
  const now = store.getSnapshot();
  const since = comparePlans(planAtBaseline(doc, now.baselines.get(baselineId)!), now, {
    before: '2027-01-01',
    after: '2027-03-01',
  });
  const changed = [...since.initiatives.values()].filter((change) => change.after !== null).length;
  store.destroy();
  const context = await newContext(browser, '.bar');
  const page = await context.newPage();
  await page.goto(`${options.url}/bench/blank.html`);
  await seedIndexedDb(page, [
    { name: 'waymark:library', updates: [Y.encodeStateAsUpdate(libraryFor(roadmap))] },
    { name: `waymark:roadmap:${roadmap.id}`, updates: [Y.encodeStateAsUpdate(doc)] },
  ]);
  await page.goto(`${options.url}/`);
  await firstRenderOf(page);
  const cdp = await context.newCDPSession(page);
  await page.getByRole('group', { name: 'Zoom level' }).getByRole('button', { name: 'Months' }).click();
  const compare = page.getByRole('group', { name: 'View options' }).getByRole('button', { name: 'Compare' });
  const pxPerFrame = (PAN_DAYS * MONTHS_PX_PER_DAY) / PAN_FRAMES;
  const without: number[] = [];
  const withGhosts: number[] = [];
  for (let run = 0; run < COMPARED_PAN_RUNS; run++) {
    // Which side goes first alternates too: the first pan after opening may carry the opening's leftovers.
    for (const comparing of run % 2 === 0 ? [false, true] : [true, false]) {
      if ((await compare.getAttribute('aria-pressed')) !== String(comparing)) await compare.click();
      await page.waitForFunction(
        (comparing) => (document.querySelector('.compare-bar') !== null) === comparing,
        comparing,
      );
      // The bar above the canvas takes room while comparing: both sides pan a canvas of the same height.
      await page.evaluate((height) => {
        document.querySelector<HTMLElement>('.timeline')!.style.maxHeight = `${height}px`;
      }, COMPARED_PAN_HEIGHT);
      await page.getByRole('button', { name: 'Today', exact: true }).click();
      await nextFrame(page);
      await nextFrame(page);
      if (comparing) {
        const marks = await page.locator('.bar-mark').count();
        if (marks === 0) throw new Error('comparing, but no bar is marked in view');
      }
      (comparing ? withGhosts : without).push((await panFrames(page, cdp, 'waymark', pxPerFrame)).p95);
    }
  }
  await context.close();
  return { initiatives: roadmap.initiatives, changed, without, with: withGhosts };
}

/** The same roadmap in dhtmlx-gantt, in a box the size of Waymark's canvas: first render, pan, heap. */
export async function measureDhtmlx(
  browser: Browser,
  roadmap: GeneratedRoadmap,
  options: CanvasOptions,
  like: { openedPxPerDay: number; canvas: { width: number; height: number } },
): Promise<CanvasFigures> {
  const context = await newContext(browser, '.gantt_task_line');
  const page = await context.newPage();
  const query = new URLSearchParams({
    size: String(roadmap.initiatives),
    width: String(like.canvas.width + 232),
    height: String(like.canvas.height),
    pxPerDay: String(like.openedPxPerDay),
  });
  const render = await medianFirstRender(page, `${options.url}/bench/dhtmlx.html?${query}`, options.runs);
  const cdp = await context.newCDPSession(page);
  await page.evaluate(
    ({ pxPerDay, today }) =>
      (window as unknown as { benchGantt: { zoomToMonths(p: number, t: string): void } }).benchGantt.zoomToMonths(
        pxPerDay,
        today,
      ),
    { pxPerDay: MONTHS_PX_PER_DAY, today: new Date().toISOString().slice(0, 10) },
  );
  await nextFrame(page);
  await nextFrame(page);
  const pan = await panFrames(page, cdp, 'dhtmlx', (PAN_DAYS * MONTHS_PX_PER_DAY) / PAN_FRAMES);
  const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
  const heapMb = await heapAfterGc(cdp);
  await context.close();
  return {
    renderer: 'dhtmlx-gantt',
    initiatives: roadmap.initiatives,
    firstRenderMs: render.visible,
    dataReadMs: render.dataRead,
    pan,
    drag: null,
    heapMb,
    docMb: null,
    readModelMb: null,
    domNodes,
  };
}
