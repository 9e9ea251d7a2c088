import * as Y from 'yjs';

/** The object store y-indexeddb keeps a document's updates in. */
const UPDATES = 'updates';

function completion(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Merges a document's stored updates into one entry, in a single transaction: every stored update is
 * applied to `doc` first (another tab may have written some), then the merged state is added and exactly
 * the entries read are deleted. So nothing stored is ever lost, and the store stops growing.
 */
export async function compactUpdates(db: IDBDatabase, doc: Y.Doc): Promise<void> {
  const transaction = db.transaction(UPDATES, 'readwrite');
  const store = transaction.objectStore(UPDATES);
  const keysRequest = store.getAllKeys();
  const valuesRequest = store.getAll();
  valuesRequest.onsuccess = () => {
    const keys = keysRequest.result;
    if (keys.length <= 1) return;
    Y.transact(
      doc,
      () => {
        for (const update of valuesRequest.result as Uint8Array[]) Y.applyUpdate(doc, update);
      },
      'storage',
    );
    store.add(Y.encodeStateAsUpdate(doc));
    for (const key of keys) store.delete(key);
  };
  await completion(transaction);
}

/** How many update entries are stored. */
export async function countUpdates(db: IDBDatabase): Promise<number> {
  const transaction = db.transaction(UPDATES, 'readonly');
  const request = transaction.objectStore(UPDATES).count();
  await completion(transaction);
  return request.result;
}

/**
 * Resolves once every write already issued to the store has committed: IndexedDB runs a transaction only
 * after earlier read-write transactions on the same store have finished.
 */
export async function writesSettled(db: IDBDatabase): Promise<void> {
  await countUpdates(db);
}
