import { randomUUID } from 'node:crypto';
import type { DocBus, DocBusHandler } from './DocBus.ts';

/** Buses that reach each other inside one process: several "nodes" in one test, no Redis. */
export function createInProcessDocBusHub(): { createBus(): DocBus } {
  const subscribers = new Map<string, Map<string, DocBusHandler>>();
  return {
    createBus(): DocBus {
      const nodeId = randomUUID();
      const mine = new Map<string, DocBusHandler>();
      subscribers.set(nodeId, mine);
      return {
        nodeId,
        async subscribe(docId, handler) {
          mine.set(docId, handler);
        },
        async unsubscribe(docId) {
          mine.delete(docId);
        },
        publish(docId, message) {
          const copy = { kind: message.kind, payload: message.payload.slice() };
          // Delivered on a later macrotask, as a network hop would be.
          setImmediate(() => {
            for (const [id, handlers] of subscribers) if (id !== nodeId) handlers.get(docId)?.(copy);
          });
        },
        onResync() {},
        async close() {
          subscribers.delete(nodeId);
        },
      };
    },
  };
}
