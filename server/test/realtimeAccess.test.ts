import { CloseCode, type PresenceState } from '@weft/protocol';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { connectProvider, type SyncClient, whenSynced } from './helpers/syncClients.ts';
import { api, createToken, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';
import { connectPresenceClient, type PresenceTestClient } from './support/presenceClient.ts';

let t: TestServer;
let fac: TestUser;
const sockets: PresenceTestClient[] = [];
const syncClients: SyncClient[] = [];

beforeAll(async () => {
  // A fast expiry check, so "within 1 s" holds with room to spare on a busy machine.
  t = await createTestServer({ CREDENTIAL_CHECK_MS: '100' });
  fac = await signUp(t.url, 'Facilitator');
});

afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
  for (const c of syncClients.splice(0)) c.destroy();
});

afterAll(async () => {
  await t?.close();
});

async function workspaceWith(...members: TestUser[]): Promise<{ workspaceId: string; documentId: string }> {
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(fac.id, { title: 'Ghent ⇄ Surat' });
  for (const m of members) await s.workspaces.admit(workspace.id, m.id, 'editor');
  const doc = await s.documents.create(fac.id, workspace.id, { type: 'note', title: 'Notes' });
  return { workspaceId: workspace.id, documentId: doc.id };
}

async function presence(credentials: { token?: string; cookie?: string }): Promise<PresenceTestClient> {
  const client = await connectPresenceClient(t.url, credentials);
  sockets.push(client);
  return client;
}

// Longer than SESSION_TTL_HOURS' default of 14 days.
const PAST_ANY_SESSION = 400 * 24 * 3_600_000;
const names = (s: PresenceState) => s.users.map((u) => u.name);

describe('socket.io follows access changes', () => {
  it('a removed member hears nothing more of the workspace and leaves presence within 1 s', async () => {
    const removed = await signUp(t.url, 'Removed Member');
    const witness = await signUp(t.url, 'Witness');
    const { workspaceId, documentId } = await workspaceWith(removed, witness);
    const facClient = await presence({ cookie: fac.cookie });
    const removedClient = await presence({ cookie: removed.cookie });
    const witnessClient = await presence({ cookie: witness.cookie });
    for (const c of [facClient, removedClient, witnessClient]) {
      expect(await c.request('presence:join', { workspaceId, documentId })).toMatchObject({ ok: true });
    }
    await facClient.waitForState(workspaceId, (s) => names(s).includes('Removed Member'));

    const heard: string[] = [];
    removedClient.socket.onAny((event: string, payload: unknown) => {
      if (JSON.stringify(payload ?? null).includes(workspaceId)) heard.push(event);
    });
    const removedAt = Date.now();
    await t.server.services.workspaces.removeMember(fac.id, workspaceId, removed.id);
    await facClient.waitForState(workspaceId, (s) => !names(s).includes('Removed Member'));
    expect(Date.now() - removedAt).toBeLessThan(1_000);

    // Everything the workspace still says: a follow relay, a presence change and a comment.
    expect(
      await facClient.request('follow:viewport', {
        workspaceId,
        documentId,
        viewport: { x: 1, y: 2, zoom: 1 },
      }),
    ).toMatchObject({ ok: true });
    await facClient.request('presence:update', { workspaceId, activity: 'idle' });
    const comment = await api(t.url, 'POST', `/api/documents/${documentId}/threads`, {
      as: { cookie: fac.cookie },
      body: { anchor: testTextAnchor(), body: 'After the removal' },
    });
    expect(comment.status).toBe(201);
    // The witness receives all three; the removed member's socket, on the same node, none.
    await vi.waitFor(() => expect(witnessClient.follows.length).toBeGreaterThan(0));
    await witnessClient.waitForState(
      workspaceId,
      (s) => s.users.find((u) => u.name === 'Facilitator')?.activity === 'idle',
    );
    const witnessChanges: unknown[] = [];
    (witnessClient.socket as unknown as Socket).on('comments:changed', (c: unknown) =>
      witnessChanges.push(c),
    );
    await api(t.url, 'POST', `/api/documents/${documentId}/threads`, {
      as: { cookie: fac.cookie },
      body: { anchor: testTextAnchor(), body: 'A second one' },
    });
    await vi.waitFor(() => expect(witnessChanges.length).toBeGreaterThan(0));
    expect(heard).toEqual([]);

    // And what it sends no longer works.
    expect(await removedClient.request('presence:update', { workspaceId, activity: 'active' })).toMatchObject(
      {
        ok: false,
      },
    );
    expect(
      await removedClient.request('follow:viewport', {
        workspaceId,
        documentId,
        viewport: { x: 9, y: 9, zoom: 1 },
      }),
    ).toMatchObject({ ok: false });
    expect(await removedClient.request('presence:join', { workspaceId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(names(await facClient.waitForState(workspaceId, () => true))).not.toContain('Removed Member');
  });

  it('a revoked token disconnects the sockets opened with it within 1 s, and only those', async () => {
    const member = await signUp(t.url, 'Token Holder');
    const { workspaceId } = await workspaceWith(member);
    const token = await createToken(t.url, { cookie: member.cookie });
    const byToken = await presence({ token: token.secret });
    const byCookie = await presence({ cookie: member.cookie });
    await byToken.request('presence:join', { workspaceId });
    const revokedAt = Date.now();
    const res = await api(t.url, 'DELETE', `/api/tokens/${token.id}`, { as: { cookie: member.cookie } });
    expect(res.status).toBeLessThan(300);
    await vi.waitFor(() => expect(byToken.socket.connected).toBe(false), { timeout: 1_000 });
    expect(Date.now() - revokedAt).toBeLessThan(1_000);
    expect(byCookie.socket.connected).toBe(true);
  });

  it('logout disconnects the sockets of that session', async () => {
    const member = await signUp(t.url, 'Leaving User');
    const client = await presence({ cookie: member.cookie });
    const res = await api(t.url, 'POST', '/api/auth/logout', { as: { cookie: member.cookie } });
    expect(res.status).toBeLessThan(300);
    await vi.waitFor(() => expect(client.socket.connected).toBe(false), { timeout: 1_000 });
  });

  it('an expired session closes its sync socket with 4401 and its socket.io socket', async () => {
    const member = await signUp(t.url, 'Expiring User');
    const { documentId } = await workspaceWith(member);
    const io = await presence({ cookie: member.cookie });
    const sync = connectProvider(t.wsUrl, documentId, new Y.Doc(), { cookie: member.cookie });
    syncClients.push(sync);
    await whenSynced(sync.provider);
    const token = await createToken(t.url, { cookie: fac.cookie });
    const tokenSync = connectProvider(t.wsUrl, documentId, new Y.Doc(), { token: token.secret });
    syncClients.push(tokenSync);
    await whenSynced(tokenSync.provider);

    t.clock.advance(PAST_ANY_SESSION);
    try {
      await vi.waitFor(() => expect(sync.closes).toContain(CloseCode.unauthorized), { timeout: 1_000 });
      await vi.waitFor(() => expect(io.socket.connected).toBe(false), { timeout: 1_000 });
      // API tokens do not expire with time; that connection stays.
      expect(tokenSync.closes).toEqual([]);
    } finally {
      t.clock.advance(-PAST_ANY_SESSION);
    }
  });
});
