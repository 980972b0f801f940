import type { Options } from 'express-rate-limit';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedis } from '../../test/support/startRedisServer.ts';
import { type BusRedisClients, createBusRedisClients } from '../bus/redis/createBusRedisClients.ts';
import { createRedisRateLimitStore } from './createRedisRateLimitStore.ts';

const logger = pino({ level: 'silent' });

describe('createRedisRateLimitStore', () => {
  let redis: TestRedis;
  const opened: BusRedisClients[] = [];
  const store = async () => {
    const clients = createBusRedisClients(redis.url, logger);
    opened.push(clients);
    clients.connect();
    await expect.poll(() => clients.isReady()).toBe(true);
    const s = createRedisRateLimitStore(clients.publisher, 'test:rl:', logger);
    s.init?.({ windowMs: 60_000 } as Options);
    return s;
  };

  beforeEach(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    for (const c of opened.splice(0)) await c.close();
    await redis.kill();
  });

  it('counts hits of all nodes together within one window', async () => {
    const [a, b] = [await store(), await store()];
    expect((await a.increment('ip:1')).totalHits).toBe(1);
    expect((await b.increment('ip:1')).totalHits).toBe(2);
    const third = await a.increment('ip:1');
    expect(third.totalHits).toBe(3);
    const left = (third.resetTime?.getTime() ?? 0) - Date.now();
    expect(left).toBeGreaterThan(55_000);
    expect(left).toBeLessThanOrEqual(60_000);
    await b.decrement('ip:1');
    expect((await a.increment('ip:1')).totalHits).toBe(3);
    await a.resetKey('ip:1');
    expect((await b.increment('ip:1')).totalHits).toBe(1);
    expect((await b.increment('ip:2')).totalHits).toBe(1);
  });

  it('keeps limiting in memory while Redis is away', async () => {
    const a = await store();
    await redis.kill();
    await expect.poll(() => opened[0]?.isReady()).toBe(false);
    expect((await a.increment('ip:9')).totalHits).toBe(1);
    expect((await a.increment('ip:9')).totalHits).toBe(2);
  });
});
