import type { Logger } from 'pino';
import { createMemoryPresenceStore } from './memory/createMemoryPresenceStore.ts';
import type { PresenceStore } from './PresenceStore.ts';
import { createPresenceRedisClient, type PresenceRedisClient } from './redis/createPresenceRedisClient.ts';
import { createRedisPresenceStore } from './redis/createRedisPresenceStore.ts';
import { guardAdapterPublish } from './redis/guardAdapterPublish.ts';

export interface PresenceBackend {
  store: PresenceStore;
  /** Pub/sub clients for the socket.io Redis adapter; undefined on a single in-process node. */
  adapterClients: { pubClient: PresenceRedisClient; subClient: PresenceRedisClient } | undefined;
  /** Starts connecting (and reconnecting forever) without waiting: Redis being down is not fatal. */
  connect(): void;
  close(): Promise<void>;
}

export const PRESENCE_KEY_PREFIX = 'weft:';

/** Redis-backed presence when `redisUrl` is set (three clients: store, pub, sub), else in-process. */
export function createPresenceBackend(opts: {
  redisUrl: string | undefined;
  ttlMs: number;
  logger: Logger;
}): PresenceBackend {
  if (!opts.redisUrl) {
    const store = createMemoryPresenceStore({ ttlMs: opts.ttlMs });
    return { store, adapterClients: undefined, connect() {}, close: () => store.close() };
  }
  const client = createPresenceRedisClient(opts.redisUrl, opts.logger, 'presence');
  const pubClient = createPresenceRedisClient(opts.redisUrl, opts.logger, 'socket.io-pub');
  // The adapter subscribes before the client connects, so this one queues commands while offline.
  const subClient = createPresenceRedisClient(opts.redisUrl, opts.logger, 'socket.io-sub', {
    queueWhileOffline: true,
  });
  const clients = [client, pubClient, subClient];
  const store = createRedisPresenceStore(client, { keyPrefix: PRESENCE_KEY_PREFIX, ttlMs: opts.ttlMs });
  return {
    store,
    adapterClients: { pubClient: guardAdapterPublish(pubClient), subClient },
    connect() {
      // connect() settles only once Redis answers (or on close); failures are retried inside.
      for (const c of clients) c.connect().catch(() => {});
    },
    async close() {
      await store.close();
      // close() lets commands already sent (e.g. the adapter's subscriptions) finish; destroy()
      // would reject them, and nobody awaits those promises. Only a client that is down is destroyed.
      await Promise.all(
        clients.map(async (c) => {
          if (c.isReady) await c.close().catch(() => c.destroy());
          else c.destroy();
        }),
      );
    },
  };
}
