// The work of mergeToSnapshot on a worker thread. Plain JavaScript, so that every way the server
// runs (tsx, vitest, node) can start it without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import * as Y from 'yjs';

const doc = new Y.Doc();
Y.transact(doc, () => {
  for (const part of workerData.parts) Y.applyUpdate(doc, part);
});
const merged = Y.encodeStateAsUpdate(doc);
doc.destroy();
parentPort?.postMessage(merged, [merged.buffer]);
