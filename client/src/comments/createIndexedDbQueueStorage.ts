import { createMemoryQueueStorage, type QueueState, type QueueStorage } from './createCommentQueue.ts';

const DB_NAME = 'weft-comments';
const STORE = 'queues';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The comment queue of one user, kept in IndexedDB (one record per user); memory if refused. */
export function createIndexedDbQueueStorage(userId: string): QueueStorage {
  let db: Promise<IDBDatabase> | null = null;
  const fallback = createMemoryQueueStorage();
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return db;
  };
  return {
    async load() {
      try {
        const tx = (await open()).transaction(STORE, 'readonly');
        const value = (await request(tx.objectStore(STORE).get(userId))) as QueueState | undefined;
        return value ?? null;
      } catch {
        // Private windows may refuse IndexedDB: the queue then lasts as long as the tab.
        return fallback.load();
      }
    },
    async save(state) {
      try {
        const tx = (await open()).transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put(state, userId);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      } catch {
        await fallback.save(state);
      }
    },
  };
}
