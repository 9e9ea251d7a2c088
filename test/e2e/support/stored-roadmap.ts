import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { RoadmapStore, selectLanes, type Initiative } from '../../../shared';
import { waitUntilSaved } from './app';

/**
 * Changes the stored copy of the page's only open roadmap from outside the app, the way a newer Waymark
 * or a misbehaving peer could: reads its y-indexeddb updates, applies `change` to a replica here in Node,
 * and appends the difference as one more stored update. Reload the page afterwards to see it.
 */
export async function changeStoredRoadmap(page: Page, change: (doc: Y.Doc) => void): Promise<void> {
  const stored = await page.evaluate(async () => {
    const names = (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('waymark:roadmap:'));
    if (names.length !== 1) throw new Error(`expected one stored roadmap, found ${names.length}`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(names[0]!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const updates = await new Promise<ArrayBuffer[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as ArrayBuffer[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return { name: names[0]!, updates: updates.map((update) => Array.from(new Uint8Array(update))) };
  });
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, Uint8Array.from(update));
  const before = Y.encodeStateVector(doc);
  change(doc);
  const diff = Array.from(Y.encodeStateAsUpdate(doc, before));
  await page.evaluate(
    async ({ name, diff }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('updates', 'readwrite');
        transaction.objectStore('updates').add(Uint8Array.from(diff));
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { name: stored.name, diff },
  );
}

/** How many update entries the page's only stored roadmap has in IndexedDB. */
export async function storedUpdateCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases())
      .map((db) => db.name ?? '')
      .filter((name) => name.startsWith('waymark:roadmap:'));
    if (names.length !== 1) throw new Error(`expected one stored roadmap, found ${names.length}`);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(names[0]!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  });
}

/** The page's only open roadmap as stored in IndexedDB, loaded into a Y.Doc here (wait until saved first). */
export async function readStoredRoadmap(page: Page): Promise<Y.Doc> {
  let snapshot: Y.Doc | null = null;
  await changeStoredRoadmap(page, (doc) => {
    snapshot = doc;
  });
  return snapshot!;
}

/** The stored document's initiative with this title, and the title of its lane (once saved). */
export async function storedInitiative(page: Page, title: string): Promise<Initiative & { lane: string }> {
  await waitUntilSaved(page);
  const lanes = selectLanes(new RoadmapStore(await readStoredRoadmap(page)).getSnapshot());
  for (const lane of lanes) {
    const initiative = lane.initiatives.find((candidate) => candidate.title === title);
    if (initiative) return { ...initiative, lane: lane.goal?.title ?? 'Unaligned' };
  }
  throw new Error(`no initiative titled ${title}`);
}
