import { MemoryStore, type Options, type Store } from 'express-rate-limit';
import type { Logger } from 'pino';
import type { RedisClientType } from 'redis';

/**
 * An express-rate-limit store shared by every node through Redis (fixed window per key), so a
 * limit means the same behind a round-robin balancer as on one node. While Redis is unreachable
 * it counts in this node's memory instead: limits keep working, only per node.
 */
export function createRedisRateLimitStore(client: RedisClientType, prefix: string, logger: Logger): Store {
  let windowMs = 60_000;
  const local = new MemoryStore();
  let degraded = false;
  const fallBack = (err: unknown) => {
    if (!degraded) logger.warn({ err }, 'rate limits counted per node until Redis returns');
    degraded = true;
  };
  return {
    prefix,
    localKeys: false,
    init(options: Options) {
      windowMs = options.windowMs;
      local.init(options);
    },
    async increment(key) {
      try {
        const k = prefix + key;
        // NX: the window starts with the first hit and is not extended by later ones.
        const [hits, , ttl] = await client.multi().incr(k).pExpire(k, windowMs, 'NX').pTTL(k).exec();
        degraded = false;
        return { totalHits: Number(hits), resetTime: new Date(Date.now() + Math.max(0, Number(ttl))) };
      } catch (err) {
        fallBack(err);
        return local.increment(key);
      }
    },
    async decrement(key) {
      await client.decr(prefix + key).catch(() => local.decrement(key));
    },
    async resetKey(key) {
      await client.del(prefix + key).catch(() => local.resetKey(key));
    },
    shutdown: () => local.shutdown(),
  };
}
