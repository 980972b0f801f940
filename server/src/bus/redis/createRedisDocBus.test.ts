import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRedisServer, type TestRedis } from '../../../test/support/startRedisServer.ts';
import { DocBusKind, type DocBusMessage } from '../DocBus.ts';
import { type BusRedisClients, createBusRedisClients } from './createBusRedisClients.ts';
import { createRedisDocBus } from './createRedisDocBus.ts';

const logger = pino({ level: 'silent' });

describe('createRedisDocBus', () => {
  let redis: TestRedis;
  const opened: BusRedisClients[] = [];
  const node = () => {
    const clients = createBusRedisClients(redis.url, logger);
    opened.push(clients);
    clients.connect();
    const bus = createRedisDocBus({ ...clients, logger, prefix: 'test:doc:' });
    const received: DocBusMessage[] = [];
    let resyncs = 0;
    bus.onResync(() => {
      resyncs++;
    });
    return { clients, bus, received, resyncs: () => resyncs };
  };
  const ready = (n: ReturnType<typeof node>) => expect.poll(() => n.clients.isReady()).toBe(true);

  beforeEach(async () => {
    redis = await startRedisServer();
  });
  afterEach(async () => {
    for (const c of opened.splice(0)) await c.close();
    await redis.kill();
  });

  it('delivers to other nodes only, once, with kind and payload intact', async () => {
    const [a, b] = [node(), node()];
    await Promise.all([ready(a), ready(b)]);
    await a.bus.subscribe('d1', (m) => a.received.push(m));
    await b.bus.subscribe('d1', (m) => b.received.push(m));
    a.bus.publish('d1', { kind: DocBusKind.update, payload: new Uint8Array([1, 2, 3]) });
    b.bus.publish('d1', { kind: DocBusKind.awareness, payload: new Uint8Array([9]) });
    await vi.waitFor(() => {
      expect(b.received).toEqual([{ kind: DocBusKind.update, payload: new Uint8Array([1, 2, 3]) }]);
      expect(a.received).toEqual([{ kind: DocBusKind.awareness, payload: new Uint8Array([9]) }]);
    });
    await b.bus.unsubscribe('d1');
    a.bus.publish('d1', { kind: DocBusKind.update, payload: new Uint8Array([4]) });
    a.bus.publish('d2', { kind: DocBusKind.update, payload: new Uint8Array([5]) });
    // A round trip on a channel B still hears proves the two above were not delivered.
    await b.bus.subscribe('d3', (m) => b.received.push(m));
    a.bus.publish('d3', { kind: DocBusKind.update, payload: new Uint8Array([6]) });
    await vi.waitFor(() => expect(b.received).toHaveLength(2));
    expect(b.received[1]?.payload).toEqual(new Uint8Array([6]));
  });

  it('never blocks a subscribe while Redis is away, and resubscribes and resyncs when it returns', async () => {
    const [a, b] = [node(), node()];
    await Promise.all([ready(a), ready(b)]);
    await redis.kill();
    await expect.poll(() => b.clients.isReady()).toBe(false);
    // Resolves at once although nothing can reach Redis.
    await b.bus.subscribe('late', (m) => b.received.push(m));
    a.bus.publish('late', { kind: DocBusKind.update, payload: new Uint8Array([1]) });

    await redis.restart();
    await Promise.all([ready(a), ready(b)]);
    // B may have missed anything meanwhile, so its loaded documents reload from storage.
    await expect.poll(() => b.resyncs()).toBeGreaterThan(0);
    await vi.waitFor(
      () => {
        a.bus.publish('late', { kind: DocBusKind.update, payload: new Uint8Array([2]) });
        expect(b.received.map((m) => m.payload[0])).toContain(2);
      },
      { timeout: 5000, interval: 100 },
    );
  });

  it('asks peers to resync after its own publishes failed, even if their subscriptions never dropped', async () => {
    const [a, b] = [node(), node()];
    await Promise.all([ready(a), ready(b)]);
    await a.bus.subscribe('d', () => {});
    await b.bus.subscribe('d', () => {});
    // Only A's publisher loses its connection (a network blip on A's side).
    const before = b.resyncs();
    await a.clients.publisher.disconnect();
    a.bus.publish('d', { kind: DocBusKind.update, payload: new Uint8Array([1]) });
    await a.clients.publisher.connect();
    await expect.poll(() => b.resyncs()).toBe(before + 1);
    expect(a.resyncs()).toBe(0);
  });
});
