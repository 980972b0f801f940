import { randomBytes } from 'node:crypto';
import type { FacilitationState, PresenceAck } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/testing/createTestDatabase.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp } from './helpers/testApi.ts';

let pg: TestDatabase | undefined;
const nodes: TestServer[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const n of nodes) await n.close();
  await pg?.drop();
});

describe('facilitation on two nodes (PostgreSQL + Redis)', () => {
  it('a timer started through node A reaches a client on node B within a second, and B reads the same state', async () => {
    pg = await createTestDatabase();
    const env = {
      DATABASE_URL: pg.url,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `weft-test-${randomBytes(4).toString('hex')}:`,
    };
    nodes.push(await createTestServer(env), await createTestServer(env));
    const [a, b] = nodes as [TestServer, TestServer];
    await vi.waitFor(async () => expect(await b.server.presenceStore.isReady()).toBe(true), {
      timeout: 10_000,
    });
    const sofie = await signUp(a.url, 'Sofie Claes');
    const lan = await signUp(a.url, 'Nguyễn Thị Lan');
    const s = a.server.services;
    const workspaceId = (await s.workspaces.create(sofie.id, { title: 'Ghent ⇄ Huế' })).workspace.id;
    await s.workspaces.admit(workspaceId, lan.id, 'viewer');
    const session = await s.exchangeSessions.create(sofie.id, workspaceId, {
      title: 'Phiên 5',
      start: '2026-04-14T08:00:00Z',
      durationMinutes: 60,
      agenda: [{ title: 'Sợi tái chế', minutes: 12 }],
    });

    const socket = io(b.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: lan.cookie },
    });
    sockets.push(socket);
    const changes: FacilitationState[] = [];
    socket.on('facilitation:changed', (state: FacilitationState) => changes.push(state));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const ack = (await socket
      .timeout(5000)
      .emitWithAck('presence:join', { workspaceId, sessionId: session.id })) as PresenceAck;
    expect(ack).toMatchObject({ ok: true });

    const sentAt = Date.now();
    const started = await api(a.url, 'POST', `/api/sessions/${session.id}/timer`, {
      as: { cookie: sofie.cookie },
      body: { action: 'start' },
    });
    expect(started.status).toBe(200);
    const timer = (started.body as FacilitationState).timer;
    await vi.waitFor(() => expect(changes.at(-1)?.timer).toEqual(timer), { timeout: 1000, interval: 10 });
    const took = Date.now() - sentAt;
    console.log(`timer start on node A reached a client on node B ${took} ms after the request was sent`);
    expect(took).toBeLessThan(1000);
    const onB = await api(b.url, 'GET', `/api/sessions/${session.id}/facilitation`, {
      as: { cookie: lan.cookie },
    });
    expect((onB.body as FacilitationState).timer).toEqual(timer);
  });
});
