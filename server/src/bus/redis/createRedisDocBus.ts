import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { RedisClientType } from 'redis';
import { type DocBus, type DocBusHandler, DocBusKind, type DocBusMessage } from '../DocBus.ts';

const NODE_ID_BYTES = 16;

export interface RedisDocBusOptions {
  /** A connected client for PUBLISH. */
  publisher: RedisClientType;
  /** A dedicated connected client for SUBSCRIBE (a subscribed connection can do nothing else). */
  subscriber: RedisClientType;
  logger: Logger;
  /** Channel prefix, so several deployments (or test runs) can share one Redis. */
  prefix?: string;
}

/**
 * Redis pub/sub, one channel per document. Frames are [kind:u8][nodeId:16][payload] so a node can
 * drop its own echoes without decoding anything else.
 */
export function createRedisDocBus(opts: RedisDocBusOptions): DocBus {
  const prefix = opts.prefix ?? 'weft:doc:';
  const nodeIdBytes = randomBytes(NODE_ID_BYTES);
  const nodeId = nodeIdBytes.toString('hex');
  const handlers = new Map<string, DocBusHandler>();
  const resyncHandlers: (() => void)[] = [];
  let connectedOnce = false;

  const onReady = () => {
    // node-redis resubscribes by itself; what was published while we were away is gone.
    if (connectedOnce) for (const h of resyncHandlers) h();
    connectedOnce = true;
  };
  opts.subscriber.on('ready', onReady);
  if (opts.subscriber.isReady) connectedOnce = true;

  const listener = (message: Buffer, channel: Buffer) => {
    if (message.byteLength < 1 + NODE_ID_BYTES) return;
    if (message.subarray(1, 1 + NODE_ID_BYTES).equals(nodeIdBytes)) return;
    const kind = message[0];
    if (kind !== DocBusKind.update && kind !== DocBusKind.awareness) return;
    const docId = channel.toString().slice(prefix.length);
    const handler = handlers.get(docId);
    if (!handler) return;
    try {
      handler({ kind, payload: new Uint8Array(message.subarray(1 + NODE_ID_BYTES)) });
    } catch (err) {
      opts.logger.warn({ err, docId }, 'handling a bus message failed');
    }
  };

  return {
    nodeId,
    async subscribe(docId, handler) {
      handlers.set(docId, handler);
      await opts.subscriber.subscribe(prefix + docId, listener, true);
    },
    async unsubscribe(docId) {
      handlers.delete(docId);
      await opts.subscriber.unsubscribe(prefix + docId, listener, true);
    },
    publish(docId, message: DocBusMessage) {
      const frame = Buffer.allocUnsafe(1 + NODE_ID_BYTES + message.payload.byteLength);
      frame[0] = message.kind;
      nodeIdBytes.copy(frame, 1);
      frame.set(message.payload, 1 + NODE_ID_BYTES);
      opts.publisher.publish(prefix + docId, frame).catch((err: unknown) => {
        opts.logger.warn({ err, docId }, 'publishing to the bus failed');
      });
    },
    onResync(handler) {
      resyncHandlers.push(handler);
    },
    async close() {
      opts.subscriber.off('ready', onReady);
      handlers.clear();
    },
  };
}
