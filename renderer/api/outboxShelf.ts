/**
 * Where the outbox keeps its writes: one IndexedDB object store, with the
 * plain API (no wrapper library is among our dependencies). IndexedDB, not
 * memory or sessionStorage, because a write waiting to send must outlive a
 * reload and a closed tab; it belongs to the page's origin, which is the
 * peer it was meant for.
 */
import type { OutboxWrite } from './outboxWrite.js';

export interface OutboxShelf {
  /** Every write kept, oldest first. */
  readonly all: () => Promise<OutboxWrite[]>;
  readonly put: (write: OutboxWrite) => Promise<void>;
  readonly remove: (key: string) => Promise<void>;
}

const DATABASE = 'holdfast-outbox';
const STORE = 'writes';

function opened(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open.'));
    request.onblocked = () => reject(new Error('IndexedDB is held by an older page.'));
  });
}

/** Runs one request in its own transaction; resolves once the transaction is durably done. */
function inTransaction<T>(database: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(STORE, mode, { durability: 'strict' });
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB refused the change.'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB gave up the change.'));
  });
}

export function indexedDbShelf(name = DATABASE): OutboxShelf {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= opened(name));
  return {
    all: async () => {
      const writes = (await inTransaction(await db(), 'readonly', (store) => store.getAll())) as OutboxWrite[];
      return writes.sort((a, b) => a.order - b.order);
    },
    put: async (write) => {
      await inTransaction(await db(), 'readwrite', (store) => store.put(write));
    },
    remove: async (key) => {
      await inTransaction(await db(), 'readwrite', (store) => store.delete(key));
    },
  };
}

/** A shelf in memory, for a browser where IndexedDB is refused (a private window may): writes then last as long as the page. */
export function memoryShelf(): OutboxShelf {
  const kept = new Map<string, OutboxWrite>();
  return {
    all: () => Promise.resolve([...kept.values()].sort((a, b) => a.order - b.order)),
    put: (write) => {
      kept.set(write.key, write);
      return Promise.resolve();
    },
    remove: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
  };
}

/** The page's IndexedDB, or memory where the browser has none to give. */
export function pageShelf(): OutboxShelf {
  try {
    return typeof indexedDB === 'undefined' ? memoryShelf() : indexedDbShelf();
  } catch {
    return memoryShelf();
  }
}
