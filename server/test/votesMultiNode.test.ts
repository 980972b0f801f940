import type { PresenceAck } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/testing/createTestDatabase.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp } from './helpers/testApi.ts';
import { createVoteBoard } from './helpers/voteBoard.ts';
import { startRedisServer, type TestRedis } from './support/startRedisServer.ts';

let pg: TestDatabase | undefined;
let redis: TestRedis | undefined;
const nodes: TestServer[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const n of nodes) await n.close();
  await pg?.drop();
  await redis?.kill();
});

describe('dot votes across two nodes on PostgreSQL and Redis', () => {
  it('a dot cast on node A reaches a socket on node B as votes:changed, and B counts it', async () => {
    pg = await createTestDatabase();
    redis = await startRedisServer();
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url };
    nodes.push(await createTestServer(env), await createTestServer(env));
    const [a, b] = nodes as [TestServer, TestServer];
    const facilitator = await signUp(a.url, 'Sofie');
    const voter = await signUp(a.url, 'Lan');
    const s = a.server.services;
    const { workspace } = await s.workspaces.create(facilitator.id, { title: 'Gent – Huế' });
    await s.workspaces.admit(workspace.id, voter.id, 'commenter');
    const board = await createVoteBoard(a, workspace.id, { cookie: facilitator.cookie });
    const opened = await api(a.url, 'POST', `/api/documents/${board.documentId}/votes`, {
      as: { cookie: facilitator.cookie },
      body: { title: 'Prioriteiten', dotsPerPerson: 2, anonymous: true },
    });
    expect(opened.status).toBe(201);
    const voteId = (opened.body as { vote: { id: string } }).vote.id;

    const socket = io(b.url, {
      transports: ['websocket'],
      forceNew: true,
      extraHeaders: { cookie: facilitator.cookie },
    });
    sockets.push(socket);
    const events: [string, unknown][] = [];
    socket.onAny((name: string, payload: unknown) => events.push([name, payload]));
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const ack = (await socket.timeout(5000).emitWithAck('presence:join', {
      workspaceId: workspace.id,
    })) as PresenceAck;
    expect(ack).toMatchObject({ ok: true });

    const cast = await api(a.url, 'POST', `/api/votes/${voteId}/dots`, {
      as: { cookie: voter.cookie },
      body: { targetId: board.stickies.b },
    });
    expect(cast.status, JSON.stringify(cast.body)).toBe(201);
    await vi.waitFor(
      () =>
        expect(events).toContainEqual([
          'votes:changed',
          { workspaceId: workspace.id, documentId: board.documentId, voteId },
        ]),
      { timeout: 5000 },
    );
    // Node B validates against the same board (loaded there from PostgreSQL) and shares the dots.
    const fromB = await api(b.url, 'POST', `/api/votes/${voteId}/dots`, {
      as: { cookie: voter.cookie },
      body: { targetId: board.stickies.a },
    });
    expect(fromB.status, JSON.stringify(fromB.body)).toBe(201);
    const third = await api(b.url, 'POST', `/api/votes/${voteId}/dots`, {
      as: { cookie: voter.cookie },
      body: { targetId: board.stickies.a },
    });
    expect(third.status).toBe(409);
  });
});
