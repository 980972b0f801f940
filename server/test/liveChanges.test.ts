import type { PresenceAck } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';

const open: Socket[] = [];
let t: TestServer;
let sofie: TestUser;
let lan: TestUser;

/** A socket.io client of `user` present in `workspaceId`, recording every event it receives. */
async function present(user: TestUser, workspaceId: string) {
  const socket = io(t.url, {
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { cookie: user.cookie },
  });
  open.push(socket);
  const events: [string, unknown][] = [];
  socket.onAny((name: string, payload: unknown) => events.push([name, payload]));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const ack = (await socket.timeout(5000).emitWithAck('presence:join', { workspaceId })) as PresenceAck;
  expect(ack).toMatchObject({ ok: true });
  return events;
}

beforeAll(async () => {
  t = await createTestServer();
  sofie = await signUp(t.url, 'Sofie', { city: 'Ghent' });
  lan = await signUp(t.url, 'Lan', { city: 'Huế' });
});

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

afterAll(async () => {
  await t?.close();
});

describe('live pushes to a workspace', () => {
  it('signoff:changed and sessions:changed reach the other members present at once', async () => {
    const s = t.server.services;
    const { workspace } = await s.workspaces.create(sofie.id, { title: 'Live', cities: ['Ghent', 'Huế'] });
    await s.workspaces.admit(workspace.id, lan.id, 'editor');
    const doc = await s.documents.create(sofie.id, workspace.id, { type: 'actionPlan', title: 'Plan' });
    const events = await present(lan, workspace.id);

    const proposed = await api(t.url, 'POST', `/api/documents/${doc.id}/signoff/propose`, {
      as: { cookie: sofie.cookie },
      body: {},
    });
    expect(proposed.status).toBe(200);
    await vi.waitFor(
      () =>
        expect(events).toContainEqual([
          'signoff:changed',
          { workspaceId: workspace.id, documentId: doc.id, status: 'proposed' },
        ]),
      { timeout: 1000 },
    );

    const created = await api(t.url, 'POST', `/api/workspaces/${workspace.id}/sessions`, {
      as: { cookie: sofie.cookie },
      body: { title: 'Kick-off', start: '2026-04-14T08:00:00Z', durationMinutes: 60 },
    });
    const sessionId = (created.body as { session: { id: string } }).session.id;
    await vi.waitFor(
      () =>
        expect(events).toContainEqual([
          'sessions:changed',
          { workspaceId: workspace.id, sessionId, change: 'created' },
        ]),
      { timeout: 1000 },
    );
  });
});
