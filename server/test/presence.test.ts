import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { connectPresenceClient, type PresenceTestClient, userIds } from './support/presenceClient.ts';
import { type RunningTestServer, startPresenceTestServer } from './support/startPresenceTestServer.ts';
import { createTestAccounts } from './support/testAccounts.ts';

const WS = 'ws-ghent-hue';

describe('presence over socket.io (single node, in-process store)', () => {
  let srv: RunningTestServer;
  let accounts: ReturnType<typeof createTestAccounts>;
  const clients: PresenceTestClient[] = [];
  const connect = async (creds: Parameters<typeof connectPresenceClient>[1]) => {
    const c = await connectPresenceClient(srv.url, creds);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    accounts = createTestAccounts();
    accounts.addUser('u-pieter', 'Pieter De Smet', 'Ghent');
    accounts.addUser('u-lan', 'Nguyễn Thị Lan', 'Huế');
    accounts.addUser('u-priya', 'प्रिया', 'Tiruppur');
    accounts.addMember(WS, 'u-pieter', 'facilitator');
    accounts.addMember(WS, 'u-lan', 'editor');
    srv = await startPresenceTestServer({
      socketAuth: accounts.socketAuth,
      authorizeWorkspace: accounts.authorizeWorkspace,
      presenceTiming: { coalesceMs: 50 },
    });
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await srv.close();
  });

  it('joins with a token or the session cookie and pushes state to everyone present', async () => {
    const pieter = await connect({ token: 'wft_u-pieter_token' });
    const lan = await connect({ cookie: 'theme=dark; weft_session=sess-u-lan' });

    const first = await pieter.request('presence:join', { workspaceId: WS, documentId: 'doc-notes' });
    expect(first).toMatchObject({ ok: true, state: { workspaceId: WS } });
    expect(first.ok && userIds(first.state)).toEqual(['u-pieter']);

    const second = await lan.request('presence:join', { workspaceId: WS, sessionId: 'session-1' });
    expect(second.ok && userIds(second.state)).toEqual(['u-lan', 'u-pieter']);

    const state = await pieter.waitForState(WS, (s) => s.users.length === 2);
    const lanUser = state.users.find((u) => u.userId === 'u-lan');
    expect(lanUser).toMatchObject({
      name: 'Nguyễn Thị Lan',
      city: 'Huế',
      documentId: null,
      sessionId: 'session-1',
      activity: 'active',
      viewport: null,
    });
    expect(lanUser?.colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(Date.parse(lanUser?.lastSeen ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses connections without credentials and joins of non-members', async () => {
    await expect(connect({ token: 'wft_wrong' })).rejects.toMatchObject({ data: { code: 'unauthorized' } });
    await expect(connect({})).rejects.toMatchObject({ data: { code: 'unauthorized' } });

    const priya = await connect({ token: 'wft_u-priya_token' });
    const refused = await priya.request('presence:join', { workspaceId: WS });
    expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });

    const pieter = await connect({ token: 'wft_u-pieter_token' });
    const joined = await pieter.request('presence:join', { workspaceId: WS });
    expect(joined.ok && userIds(joined.state)).toEqual(['u-pieter']);
    // A refused user never shows up and cannot relay viewports into the workspace.
    const follow = await priya.request('follow:viewport', {
      workspaceId: WS,
      documentId: 'doc-board',
      viewport: { x: 0, y: 0, zoom: 1 },
    });
    expect(follow).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('answers invalid payloads with an error ack and keeps serving', async () => {
    const pieter = await connect({ token: 'wft_u-pieter_token' });
    const bad: [string, unknown][] = [
      ['presence:join', undefined],
      ['presence:join', 'ws-ghent-hue'],
      ['presence:join', { workspaceId: '../etc/passwd' }],
      ['presence:join', { workspaceId: WS, extra: true }],
      ['presence:update', { workspaceId: WS, activity: 'asleep' }],
      [
        'presence:update',
        { workspaceId: WS, activity: 'active', viewport: { x: Number.NaN, y: 0, zoom: 1 } },
      ],
      ['presence:leave', { workspaceId: 42 }],
      ['presence:heartbeat', { workspaceId: {} }],
      ['follow:viewport', { workspaceId: WS, documentId: 'd', viewport: { x: 1, y: 1, zoom: -1 } }],
    ];
    for (const [event, payload] of bad) {
      const ack = await pieter.request(event, payload);
      expect(ack, `${event} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
    expect(await pieter.request('presence:update', { workspaceId: WS, activity: 'idle' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    // Events without an ack callback are handled too, and nothing crashed.
    pieter.socket.emit('presence:join', { workspaceId: 'nope nope' } as never, undefined as never);
    expect(await pieter.request('presence:heartbeat')).toEqual({ ok: true });
    expect(await pieter.request('presence:join', { workspaceId: WS })).toMatchObject({ ok: true });
  });

  it('pushes updates, leaves and disconnects; relays follow:viewport to the others', async () => {
    const pieter = await connect({ token: 'wft_u-pieter_token' });
    const lan = await connect({ token: 'wft_u-lan_token' });
    await pieter.request('presence:join', { workspaceId: WS });
    await lan.request('presence:join', { workspaceId: WS });

    const viewport = { x: 120, y: -40, zoom: 1.5, width: 1280, height: 720 };
    expect(
      await lan.request('presence:update', {
        workspaceId: WS,
        documentId: 'doc-board',
        activity: 'idle',
        viewport,
      }),
    ).toEqual({ ok: true });
    await pieter.waitForState(WS, (s) =>
      s.users.some((u) => u.userId === 'u-lan' && u.activity === 'idle' && u.documentId === 'doc-board'),
    );
    expect(pieter.states.at(-1)?.users.find((u) => u.userId === 'u-lan')?.viewport).toEqual(viewport);

    expect(
      await pieter.request('follow:viewport', { workspaceId: WS, documentId: 'doc-board', viewport }),
    ).toEqual({ ok: true });
    await expect.poll(() => lan.follows.length).toBe(1);
    expect(lan.follows[0]).toEqual({
      workspaceId: WS,
      documentId: 'doc-board',
      viewport,
      userId: 'u-pieter',
      name: 'Pieter De Smet',
    });
    expect(pieter.follows).toEqual([]);

    expect(await lan.request('presence:leave', { workspaceId: WS })).toEqual({ ok: true });
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-pieter');
    await lan.request('presence:join', { workspaceId: WS });
    await pieter.waitForState(WS, (s) => s.users.length === 2);
    lan.close();
    await pieter.waitForState(WS, (s) => userIds(s).join() === 'u-pieter');
  });

  it('coalesces a burst of updates into few pushes', async () => {
    const pieter = await connect({ token: 'wft_u-pieter_token' });
    const lan = await connect({ token: 'wft_u-lan_token' });
    await pieter.request('presence:join', { workspaceId: WS });
    await lan.request('presence:join', { workspaceId: WS });
    await pieter.waitForState(WS, (s) => s.users.length === 2);
    const before = pieter.states.length;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        lan.request('presence:update', {
          workspaceId: WS,
          activity: 'active',
          viewport: { x: i, y: 0, zoom: 1 },
        }),
      ),
    );
    await pieter.waitForState(WS, (s) => s.users.find((u) => u.userId === 'u-lan')?.viewport?.x === 39);
    expect(pieter.states.length - before).toBeLessThan(10);
  });

  it('serves GET /api/workspaces/:id/presence to members only', async () => {
    const lan = await connect({ token: 'wft_u-lan_token' });
    await lan.request('presence:join', { workspaceId: WS, documentId: 'doc-plan' });

    const ok = await fetch(`${srv.url}/api/workspaces/${WS}/presence`, {
      headers: { authorization: 'Bearer wft_u-pieter_token' },
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { users: { userId: string; city: string; documentId: string }[] };
    expect(body.users).toEqual([
      expect.objectContaining({
        userId: 'u-lan',
        name: 'Nguyễn Thị Lan',
        city: 'Huế',
        documentId: 'doc-plan',
      }),
    ]);

    const viaCookie = await fetch(`${srv.url}/api/workspaces/${WS}/presence`, {
      headers: { cookie: 'weft_session=sess-u-lan' },
    });
    expect(viaCookie.status).toBe(200);
    const anonymous = await fetch(`${srv.url}/api/workspaces/${WS}/presence`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const outsider = await fetch(`${srv.url}/api/workspaces/${WS}/presence`, {
      headers: { authorization: 'Bearer wft_u-priya_token' },
    });
    expect(outsider.status).toBe(403);
    const badId = await fetch(`${srv.url}/api/workspaces/bad%20id/presence`, {
      headers: { authorization: 'Bearer wft_u-pieter_token' },
    });
    expect(badId.status).toBe(400);
  });

  it('leaves the /yjs/ upgrade to the sync endpoint and reports presence in /readyz', async () => {
    const editor = await provisionEditor(srv.url);
    const docId = await editor.newDocument();
    const ws = new WebSocket(`${srv.url.replace('http', 'ws')}/yjs/${docId}?token=${editor.token}`);
    const firstFrame = await new Promise<Buffer>((resolve, reject) => {
      ws.once('message', (data) => resolve(data as Buffer));
      ws.once('error', reject);
    });
    expect(firstFrame[0]).toBe(0); // y-websocket sync message
    ws.close();
    const ready = await fetch(`${srv.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { storage: 'ok', presence: 'ok' } });
  });
});
