import type { Logger } from 'pino';
import type { DocumentMetaStore } from '../storage/DocumentMetaStore.ts';

export interface UpdatedAtTrackerOptions {
  documents: Pick<DocumentMetaStore, 'update'>;
  now: () => number;
  logger: Logger;
  /** At most one `updatedAt` write per document in this window; the last change is always written. */
  intervalMs?: number;
}

export interface UpdatedAtTracker {
  /** Content of these documents was just made durable. */
  changed(docIds: readonly string[]): void;
  /** Writes what is still waiting (on shutdown). */
  flush(): Promise<void>;
  close(): void;
}

export const UPDATED_AT_INTERVAL_MS = 10_000;

/**
 * Keeps `documents.updated_at` following content changes from sync writes without a metadata write
 * per keystroke: the first change of a quiet document is written at once, later ones at most once
 * per interval (a trailing write records the last change's time).
 */
export function createUpdatedAtTracker(opts: UpdatedAtTrackerOptions): UpdatedAtTracker {
  const interval = opts.intervalMs ?? UPDATED_AT_INTERVAL_MS;
  const lastWrite = new Map<string, number>();
  const pending = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  const log = opts.logger.child({ component: 'updatedAt' });

  const write = (docId: string, at: number) => {
    lastWrite.set(docId, at);
    return opts.documents.update(docId, { updatedAt: at }).then(
      () => undefined,
      (err: unknown) => log.warn({ err, docId }, 'recording a document change time failed'),
    );
  };
  const writePending = (docId: string) => {
    const entry = pending.get(docId);
    if (!entry) return Promise.resolve();
    clearTimeout(entry.timer);
    pending.delete(docId);
    return write(docId, entry.at);
  };

  return {
    changed(docIds) {
      const now = opts.now();
      for (const docId of docIds) {
        const last = lastWrite.get(docId);
        if (last === undefined || now - last >= interval) {
          const stale = pending.get(docId);
          if (stale) clearTimeout(stale.timer);
          pending.delete(docId);
          void write(docId, now);
          continue;
        }
        const waiting = pending.get(docId);
        if (waiting) {
          waiting.at = now;
          continue;
        }
        const timer = setTimeout(() => void writePending(docId), last + interval - now);
        timer.unref();
        pending.set(docId, { at: now, timer });
      }
      // Forget documents that have been quiet for a whole interval, so the map stays small.
      if (lastWrite.size > 1000) {
        for (const [docId, at] of lastWrite)
          if (now - at >= interval && !pending.has(docId)) lastWrite.delete(docId);
      }
    },
    async flush() {
      await Promise.all([...pending.keys()].map(writePending));
    },
    close() {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
