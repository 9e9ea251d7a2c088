import type { Page } from 'playwright-core';

/** One IndexedDB database in y-indexeddb's format, with its updates (each a Yjs update). */
export interface StoredDoc {
  readonly name: string;
  readonly updates: readonly Uint8Array[];
}

/**
 * Writes documents into the page origin's IndexedDB exactly as y-indexeddb stores them (database version 1,
 * object store `updates` with auto-increment keys holding Uint8Array updates, and an empty `custom` store),
 * replacing any database of the same name. The page must already be on the app's origin.
 */
export async function seedIndexedDb(page: Page, docs: readonly StoredDoc[]): Promise<void> {
  const payload = docs.map((doc) => ({
    name: doc.name,
    updates: doc.updates.map((update) => Buffer.from(update).toString('base64')),
  }));
  await page.evaluate(async (databases) => {
    const done = (request: IDBRequest | IDBOpenDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    for (const { name, updates } of databases) {
      await done(indexedDB.deleteDatabase(name));
      const opening = indexedDB.open(name);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore('updates', { autoIncrement: true });
        opening.result.createObjectStore('custom');
      };
      const db = (await done(opening)) as IDBDatabase;
      const transaction = db.transaction('updates', 'readwrite');
      for (const update of updates) {
        transaction.objectStore('updates').add(Uint8Array.from(atob(update), (char) => char.charCodeAt(0)));
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    }
  }, payload);
}
