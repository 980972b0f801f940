/** A file waiting on this device to be uploaded (pasted while offline, or still sending). */
export interface QueuedUpload {
  id: string;
  workspaceId: string;
  /** The document that shows a placeholder for it until it is uploaded. */
  documentId: string;
  name: string;
  blob: Blob;
  createdAt: number;
}

const DB_NAME = 'weft-uploads';
const STORE = 'uploads';

/** Random id that works outside secure contexts too. */
export function newUploadId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `u${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

let opened: Promise<IDBDatabase> | null = null;
function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

// Private windows may refuse IndexedDB: uploads then wait in memory for as long as the tab lives.
const memory = new Map<string, QueuedUpload>();

async function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const tx = (await open()).transaction(STORE, mode);
  const req = fn(tx.objectStore(STORE));
  return new Promise<T>((resolve, reject) => {
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The device's queue of files to upload, kept in IndexedDB so it survives a reload. */
export const uploadQueue = {
  async add(item: QueuedUpload): Promise<void> {
    try {
      await run('readwrite', (s) => s.put(item));
    } catch {
      memory.set(item.id, item);
    }
  },
  async get(id: string): Promise<QueuedUpload | null> {
    if (memory.has(id)) return memory.get(id) ?? null;
    try {
      return ((await run('readonly', (s) => s.get(id))) as QueuedUpload | undefined) ?? null;
    } catch {
      return null;
    }
  },
  async forDocument(documentId: string): Promise<QueuedUpload[]> {
    let stored: QueuedUpload[] = [];
    try {
      stored = (await run('readonly', (s) => s.getAll())) as QueuedUpload[];
    } catch {
      // Only the in-memory queue then.
    }
    return [...stored, ...memory.values()]
      .filter((u) => u.documentId === documentId)
      .sort((a, b) => a.createdAt - b.createdAt);
  },
  async remove(id: string): Promise<void> {
    memory.delete(id);
    try {
      await run('readwrite', (s) => s.delete(id));
    } catch {
      // Nothing stored.
    }
  },
};
