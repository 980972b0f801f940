import { parentPort, workerData } from 'node:worker_threads';
import { createReaderGroup, type ReaderGroupOptions, type ReaderGroupResult } from './readerGroup.ts';

/** Messages a reader thread answers, and what it posts back. */
export type ReaderWorkerRequest = 'results' | 'close';
export type ReaderWorkerReply =
  | { kind: 'connected' }
  | { kind: 'failed'; message: string }
  | ({ kind: 'results' } & ReaderGroupResult)
  | { kind: 'closed' };

const port = parentPort;
if (!port) throw new Error('readerWorker runs as a worker thread');
const group = createReaderGroup(workerData as ReaderGroupOptions);
const post = (reply: ReaderWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

group.connect().then(
  () => post({ kind: 'connected' }),
  (err: unknown) => post({ kind: 'failed', message: (err as Error).message }),
);
port.on('message', (request: ReaderWorkerRequest) => {
  if (request === 'results') {
    const results = group.results();
    post({ kind: 'results', ...results }, [
      results.latenciesMs.buffer as ArrayBuffer,
      results.firstMs.buffer as ArrayBuffer,
      results.lastMs.buffer as ArrayBuffer,
    ]);
  } else {
    void group.close().then(() => {
      post({ kind: 'closed' });
      port.close();
    });
  }
});
