import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PRESENCE_KEY_PREFIX } from '../src/presence/createPresenceBackend.ts';
import { createPresenceRedisClient } from '../src/presence/redis/createPresenceRedisClient.ts';
import { createRedisPresenceStore } from '../src/presence/redis/createRedisPresenceStore.ts';
import { connectPresenceClient, type PresenceTestClient, userIds } from './support/presenceClient.ts';
import { type RunningTestServer, startPresenceTestServer } from './support/startPresenceTestServer.ts';
import { startRedisServer, type TestRedis } from './support/startRedisServer.ts';
import { createTestAccounts } from './support/testAccounts.ts';

const WS = 'ws-ghent-tiruppur';
const TTL = 1500;
const timing = { heartbeatMs: 250, sweepMs: 200, coalesceMs: 50 };
const silent = pino({ level: 'silent' });
// ws implements what y-websocket uses; its types lack the DOM's dispatchEvent.
const WebSocketPolyfill = WebSocket as unknown as typeof globalThis.WebSocket;

describe('presence over Redis (several nodes, outages)', () => {
  let redis: TestRedis;
  let accounts: ReturnType<typeof createTestAccounts>;
  const servers: RunningTestServer[] = [];
  const clients: PresenceTestClient[] = [];
  const cleanups: (() => void | Promise<void>)[] = [];

  const startNode = async () => {
    const s = await startPresenceTestServer({
      redisUrl: redis.url,
      socketAuth: accounts.socketAuth,
      authorizeWorkspace: accounts.authorizeWorkspace,
      presenceTtlMs: TTL,
      presenceTiming: timing,
    });
    servers.push(s);
    await expect.poll(() => s.server.presenceStore.isReady(), { timeout: 10_000 }).toBe(true);
    return s;
  };
  const connect = async (node: RunningTestServer, token: string) => {
    const c = await connectPresenceClient(node.url, { token });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.kill();
  });
  beforeEach(() => {
    accounts = createTestAccounts();
    for (const [id, name, city] of [
      ['u-pieter', 'Pieter', 'Ghent'],
      ['u-lan', 'Lan', 'Huế'],
      ['u-priya', 'Priya', 'Tiruppur'],
    ] as const) {
      accounts.addUser(id, name, city);
      accounts.addMember(WS, id, 'editor');
    }
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const fn of cleanups.splice(0)) await fn();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('shares presence and follow:viewport between two nodes', async () => {
    const [a, b] = [await startNode(), await startNode()];
    const pieter = await connect(a, 'wft_u-pieter_token');
    const lan = await connect(b, 'wft_u-lan_token');
    await pieter.request('presence:join', { workspaceId: WS, documentId: 'doc-plan' });
    const joined = await lan.request('presence:join', { workspaceId: WS });
    expect(joined.ok && userIds(joined.state)).toEqual(['u-lan', 'u-pieter']);
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-lan,u-pieter');

    await lan.request('presence:update', { workspaceId: WS, documentId: 'doc-board', activity: 'idle' });
    await pieter.waitForState(WS, (s) => s.users.some((u) => u.userId === 'u-lan' && u.activity === 'idle'));

    const viewport = { x: 5, y: 6, zoom: 2 };
    await pieter.request('follow:viewport', { workspaceId: WS, documentId: 'doc-plan', viewport });
    await expect.poll(() => lan.follows.at(-1)).toMatchObject({ userId: 'u-pieter', viewport });

    lan.close();
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-pieter');
  });

  it("drops a crashed node's users within ttl + sweep", async () => {
    const a = await startNode();
    const pieter = await connect(a, 'wft_u-pieter_token');
    await pieter.request('presence:join', { workspaceId: WS });

    // Another node that writes one record and then stops heartbeating, as a crashed node would.
    const ghostClient = createPresenceRedisClient(redis.url, silent, 'ghost-node');
    await ghostClient.connect();
    cleanups.push(() => ghostClient.destroy());
    const ghostNode = createRedisPresenceStore(ghostClient, { keyPrefix: PRESENCE_KEY_PREFIX, ttlMs: TTL });
    await ghostNode.put([
      {
        workspaceId: WS,
        connectionId: 'ghost-conn',
        nodeId: 'crashed-node',
        userId: 'u-priya',
        name: 'Priya',
        city: 'Tiruppur',
        colour: '#43a047',
        documentId: null,
        sessionId: null,
        activity: 'active',
        viewport: null,
        lastSeen: Date.now(),
      },
    ]);
    const putAt = Date.now();
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-pieter,u-priya');
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-pieter');
    const gone = Date.now() - putAt;
    expect(gone).toBeGreaterThanOrEqual(TTL - 100);
    expect(gone).toBeLessThan(TTL + timing.sweepMs + 1000);
    // The live node's own user stays, kept alive by its heartbeat well past the ttl.
    await expect.poll(async () => recordUserIds(await a.server.presenceStore.list(WS))).toEqual(['u-pieter']);
  });

  it('keeps sync and health up during a Redis outage and recovers presence when Redis returns', async () => {
    const [a, b] = [await startNode(), await startNode()];
    const pieter = await connect(a, 'wft_u-pieter_token');
    await pieter.request('presence:join', { workspaceId: WS });

    await redis.kill();
    await expect.poll(() => a.server.presenceStore.isReady()).toBe(false);

    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${a.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { storage: 'ok', presence: 'failing' },
    });

    // Document sync does not depend on Redis.
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const providers = [
      new WebsocketProvider(`${a.url.replace('http', 'ws')}/yjs`, 'doc-outage', docA, {
        WebSocketPolyfill,
      }),
      new WebsocketProvider(`${a.url.replace('http', 'ws')}/yjs`, 'doc-outage', docB, {
        WebSocketPolyfill,
      }),
    ];
    cleanups.push(() => {
      for (const p of providers) p.destroy();
    });
    docA.getText('t').insert(0, 'Sợi tái chế — recycled fibre');
    await expect
      .poll(() => docB.getText('t').toString(), { timeout: 10_000 })
      .toBe('Sợi tái chế — recycled fibre');

    // Presence degrades to this node's users instead of failing.
    const lan = await connect(a, 'wft_u-lan_token');
    const joined = await lan.request('presence:join', { workspaceId: WS });
    expect(joined.ok && userIds(joined.state)).toEqual(['u-lan', 'u-pieter']);
    await pieter.waitForState(WS, (s) => s.users.length === 2);

    await redis.restart();
    await expect.poll(() => a.server.presenceStore.isReady(), { timeout: 15_000 }).toBe(true);
    const readyAgain = await fetch(`${a.url}/readyz`);
    expect(await readyAgain.json()).toMatchObject({ checks: { presence: 'ok' } });

    // The restarted Redis is empty; node A re-publishes its users and node B sees them.
    await expect
      .poll(async () => recordUserIds(await b.server.presenceStore.list(WS)), { timeout: 15_000 })
      .toEqual(['u-lan', 'u-pieter']);
    await expect.poll(() => b.server.presenceStore.isReady(), { timeout: 15_000 }).toBe(true);
    const priya = await connect(b, 'wft_u-priya_token');
    const late = await priya.request('presence:join', { workspaceId: WS });
    expect(late.ok && userIds(late.state)).toEqual(['u-lan', 'u-pieter', 'u-priya']);
    await pieter.waitForState(WS, (s) => s.users.length === 3);
    // Broadcasts cross nodes again through the re-subscribed adapter.
    await pieter.request('follow:viewport', {
      workspaceId: WS,
      documentId: 'doc-outage',
      viewport: { x: 1, y: 2, zoom: 1 },
    });
    await expect.poll(() => priya.follows.at(-1)?.userId, { timeout: 10_000 }).toBe('u-pieter');
  });
});

function recordUserIds(records: { userId: string }[]): string[] {
  return [...new Set(records.map((r) => r.userId))].sort();
}
