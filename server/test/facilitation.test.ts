import type { FacilitationState, PresenceAck, SessionReaction } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';

const MIN = 60_000;
const open: Socket[] = [];
let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let workspaceId: string;

const as = (user: TestUser, body?: unknown) => ({ as: { cookie: user.cookie }, ...(body ? { body } : {}) });
const stateOf = (body: unknown) => body as FacilitationState;

async function newSession(agendaMinutes: number[] = [10, 20, 5]): Promise<string> {
  const res = await api(
    t.url,
    'POST',
    `/api/workspaces/${workspaceId}/sessions`,
    as(fac, {
      title: 'Phiên 4: Ghent ⇄ Huế ⇄ Tiruppur',
      start: '2026-04-14T08:00:00Z',
      durationMinutes: 90,
      agenda: agendaMinutes.map((minutes, i) => ({ title: `Mục ${i + 1}`, minutes })),
    }),
  );
  expect(res.status).toBe(201);
  return (res.body as { session: { id: string } }).session.id;
}

const timer = (user: TestUser, sessionId: string, body: unknown) =>
  api(t.url, 'POST', `/api/sessions/${sessionId}/timer`, as(user, body));

/** A socket.io client of `user` on the session page, recording every event it receives. */
async function onSessionPage(user: TestUser, sessionId: string) {
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
  const ack = (await socket
    .timeout(5000)
    .emitWithAck('presence:join', { workspaceId, sessionId })) as PresenceAck;
  expect(ack).toMatchObject({ ok: true });
  const of = <T>(name: string) => events.filter(([n]) => n === name).map(([, p]) => p as T);
  return {
    socket,
    events,
    changes: () => of<FacilitationState>('facilitation:changed'),
    reactions: () => of<SessionReaction>('session:reaction'),
  };
}

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Sofie Claes');
  editor = await signUp(t.url, 'Trần Thị Lan');
  viewer = await signUp(t.url, 'प्रिया शाह');
  outsider = await signUp(t.url, 'Outsider');
  const s = t.server.services;
  workspaceId = (await s.workspaces.create(fac.id, { title: 'Ghent ⇄ Huế' })).workspace.id;
  await s.workspaces.admit(workspaceId, editor.id, 'editor');
  await s.workspaces.admit(workspaceId, viewer.id, 'viewer');
});

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

afterAll(async () => {
  await t?.close();
});

