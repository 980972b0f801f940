import { randomUUID } from 'node:crypto';
import type { DocBus } from './DocBus.ts';

/** The bus of a single node: there is nobody to tell. */
export function createLocalDocBus(): DocBus {
  return {
    nodeId: randomUUID(),
    async subscribe() {},
    async unsubscribe() {},
    publish() {},
    onResync() {},
    async close() {},
  };
}
