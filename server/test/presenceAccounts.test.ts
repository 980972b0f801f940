import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { type Editor, provisionEditor } from './helpers/provisionEditor.ts';
import { api, createToken, signUp } from './helpers/testApi.ts';
import { connectPresenceClient } from './support/presenceClient.ts';

// Presence with the real accounts wiring: sessions/tokens authenticate, workspace roles authorise.
describe('presence with accounts', () => {
  let ts: TestServer;
  let owner: Editor;
  beforeAll(async () => {
    ts = await createTestServer();
    owner = await provisionEditor(ts.url);
  });
  afterAll(async () => {
    await ts.close();
  });

  it('lets a member join by token and by session cookie, and shows them over REST', async () => {
    const byToken = await connectPresenceClient(ts.url, { token: owner.token });
    const byCookie = await connectPresenceClient(ts.url, { cookie: owner.cookie });
    try {
      expect(await byToken.request('presence:join', { workspaceId: owner.workspaceId })).toMatchObject({
        ok: true,
      });
      expect(await byCookie.request('presence:join', { workspaceId: owner.workspaceId })).toMatchObject({
        ok: true,
      });
      const rest = await api(ts.url, 'GET', `/api/workspaces/${owner.workspaceId}/presence`, {
        as: { bearer: owner.token },
      });
      expect(rest.status).toBe(200);
      expect((rest.body as { users: { name: string }[] }).users[0]?.name).toBe('Sync Tester');
    } finally {
      byToken.close();
      byCookie.close();
    }
  });

  it('refuses outsiders and unauthenticated clients', async () => {
    const outsider = await signUp(ts.url, 'Outsider');
    const outsiderToken = await createToken(ts.url, outsider);
    const client = await connectPresenceClient(ts.url, { token: outsiderToken.secret });
    try {
      expect(await client.request('presence:join', { workspaceId: owner.workspaceId })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    } finally {
      client.close();
    }
    await expect(connectPresenceClient(ts.url, { token: 'wft_forged' })).rejects.toThrow();
    const rest = await api(ts.url, 'GET', `/api/workspaces/${owner.workspaceId}/presence`, {
      as: { bearer: outsiderToken.secret },
    });
    expect(rest.status).toBe(403);
    expect((await api(ts.url, 'GET', `/api/workspaces/${owner.workspaceId}/presence`)).status).toBe(401);
  });
});
