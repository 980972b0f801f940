import type { Logger } from 'pino';
import { createClient, type RedisClientType } from 'redis';

export interface BusRedisClients {
  /** For PUBLISH; fails fast while disconnected (the bus then asks peers to resync). */
  publisher: RedisClientType;
  /** A dedicated connection for SUBSCRIBE (a subscribed connection can do nothing else). */
  subscriber: RedisClientType;
  /** Starts connecting, and reconnecting forever, without waiting: Redis being away is not fatal. */
  connect(): void;
  isReady(): boolean;
  close(): Promise<void>;
}

// Retry quickly at first, then every 2 s for as long as Redis is away; never give up.
const reconnectStrategy = (retries: number): number => Math.min(50 * 2 ** retries, 2000);

/** The two node-redis clients that carry document updates and access events between nodes. */
export function createBusRedisClients(url: string, logger: Logger): BusRedisClients {
  const make = (role: string): RedisClientType => {
    const client: RedisClientType = createClient({
      url,
      disableOfflineQueue: true,
      socket: { reconnectStrategy, connectTimeout: 2000 },
    });
    // Without an error listener node-redis throws and the process dies; log each outage once.
    let down = false;
    client.on('error', (err: unknown) => {
      if (down) return;
      down = true;
      logger.warn({ err, role }, 'redis unavailable; documents sync only within this node until it returns');
    });
    client.on('ready', () => {
      if (down) logger.info({ role }, 'redis reconnected');
      down = false;
    });
    return client;
  };
  const publisher = make('bus-pub');
  const subscriber = make('bus-sub');
  return {
    publisher,
    subscriber,
    connect() {
      // connect() settles only once Redis answers (or on close); failures are retried inside.
      for (const c of [publisher, subscriber]) c.connect().catch(() => {});
    },
    isReady: () => publisher.isReady && subscriber.isReady,
    async close() {
      for (const c of [publisher, subscriber]) c.destroy();
    },
  };
}
