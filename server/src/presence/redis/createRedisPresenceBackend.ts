import { createAdapter } from '@socket.io/redis-adapter';
import {
  PRESENCE_KEY_PREFIX,
  type PresenceBackend,
  type PresenceBackendOptions,
} from '../createPresenceBackend.ts';
import { createPresenceRedisClient } from './createPresenceRedisClient.ts';
import { createRedisPresenceStore } from './createRedisPresenceStore.ts';
import { guardAdapterPublish } from './guardAdapterPublish.ts';

/** Presence in Redis shared by every node: a store client and the socket.io adapter's pub/sub pair. */
export function createRedisPresenceBackend(redisUrl: string, opts: PresenceBackendOptions): PresenceBackend {
  const client = createPresenceRedisClient(redisUrl, opts.logger, 'presence');
  const pubClient = createPresenceRedisClient(redisUrl, opts.logger, 'socket.io-pub');
  // The adapter subscribes before the client connects, so this one queues commands while offline.
  const subClient = createPresenceRedisClient(redisUrl, opts.logger, 'socket.io-sub', {
    queueWhileOffline: true,
  });
  const clients = [client, pubClient, subClient];
  const store = createRedisPresenceStore(client, { keyPrefix: PRESENCE_KEY_PREFIX, ttlMs: opts.ttlMs });
  return {
    store,
    adapter: createAdapter(guardAdapterPublish(pubClient), subClient),
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
