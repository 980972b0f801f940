import type { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import { createMemoryPresenceStore } from './memory/createMemoryPresenceStore.ts';
import type { PresenceStore } from './PresenceStore.ts';

export interface PresenceBackend {
  store: PresenceStore;
  /** The socket.io Redis adapter over its pub/sub clients; undefined on a single in-process node. */
  adapter: PresenceAdapter | undefined;
  /** Starts connecting (and reconnecting forever) without waiting: Redis being down is not fatal. */
  connect(): void;
  close(): Promise<void>;
}

export type PresenceAdapter = ReturnType<typeof createAdapter>;

export const PRESENCE_KEY_PREFIX = 'weft:';

export interface PresenceBackendOptions {
  redisUrl: string | undefined;
  ttlMs: number;
  logger: Logger;
}

/**
 * Redis-backed presence when `redisUrl` is set (three clients: store, pub, sub), else in-process.
 * The Redis client library and the socket.io adapter are loaded only then: a single node never
 * pays their memory and start-up.
 */
export async function createPresenceBackend(opts: PresenceBackendOptions): Promise<PresenceBackend> {
  if (!opts.redisUrl) {
    const store = createMemoryPresenceStore({ ttlMs: opts.ttlMs });
    return { store, adapter: undefined, connect() {}, close: () => store.close() };
  }
  const { createRedisPresenceBackend } = await import('./redis/createRedisPresenceBackend.ts');
  return createRedisPresenceBackend(opts.redisUrl, opts);
}
