import type { Logger } from 'pino';
import { createClient, type RedisClientType } from 'redis';

export type PresenceRedisClient = RedisClientType;

// Retry quickly at first, then every 2 s for as long as Redis is away; never give up.
const reconnectStrategy = (retries: number): number => Math.min(50 * 2 ** retries, 2000);

/**
 * A node-redis client that fails commands fast while disconnected (presence is best-effort,
 * queued commands would only pile up) and reconnects forever. Not connected yet: call `connect()`.
 */
export function createPresenceRedisClient(
  url: string,
  logger: Logger,
  role: string,
  opts: { queueWhileOffline?: boolean } = {},
): PresenceRedisClient {
  const client: PresenceRedisClient = createClient({
    url,
    disableOfflineQueue: !opts.queueWhileOffline,
    socket: { reconnectStrategy, connectTimeout: 2000 },
  });
  // Without an error listener node-redis throws and the process dies; log each outage once.
  let down = false;
  client.on('error', (err: unknown) => {
    if (down) return;
    down = true;
    logger.warn({ err, role }, 'redis unavailable; presence degraded until it returns');
  });
  client.on('ready', () => {
    if (down) logger.info({ role }, 'redis reconnected');
    down = false;
  });
  return client;
}
