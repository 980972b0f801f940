import { CloseCode } from '@weft/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { connectProvider, type SyncClient, tryUpgrade, whenSynced } from './helpers/syncClients.ts';
import { api, createToken, sessionCookieOf, signUp, type TestUser } from './helpers/testApi.ts';

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let commenter: TestUser;
let viewer: TestUser;
const clients: SyncClient[] = [];

function connect(documentId: string, auth: { token?: string; cookie?: string }, doc = new Y.Doc()) {
  const client = connectProvider(t.wsUrl, documentId, doc, auth);
  clients.push(client);
  return { client, doc };
}

async function workspaceWithDocument(): Promise<{ workspaceId: string; documentId: string }> {
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(fac.id, { title: 'Ghent ⇄ Huế' });
  await s.workspaces.admit(workspace.id, editor.id, 'editor');
  await s.workspaces.admit(workspace.id, commenter.id, 'commenter');
  await s.workspaces.admit(workspace.id, viewer.id, 'viewer');
  const doc = await s.documents.create(fac.id, workspace.id, { type: 'note', title: 'Notes' });
  return { workspaceId: workspace.id, documentId: doc.id };
}

async function storedText(documentId: string): Promise<string> {
  const stored = await t.server.docStore.load(documentId);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  editor = await signUp(t.url, 'Editor');
  commenter = await signUp(t.url, 'Commenter');
  viewer = await signUp(t.url, 'Viewer');
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await t?.close();
});

