import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { connectProvider, whenSynced } from './helpers/syncClients.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';

let t: TestServer;
let editor: TestUser;

beforeAll(async () => {
  t = await createTestServer();
  editor = await signUp(t.url, 'Editor');
});

afterAll(async () => {
  await t?.close();
});

describe('a document’s updatedAt', () => {
  it('follows content changes made over sync, not only its creation', async () => {
    const { workspace } = await t.server.services.workspaces.create(editor.id, { title: 'Ghent ⇄ Huế' });
    const created = await t.server.services.documents.create(editor.id, workspace.id, {
      type: 'note',
      title: 'Notes',
    });
    const updatedAt = async () => {
      const res = await api(t.url, 'GET', `/api/documents/${created.id}`, { as: { cookie: editor.cookie } });
      return Date.parse((res.body as { document: { updatedAt: string } }).document.updatedAt);
    };
    const before = await updatedAt();
    expect(before).toBe(created.createdAt);
    await new Promise((resolve) => setTimeout(resolve, 20));

    const doc = new Y.Doc();
    const client = connectProvider(t.wsUrl, created.id, doc, { cookie: editor.cookie });
    try {
      await whenSynced(client.provider);
      doc.getText('t').insert(0, 'Biên bản buổi họp');
      await vi.waitFor(async () => expect(await updatedAt()).toBeGreaterThan(before), { timeout: 5000 });
    } finally {
      client.destroy();
    }
  });
});
