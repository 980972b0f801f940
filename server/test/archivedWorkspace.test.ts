import { CloseCode } from '@weft/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { connectProvider, type SyncClient, whenSynced } from './helpers/syncClients.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
const clients: SyncClient[] = [];

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  editor = await signUp(t.url, 'Editor');
});

afterEach(() => {
  for (const c of clients.splice(0)) c.destroy();
});

afterAll(async () => {
  await t?.close();
});

async function storedText(documentId: string): Promise<string> {
  const stored = await t.server.docStore.load(documentId);
  const doc = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored?.updates ?? []) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('an archived workspace is read-only, on REST and on sync alike', () => {
  it('refuses changes, keeps reads, and turns open sync connections read-only', async () => {
    const s = t.server.services;
    const { workspace } = await s.workspaces.create(fac.id, { title: 'Ghent ⇄ Huế 2025' });
    await s.workspaces.admit(workspace.id, editor.id, 'editor');
    const doc = await s.documents.create(fac.id, workspace.id, { type: 'note', title: 'Notes' });
    const { thread } = await s.comments.createThread(fac.id, doc.id, {
      anchor: testTextAnchor(),
      body: 'First',
    });
    const messageId = thread.messages[0]?.id as string;

    const sync = connectProvider(t.wsUrl, doc.id, new Y.Doc(), { cookie: editor.cookie });
    clients.push(sync);
    await whenSynced(sync.provider);
    sync.provider.doc.getText('t').insert(0, 'Before archiving. ');
    await vi.waitFor(async () => expect(await storedText(doc.id)).toBe('Before archiving. '));

    const as = { cookie: fac.cookie };
    expect((await api(t.url, 'POST', `/api/workspaces/${workspace.id}/archive`, { as })).status).toBe(200);
    // The writable connection is closed (4403); connecting again gives a read-only one.
    await vi.waitFor(() => expect(sync.closes).toContain(CloseCode.forbidden));
    const again = connectProvider(t.wsUrl, doc.id, new Y.Doc(), { cookie: editor.cookie });
    clients.push(again);
    await whenSynced(again.provider);
    again.provider.doc.getText('t').insert(0, 'AFTER ');

    const refused = [
      await api(t.url, 'PATCH', `/api/workspaces/${workspace.id}`, { as, body: { title: 'Renamed' } }),
      await api(t.url, 'PATCH', `/api/documents/${doc.id}`, { as, body: { title: 'Renamed' } }),
      await api(t.url, 'POST', `/api/documents/${doc.id}/threads`, {
        as,
        body: { anchor: testTextAnchor(), body: 'New thread' },
      }),
      await api(t.url, 'POST', `/api/threads/${thread.id}/messages`, { as, body: { body: 'Reply' } }),
      await api(t.url, 'DELETE', `/api/threads/${thread.id}/messages/${messageId}`, { as }),
      await api(t.url, 'POST', `/api/threads/${thread.id}/resolve`, { as }),
      await api(t.url, 'POST', `/api/workspaces/${workspace.id}/documents`, {
        as,
        body: { type: 'note', title: 'X' },
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([409, 409, 409, 409, 409, 409, 409]);

    expect((await api(t.url, 'GET', `/api/workspaces/${workspace.id}`, { as })).status).toBe(200);
    const threads = await api(t.url, 'GET', `/api/documents/${doc.id}/threads`, { as });
    expect(threads.status).toBe(200);
    expect(JSON.stringify(threads.body)).toContain('First');

    // Awareness still flows on the read-only connection, so a later edit would have arrived by now.
    const reader = connectProvider(t.wsUrl, doc.id, new Y.Doc(), { cookie: fac.cookie });
    clients.push(reader);
    await whenSynced(reader.provider);
    again.provider.awareness.setLocalStateField('barrier', 1);
    await vi.waitFor(() =>
      expect(reader.provider.awareness.getStates().get(again.provider.doc.clientID)?.barrier).toBe(1),
    );
    expect(reader.provider.doc.getText('t').toString()).toBe('Before archiving. ');
    expect(await storedText(doc.id)).toBe('Before archiving. ');
  });
});
