import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { RedisClientType } from 'redis';
import { type DocBus, type DocBusHandler, DocBusKind, type DocBusMessage } from '../DocBus.ts';

const NODE_ID_BYTES = 16;

export interface RedisDocBusOptions {
  /** A client for PUBLISH. */
  publisher: RedisClientType;
  /** A dedicated client for SUBSCRIBE (a subscribed connection can do nothing else). */
  subscriber: RedisClientType;
  logger: Logger;
  /** Channel prefix, so several deployments (or test runs) can share one Redis. */
  prefix?: string;
}

/**
 * Redis pub/sub, one channel per document. Frames are [kind:u8][nodeId:16][payload] so a node can
 * drop its own echoes without decoding anything else.
 *
 * Redis being away never blocks a document from loading: subscriptions made meanwhile are
 * completed when it returns, and every reconnect triggers `onResync` (rooms reload from storage).
 * A node whose publishes failed asks the others, on its own reconnect, to resync too, since
 * their subscriptions may never have dropped.
 */
export function createRedisDocBus(opts: RedisDocBusOptions): DocBus {
  const prefix = opts.prefix ?? 'weft:doc:';
  // Outside the document channel namespace: document channels are `${prefix}<docId>`.
  const resyncChannel = `${prefix.replace(/:$/, '')}-resync`;
  const nodeIdBytes = randomBytes(NODE_ID_BYTES);
  const nodeId = nodeIdBytes.toString('hex');
  const handlers = new Map<string, DocBusHandler>();
  const resyncHandlers: (() => void)[] = [];
  const { publisher, subscriber, logger } = opts;
  let publishFailed = false;
  let closed = false;

  const resync = () => {
    if (handlers.size === 0) return;
    for (const h of resyncHandlers) h();
  };

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
      logger.warn({ err, docId }, 'handling a bus message failed');
    }
  };
  const resyncListener = (message: Buffer) => {
    if (message.equals(nodeIdBytes)) return;
    logger.info('a peer missed publishing updates; reloading loaded documents from storage');
    resync();
  };

  // Idempotent: node-redis sends nothing for a channel this listener is already subscribed to.
  const subscribeChannel = (docId: string) => subscriber.subscribe(prefix + docId, listener, true);
  const subscribeResync = () => subscriber.subscribe(resyncChannel, resyncListener, true);

  const onSubscriberReady = () => {
    // Only documents loaded before this moment can have missed anything; later ones subscribe live.
    const missed = [...handlers.keys()];
    // node-redis restores subscriptions it had confirmed; ones attempted while away are redone here.
    const pending = [subscribeResync(), ...missed.map(subscribeChannel)];
    Promise.all(pending).then(
      () => {
        // What was published while we were away is gone: reload from storage.
        if (!closed && missed.length > 0) resync();
      },
      (err: unknown) => logger.warn({ err }, 'resubscribing after a Redis reconnect failed'),
    );
  };
  const onPublisherReady = () => {
    if (!publishFailed) return;
    publishFailed = false;
    publisher.publish(resyncChannel, nodeIdBytes).catch(() => {
      publishFailed = true;
    });
  };
  subscriber.on('ready', onSubscriberReady);
  publisher.on('ready', onPublisherReady);
  if (subscriber.isReady) subscribeResync().catch(() => {});

  return {
    nodeId,
    async subscribe(docId, handler) {
      handlers.set(docId, handler);
      const subscribed = subscribeChannel(docId);
      // While Redis is away, loading goes on; the subscription completes on reconnect.
      if (!subscriber.isReady) {
        subscribed.catch(() => {});
        return;
      }
      await subscribed.catch((err: unknown) => {
        logger.warn({ err, docId }, 'subscribing to a document channel failed; retried on reconnect');
      });
    },
    async unsubscribe(docId) {
      handlers.delete(docId);
      const done = subscriber.unsubscribe(prefix + docId, listener, true);
      if (!subscriber.isReady) {
        done.catch(() => {});
        return;
      }
      await done.catch(() => {});
    },
    publish(docId, message: DocBusMessage) {
      const frame = Buffer.allocUnsafe(1 + NODE_ID_BYTES + message.payload.byteLength);
      frame[0] = message.kind;
      nodeIdBytes.copy(frame, 1);
      frame.set(message.payload, 1 + NODE_ID_BYTES);
      publisher.publish(prefix + docId, frame).catch((err: unknown) => {
        // Logged once per outage; peers are asked to resync when the publisher is back.
        if (!publishFailed) logger.warn({ err, docId }, 'publishing to the bus failed');
        publishFailed = true;
      });
    },
    onResync(handler) {
      resyncHandlers.push(handler);
    },
    async close() {
      closed = true;
      subscriber.off('ready', onSubscriberReady);
      publisher.off('ready', onPublisherReady);
      handlers.clear();
    },
  };
}