describe('session timer', () => {
  it('only a facilitator controls it; every member reads it; outsiders and unknown sessions are refused', async () => {
    const sessionId = await newSession();
    for (const user of [viewer, editor]) {
      const res = await timer(user, sessionId, { action: 'start' });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect((await timer(outsider, sessionId, { action: 'start' })).status).toBe(403);
    expect((await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(outsider))).status).toBe(
      403,
    );
    expect((await timer(fac, 'no-such-session', { action: 'start' })).status).toBe(404);

    const before = Date.now();
    const started = await timer(fac, sessionId, { action: 'start' });
    expect(started.status).toBe(200);
    const state = stateOf(started.body);
    expect(state).toMatchObject({ workspaceId, sessionId, hands: [] });
    expect(state.timer).toMatchObject({ itemIndex: 0, status: 'running', durationMs: 10 * MIN });
    expect(state.serverTime).toBeGreaterThanOrEqual(before);
    expect((state.timer.endsAt ?? 0) - state.serverTime).toBeLessThanOrEqual(10 * MIN);
    const read = await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(viewer));
    expect(read.status).toBe(200);
    expect(stateOf(read.body).timer).toEqual(state.timer);
  });

  it('refuses bad input with a clear 4xx and keeps the state', async () => {
    const sessionId = await newSession([10, 20]);
    const bad: [unknown, number, string][] = [
      [{}, 400, 'validation_failed'],
      [{ action: 'fly' }, 400, 'validation_failed'],
      [{ action: 'extend' }, 400, 'validation_failed'],
      [{ action: 'extend', minutes: 0 }, 400, 'validation_failed'],
      [{ action: 'extend', minutes: '5' }, 400, 'validation_failed'],
      [{ action: 'start', minutes: 99999 }, 400, 'validation_failed'],
      [{ action: 'pause', extra: 1 }, 400, 'validation_failed'],
      [{ action: 'goto', index: 2 }, 400, 'validation_failed'],
      [{ action: 'goto', index: -1 }, 400, 'validation_failed'],
      [{ action: 'pause' }, 409, 'conflict'],
      [{ action: 'resume' }, 409, 'conflict'],
      [{ action: 'previous' }, 409, 'conflict'],
    ];
    for (const [body, status, code] of bad) {
      const res = await timer(fac, sessionId, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body).toMatchObject({ error: { code, message: expect.any(String) } });
    }
    const raw = await api(t.url, 'POST', `/api/sessions/${sessionId}/timer`, {
      ...as(fac),
      rawBody: '{oops',
    });
    expect(raw.status).toBe(400);
    const read = await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(fac));
    expect(stateOf(read.body).timer).toMatchObject({ itemIndex: 0, status: 'ready', remainingMs: 10 * MIN });
  });

  it('pauses, extends, resumes and advances the agenda when the countdown reaches zero (server clock)', async () => {
    const sessionId = await newSession([10, 20]);
    await timer(fac, sessionId, { action: 'start' });
    t.clock.advance(4 * MIN);
    const paused = stateOf((await timer(fac, sessionId, { action: 'pause' })).body).timer;
    expect(paused.status).toBe('paused');
    expect(paused.remainingMs).toBeGreaterThan(6 * MIN - 2000);
    expect(paused.remainingMs).toBeLessThanOrEqual(6 * MIN);
    const extended = stateOf((await timer(fac, sessionId, { action: 'extend', minutes: 2 })).body).timer;
    expect(extended.remainingMs).toBe((paused.remainingMs ?? 0) + 2 * MIN);
    const resumed = stateOf((await timer(fac, sessionId, { action: 'resume' })).body);
    const left = (resumed.timer.endsAt ?? 0) - resumed.serverTime;
    expect(left).toBeLessThanOrEqual(extended.remainingMs ?? 0);
    expect(left).toBeGreaterThan((extended.remainingMs ?? 0) - 1000);

    t.clock.advance(9 * MIN);
    const advanced = stateOf(
      (await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(viewer))).body,
    );
    expect(advanced.timer).toMatchObject({
      itemIndex: 1,
      status: 'ready',
      remainingMs: 20 * MIN,
      endedAt: resumed.timer.endsAt,
    });
    // The second item's countdown runs out too: the agenda is done.
    await timer(fac, sessionId, { action: 'start' });
    t.clock.advance(21 * MIN);
    const ended = stateOf((await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(fac))).body);
    expect(ended.timer).toMatchObject({ itemIndex: 1, status: 'ended', remainingMs: 0 });
    const again = stateOf((await timer(fac, sessionId, { action: 'goto', index: 0 })).body);
    expect(again.timer).toMatchObject({ itemIndex: 0, status: 'ready', remainingMs: 10 * MIN });
  });

  it('pushes every change to the session page; a late client reads the state and gets the events after', async () => {
    const sessionId = await newSession();
    const early = await onSessionPage(viewer, sessionId);
    const started = stateOf((await timer(fac, sessionId, { action: 'start' })).body);
    await vi.waitFor(() => expect(early.changes().at(-1)?.timer).toEqual(started.timer), { timeout: 1000 });

    // Connecting late (or again after a drop): GET gives what the events said, later events follow.
    const late = await onSessionPage(editor, sessionId);
    const read = stateOf(
      (await api(t.url, 'GET', `/api/sessions/${sessionId}/facilitation`, as(editor))).body,
    );
    expect(read.timer).toEqual(started.timer);
    expect(read.serverTime).toBeGreaterThanOrEqual(started.serverTime);
    const paused = stateOf((await timer(fac, sessionId, { action: 'pause' })).body);
    for (const client of [early, late]) {
      await vi.waitFor(() => expect(client.changes().at(-1)).toEqual(paused), { timeout: 1000 });
    }
  });

  it('survives a restart of the server', async () => {
    const first = await createTestServer({}, { keepData: true });
    let second: TestServer | undefined;
    try {
      const me = await signUp(first.url, 'Sofie');
      const s = first.server.services;
      const { workspace } = await s.workspaces.create(me.id, { title: 'Restart' });
      const session = await s.exchangeSessions.create(me.id, workspace.id, {
        title: 'S',
        start: '2026-04-14T08:00:00Z',
        durationMinutes: 60,
        agenda: [{ title: 'A', minutes: 15 }],
      });
      const path = `/api/sessions/${session.id}`;
      const started = await api(first.url, 'POST', `${path}/timer`, as(me, { action: 'start' }));
      expect(started.status).toBe(200);
      await api(first.url, 'POST', `${path}/hands`, as(me));
      await first.server.close();
      second = await createTestServer({}, { dataDir: first.dataDir });
      const read = stateOf((await api(second.url, 'GET', `${path}/facilitation`, as(me))).body);
      expect(read.timer).toEqual(stateOf(started.body).timer);
      expect(read.hands.map((h) => h.userId)).toEqual([me.id]);
    } finally {
      await second?.close();
      if (!second) await first.close();
    }
  });
});

