import { Worker } from 'node:worker_threads';
import { mergeToSnapshot } from './mergeToSnapshot.ts';

// Below this, starting a thread costs more than the merge blocks the event loop.
export const OFF_THREAD_MIN_BYTES = 512 * 1024;

/**
 * mergeToSnapshot for compaction: large documents are merged on a worker thread so every other
 * room of the node keeps being served meanwhile (a 4.8 MB document blocked the loop 100–280 ms).
 */
export function mergeToSnapshotOffThread(
  parts: readonly Uint8Array[],
  minBytes = OFF_THREAD_MIN_BYTES,
): Promise<Uint8Array> {
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  if (total < minBytes) return Promise.resolve(mergeToSnapshot(parts));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./mergeWorker.mjs', import.meta.url), { workerData: { parts } });
    let settled = false;
    worker.once('message', (merged: Uint8Array) => {
      settled = true;
      resolve(new Uint8Array(merged.buffer, merged.byteOffset, merged.byteLength));
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`merge worker exited with code ${code}`));
    });
  });
}
