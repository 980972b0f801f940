import type { Logger } from 'pino';
import { createMemoryPresenceStore } from './memory/createMemoryPresenceStore.ts';
import type { PresenceStore } from './PresenceStore.ts';
import type { PresenceRedisClient } from './redis/createPresenceRedisClient.ts';

export interface PresenceBackend {
  store: PresenceStore;
  /** Pub/sub clients for the socket.io Redis adapter; undefined on a single in-process node. */
  adapterClients: { pubClient: PresenceRedisClient; subClient: PresenceRedisClient } | undefined;
  /** Starts connecting (and reconnecting forever) without waiting: Redis being down is not fatal. */
  connect(): void;
  close(): Promise<void>;
}

export const PRESENCE_KEY_PREFIX = 'weft:';

export interface PresenceBackendOptions {
  redisUrl: string | undefined;
  ttlMs: number;
  logger: Logger;
}

/**
 * Redis-backed presence when `redisUrl` is set (three clients: store, pub, sub), else in-process.
 * The Redis client library is loaded only then: a single node never pays its memory and start-up.
 */
export async function createPresenceBackend(opts: PresenceBackendOptions): Promise<PresenceBackend> {
  if (!opts.redisUrl) {
    const store = createMemoryPresenceStore({ ttlMs: opts.ttlMs });
    return { store, adapterClients: undefined, connect() {}, close: () => store.close() };
  }
  const { createRedisPresenceBackend } = await import('./redis/createRedisPresenceBackend.ts');
  return createRedisPresenceBackend(opts.redisUrl, opts);
}