describe('raised hands', () => {
  it('queue in order for every member, viewers included; people lower their own; the facilitator clears any', async () => {
    const sessionId = await newSession();
    const page = await onSessionPage(fac, sessionId);
    const hands = (res: { body: unknown }) => stateOf(res.body).hands.map((h) => h.name);
    expect(hands(await api(t.url, 'POST', `/api/sessions/${sessionId}/hands`, as(viewer)))).toEqual([
      'प्रिया शाह',
    ]);
    expect(hands(await api(t.url, 'POST', `/api/sessions/${sessionId}/hands`, as(editor)))).toEqual([
      'प्रिया शाह',
      'Trần Thị Lan',
    ]);
    // Raising again keeps the place.
    const twice = await api(t.url, 'POST', `/api/sessions/${sessionId}/hands`, as(viewer));
    expect(hands(twice)).toEqual(['प्रिया शाह', 'Trần Thị Lan']);
    expect(stateOf(twice.body).hands[0]).toEqual({
      userId: viewer.id,
      name: 'प्रिया शाह',
      raisedAt: expect.any(Number),
    });
    expect((await api(t.url, 'POST', `/api/sessions/${sessionId}/hands`, as(outsider))).status).toBe(403);
    await vi.waitFor(() => expect(page.changes().at(-1)?.hands.length).toBe(2), { timeout: 1000 });

    // A viewer cannot answer someone else's hand.
    const refused = await api(t.url, 'DELETE', `/api/sessions/${sessionId}/hands/${editor.id}`, as(viewer));
    expect(refused.status).toBe(403);
    expect(
      hands(await api(t.url, 'DELETE', `/api/sessions/${sessionId}/hands/${viewer.id}`, as(viewer))),
    ).toEqual(['Trần Thị Lan']);
    const answered = await api(t.url, 'DELETE', `/api/sessions/${sessionId}/hands/${editor.id}`, as(fac));
    expect(answered.status).toBe(200);
    expect(hands(answered)).toEqual([]);
    await vi.waitFor(() => expect(page.changes().at(-1)?.hands).toEqual([]), { timeout: 1000 });
    // Lowering a hand that is not up changes nothing and is no error.
    expect(
      (await api(t.url, 'DELETE', `/api/sessions/${sessionId}/hands/${editor.id}`, as(fac))).status,
    ).toBe(200);
  });
});

describe('reactions', () => {
  it('reach everyone on the page, refuse unknown emoji and are limited per person', async () => {
    const sessionId = await newSession();
    const page = await onSessionPage(fac, sessionId);
    const react = (user: TestUser, emoji: unknown) =>
      api(t.url, 'POST', `/api/sessions/${sessionId}/reactions`, as(user, { emoji }));
    expect((await react(viewer, '💩')).status).toBe(400);
    expect((await react(outsider, '👍')).status).toBe(403);
    const sent = await react(viewer, '🎉');
    expect(sent.status).toBe(201);
    await vi.waitFor(
      () =>
        expect(page.reactions()).toContainEqual(
          expect.objectContaining({ sessionId, userId: viewer.id, name: 'प्रिया शाह', emoji: '🎉' }),
        ),
      { timeout: 1000 },
    );

    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await react(editor, '👏')).status);
    // Eight per window (two failed attempts of the viewer above count for the viewer only).
    expect(statuses.filter((s) => s === 201)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429]);
    const limited = await react(editor, '👏');
    expect(limited.body).toMatchObject({ error: { code: 'rate_limited' } });
    // Another person is not limited by that.
    expect((await react(fac, '❤️')).status).toBe(201);
  });
});