describe('sync endpoint access', () => {
  it('viewers and commenters receive the document and awareness, but their updates are dropped', async () => {
    const { documentId } = await workspaceWithDocument();
    const editorToken = await createToken(t.url, { cookie: editor.cookie });
    const viewerToken = await createToken(t.url, { cookie: viewer.cookie });
    const e = connect(documentId, { token: editorToken.secret });
    const v = connect(documentId, { token: viewerToken.secret });
    const c = connect(documentId, { cookie: commenter.cookie });
    await Promise.all([e, v, c].map(({ client }) => whenSynced(client.provider)));

    e.doc.getText('t').insert(0, 'Kế hoạch hành động; ');
    v.doc.getText('t').insert(0, 'VIEWER WAS HERE ');
    c.doc.getText('t').insert(0, 'COMMENTER WAS HERE ');
    // Awareness set after the edit travels on the same socket, so once the editor sees it the
    // server has handled (and dropped) the update sent before it.
    v.client.provider.awareness.setLocalStateField('marker', 'viewer');
    c.client.provider.awareness.setLocalStateField('marker', 'commenter');
    await vi.waitFor(() => {
      const names = [...e.client.provider.awareness.getStates().values()].map((s) => s.marker);
      expect(names).toEqual(expect.arrayContaining(['viewer', 'commenter']));
    });
    await vi.waitFor(() => expect(v.doc.getText('t').toString()).toContain('Kế hoạch hành động'));
    await vi.waitFor(async () => expect(await storedText(documentId)).toBe('Kế hoạch hành động; '));

    expect(e.doc.getText('t').toString()).toBe('Kế hoạch hành động; ');
    // A fresh reader loading the document sees only the editor's text.
    const reader = connect(documentId, { cookie: fac.cookie });
    await whenSynced(reader.client.provider);
    expect(reader.doc.getText('t').toString()).toBe('Kế hoạch hành động; ');
  });

  it('revoking an API token closes its sync connections (4401) but not the same user’s other ones', async () => {
    const { documentId } = await workspaceWithDocument();
    const token = await createToken(t.url, { cookie: editor.cookie });
    const byToken = connect(documentId, { token: token.secret });
    const byCookie = connect(documentId, { cookie: editor.cookie });
    await Promise.all([whenSynced(byToken.client.provider), whenSynced(byCookie.client.provider)]);

    const res = await api(t.url, 'DELETE', `/api/tokens/${token.id}`, { as: { cookie: editor.cookie } });
    expect(res.status).toBe(204);
    await vi.waitFor(() => expect(byToken.client.closes).toContain(CloseCode.unauthorized), {
      timeout: 5000,
    });
    expect(byCookie.client.closes).toEqual([]);
    expect(byCookie.client.provider.wsconnected).toBe(true);
    expect((await tryUpgrade(`${t.wsUrl}/${documentId}?token=${token.secret}`)).status).toBe(401);
  });

  it('removing a member closes their sync connections (4403) and refuses them afterwards', async () => {
    const { workspaceId, documentId } = await workspaceWithDocument();
    const e = connect(documentId, { cookie: editor.cookie });
    await whenSynced(e.client.provider);
    const res = await api(t.url, 'DELETE', `/api/workspaces/${workspaceId}/members/${editor.id}`, {
      as: { cookie: fac.cookie },
    });
    expect(res.status).toBe(204);
    await vi.waitFor(() => expect(e.client.closes).toContain(CloseCode.forbidden), { timeout: 5000 });
    expect((await tryUpgrade(`${t.wsUrl}/${documentId}`, { cookie: editor.cookie })).status).toBe(403);
  });

  it('lowering an editor to viewer closes their writable connection (4403); they come back read-only', async () => {
    const { workspaceId, documentId } = await workspaceWithDocument();
    const e = connect(documentId, { cookie: editor.cookie });
    const f = connect(documentId, { cookie: fac.cookie });
    await Promise.all([whenSynced(e.client.provider), whenSynced(f.client.provider)]);
    const res = await api(t.url, 'PATCH', `/api/workspaces/${workspaceId}/members/${editor.id}`, {
      as: { cookie: fac.cookie },
      body: { role: 'viewer' },
    });
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(e.client.closes).toContain(CloseCode.forbidden), { timeout: 5000 });
    expect(f.client.closes).toEqual([]);

    const again = connect(documentId, { cookie: editor.cookie });
    await whenSynced(again.client.provider);
    again.doc.getText('t').insert(0, 'demoted edit');
    f.doc.getText('t').insert(0, 'facilitator edit');
    again.client.provider.awareness.setLocalStateField('marker', 'demoted');
    await vi.waitFor(() => {
      const names = [...f.client.provider.awareness.getStates().values()].map((s) => s.marker);
      expect(names).toContain('demoted');
    });
    await vi.waitFor(async () => expect(await storedText(documentId)).toBe('facilitator edit'));
  });

  it('logging out closes the connections opened with that session (4401)', async () => {
    const { documentId } = await workspaceWithDocument();
    const login = await api(t.url, 'POST', '/api/auth/login', {
      body: { email: viewer.email, password: viewer.password },
    });
    expect(login.status).toBe(200);
    const cookie = sessionCookieOf(login);
    const v = connect(documentId, { cookie });
    await whenSynced(v.client.provider);
    expect((await api(t.url, 'POST', '/api/auth/logout', { as: { cookie } })).status).toBe(204);
    await vi.waitFor(() => expect(v.client.closes).toContain(CloseCode.unauthorized), { timeout: 5000 });
    expect((await api(t.url, 'GET', '/api/me', { as: { cookie } })).status).toBe(401);
    expect((await tryUpgrade(`${t.wsUrl}/${documentId}`, { cookie })).status).toBe(401);
  });

  it('archived documents stay readable but accept no updates', async () => {
    const { documentId } = await workspaceWithDocument();
    await t.server.services.documents.archive(fac.id, documentId);
    const e = connect(documentId, { cookie: editor.cookie });
    const f = connect(documentId, { cookie: fac.cookie });
    await Promise.all([whenSynced(e.client.provider), whenSynced(f.client.provider)]);
    e.doc.getText('t').insert(0, 'late edit');
    e.client.provider.awareness.setLocalStateField('marker', 'late');
    await vi.waitFor(() => {
      const names = [...f.client.provider.awareness.getStates().values()].map((s) => s.marker);
      expect(names).toContain('late');
    });
    expect(f.doc.getText('t').toString()).toBe('');
    expect(await t.server.docStore.load(documentId)).toBeNull();
  });
});
