import type { BrowserContext, Page } from 'playwright-core';

/** What the probe records in the page, in ms since navigation start (performance.timeOrigin). */
export interface FirstRender {
  /** The first frame showing a bar has been rendered (style, layout, paint done on the main thread). */
  readonly visible: number;
  /** The roadmap's data was read (Waymark: its updates came out of IndexedDB; the other page: JSON parsed). */
  readonly dataRead: number | null;
}

/**
 * Installs, before any page script runs, a probe for the first render: a MutationObserver waits for the
 * first element matching `selector`, then the time is taken in a task posted from the next animation
 * frame, i.e. once that frame's style, layout and paint have run. It also notes when the roadmap's stored
 * updates come out of IndexedDB (y-indexeddb reads them with one getAll on the `updates` store).
 */
export async function installFirstRenderProbe(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript((barSelector: string) => {
    const probe: { visible: number | null; dataRead: number | null } = { visible: null, dataRead: null };
    Object.assign(window, { __bench: probe });
    const observer = new MutationObserver(() => {
      if (probe.visible !== null || !document.querySelector(barSelector)) return;
      observer.disconnect();
      probe.visible = -1;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          probe.visible = performance.now();
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
    const getAll = IDBObjectStore.prototype.getAll;
    IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
      const request = getAll.apply(this, args);
      if (
        probe.dataRead === null &&
        this.name === 'updates' &&
        this.transaction.db.name.startsWith('waymark:roadmap:')
      ) {
        request.addEventListener('success', () => {
          probe.dataRead ??= performance.now();
        });
      }
      return request;
    };
  }, selector);
}

/** Waits for the probe's first render on the page's current document. */
export async function firstRenderOf(page: Page, timeoutMs = 30_000): Promise<FirstRender> {
  const handle = await page.waitForFunction(
    () => {
      const probe = (window as unknown as { __bench?: { visible: number | null; dataRead: number | null } }).__bench;
      return probe && probe.visible !== null && probe.visible >= 0 ? { ...probe } : null;
    },
    undefined,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as FirstRender;
}
