import { CloseCode } from '@weft/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { provisionEditor } from './helpers/provisionEditor.ts';
import type { ServerProcess } from './helpers/spawnServer.ts';
import { type Cluster, startCluster } from './helpers/startCluster.ts';
import { api, createToken, signUp } from './helpers/testApi.ts';
import { connectClient, type SyncedClient, waitForSynced } from './helpers/yjsClients.ts';

describe('two server nodes on PostgreSQL and Redis', () => {
  let cluster: Cluster;
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: SyncedClient[] = [];
  const connect = (node: ServerProcess, docId: string, token: string) => {
    const c = connectClient(node.wsUrl, docId, { params: { token } });
    clients.push(c);
    return c;
  };

  // One cluster for the file: every test makes its own users, workspaces and documents.
  beforeAll(async () => {
    cluster = await startCluster();
    a = await cluster.spawnNode();
    b = await cluster.spawnNode();
  }, 300_000);
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await cluster?.close();
  }, 60_000);

  it('reports PostgreSQL and Redis in /readyz', async () => {
    const ready = await fetch(`${a.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { storage: 'ok', redis: 'ok', presence: 'ok' },
    });
    expect(a.output()).toMatch(/"storage":"postgres"[^\n]*"msg":"weft listening"/);
  });

  it('lets clients on different nodes co-edit one document live', async () => {
    const editor = await provisionEditor(a.url);
    const docId = await editor.newDocument();
    const onA = connect(a, docId, editor.token);
    const onB = connect(b, docId, editor.token);
    await Promise.all([waitForSynced(onA), waitForSynced(onB)]);

    onA.doc.getText('t').insert(0, 'Gent: ');
    onB.doc.getText('t').insert(0, 'Huế: giảm chất thải dệt may. ');
    await vi.waitFor(() => {
      expect(onA.text()).toBe(onB.text());
      expect(onA.text()).toContain('Gent: ');
      expect(onA.text()).toContain('Huế: giảm chất thải dệt may. ');
    });
    // Many concurrent edits on both sides: every one arrives exactly once.
    for (let i = 0; i < 50; i++) {
      onA.doc.getArray<string>('items').push([`a-${i}`]);
      onB.doc.getArray<string>('items').push([`b-${i}`]);
    }
    await vi.waitFor(() => {
      expect(onA.doc.getArray('items').length).toBe(100);
      expect(onB.doc.getArray('items').toJSON()).toEqual(onA.doc.getArray('items').toJSON());
    });

    // A client joining later on either node loads it all from PostgreSQL.
    const late = connect(b, docId, editor.token);
    await waitForSynced(late);
    expect(late.text()).toBe(onA.text());
    expect(late.doc.getArray('items').length).toBe(100);
  });

  it('carries awareness across nodes and its removal within a second', async () => {
    const editor = await provisionEditor(a.url);
    const docId = await editor.newDocument();
    const onA = connect(a, docId, editor.token);
    const onB = connect(b, docId, editor.token);
    await Promise.all([waitForSynced(onA), waitForSynced(onB)]);

    onA.provider.awareness.setLocalStateField('marker', 'Pieter');
    const idA = onA.doc.clientID;
    await vi.waitFor(() =>
      expect(onB.provider.awareness.getStates().get(idA)).toMatchObject({ marker: 'Pieter' }),
    );

    // The connection drops without a goodbye, as on a lost network: node A announces the removal.
    onA.provider.shouldConnect = false;
    const droppedAt = Date.now();
    (onA.provider.ws as unknown as WebSocket).terminate();
    await vi.waitFor(() => expect(onB.provider.awareness.getStates().has(idA)).toBe(false), {
      timeout: 5000,
      interval: 10,
    });
    expect(Date.now() - droppedAt).toBeLessThan(1000);
  });

  it('accepts a token, a session and a sign-up made on the other node', async () => {
    const user = await signUp(a.url, 'Lan');
    const token = await createToken(a.url, user);
    expect((await api(b.url, 'GET', '/api/tokens', { as: { bearer: token.secret } })).status).toBe(200);
    expect((await api(b.url, 'GET', '/api/workspaces', { as: { cookie: user.cookie } })).status).toBe(200);
    const ws = await api(b.url, 'POST', '/api/workspaces', {
      as: { cookie: user.cookie },
      body: { title: 'Gent ⇄ Huế' },
    });
    expect(ws.status).toBe(201);
    const workspaceId = (ws.body as { workspace: { id: string } }).workspace.id;
    const doc = await api(a.url, 'POST', `/api/workspaces/${workspaceId}/documents`, {
      as: { bearer: token.secret },
      body: { type: 'note', title: 'Sổ tay' },
    });
    expect(doc.status).toBe(201);
    const docId = (doc.body as { document: { id: string } }).document.id;
    const onB = connect(b, docId, token.secret);
    await waitForSynced(onB);

    // Revoking on B ends the token everywhere.
    expect(
      (await api(b.url, 'DELETE', `/api/tokens/${token.id}`, { as: { cookie: user.cookie } })).status,
    ).toBe(204);
    expect((await api(a.url, 'GET', '/api/tokens', { as: { bearer: token.secret } })).status).toBe(401);
  });

  it('counts login attempts of all nodes against one limit', async () => {
    const user = await signUp(a.url, 'Mai');
    const attempt = (node: ServerProcess) =>
      api(node.url, 'POST', '/api/auth/login', { body: { email: user.email, password: 'wrong password!' } });
    // AUTH_RATE_LIMIT is 10 per IP address and email, the sign-up included: alternating nodes
    // must not double it.
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt(i % 2 === 0 ? a : b)).status);
    expect(statuses).toEqual([...Array<number>(9).fill(401), 429, 429]);
  });

  it('closes the sync socket on node B when the member is removed through node A', async () => {
    const facilitator = await provisionEditor(a.url);
    const docId = await facilitator.newDocument();
    const member = await signUp(b.url, 'Priya');
    const memberToken = await createToken(b.url, member);
    const invite = await api(a.url, 'POST', `/api/workspaces/${facilitator.workspaceId}/invites`, {
      as: { cookie: facilitator.cookie },
      body: { role: 'editor' },
    });
    expect(invite.status).toBe(201);
    const accepted = await api(
      b.url,
      'POST',
      `/api/invites/${(invite.body as { token: string }).token}/accept`,
      {
        as: { cookie: member.cookie },
      },
    );
    expect(accepted.status).toBe(200);

    const onB = connect(b, docId, memberToken.secret);
    await waitForSynced(onB);
    const closes: number[] = [];
    onB.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code);
    });
    const removed = await api(
      a.url,
      'DELETE',
      `/api/workspaces/${facilitator.workspaceId}/members/${member.id}`,
      {
        as: { cookie: facilitator.cookie },
      },
    );
    expect(removed.status).toBe(204);
    await vi.waitFor(() => expect(closes).toContain(CloseCode.forbidden), { timeout: 5000 });
  });
});
