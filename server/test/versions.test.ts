import { createItem, getNoteFragment, readActionPlan, updateItem } from '@weft/model';
import type {
  ListVersionsResponse,
  RestoreVersionResponse,
  SessionRecordsResponse,
  Version,
} from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, createToken, type RequestOptions, signUp, type TestUser } from './helpers/testApi.ts';
import { connectClient, type SyncedClient, waitForSynced } from './helpers/yjsClients.ts';
import { connectPresenceClient } from './support/presenceClient.ts';

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let viewer: TestUser;
let commenter: TestUser;
let workspaceId: string;
const clients: SyncedClient[] = [];

const as = (user: TestUser, extra: RequestOptions = {}): RequestOptions => ({
  as: { cookie: user.cookie },
  ...extra,
});

async function newDocument(type: string, title: string): Promise<string> {
  const res = await api(
    t.url,
    'POST',
    `/api/workspaces/${workspaceId}/documents`,
    as(fac, { body: { type, title } }),
  );
  expect(res.status).toBe(201);
  return (res.body as { document: { id: string } }).document.id;
}

async function join(user: TestUser, role: string): Promise<void> {
  const created = await api(
    t.url,
    'POST',
    `/api/workspaces/${workspaceId}/invites`,
    as(fac, { body: { role } }),
  );
  const accepted = await api(
    t.url,
    'POST',
    `/api/invites/${(created.body as { token: string }).token}/accept`,
    as(user),
  );
  expect(accepted.status).toBe(200);
}

async function stockClient(user: TestUser, documentId: string): Promise<SyncedClient> {
  const { secret } = await createToken(t.url, { cookie: user.cookie });
  const client = connectClient(t.wsUrl, documentId, { params: { token: secret } });
  clients.push(client);
  await waitForSynced(client);
  return client;
}

function writeNote(doc: Y.Doc, paragraphs: string[]): void {
  doc.transact(() => {
    const fragment = getNoteFragment(doc);
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText(text)]);
        return p;
      }),
    );
  });
}

const noteText = (doc: Y.Doc) =>
  getNoteFragment(doc)
    .toArray()
    .map((p) => (p instanceof Y.XmlElement ? p.toArray().map(String).join('') : ''));

async function versionsOf(documentId: string, user = viewer): Promise<Version[]> {
  const res = await api(t.url, 'GET', `/api/documents/${documentId}/versions`, as(user));
  expect(res.status).toBe(200);
  return (res.body as ListVersionsResponse).versions;
}

beforeAll(async () => {
  t = await createTestServer({ VERSION_QUIET_MS: '200', VERSION_AUTO_INTERVAL_MS: '3600000' });
  fac = await signUp(t.url, 'Facilitator');
  editor = await signUp(t.url, 'Jan Peeters');
  viewer = await signUp(t.url, 'Viewer');
  commenter = await signUp(t.url, 'Commenter');
  const ws = await api(t.url, 'POST', '/api/workspaces', as(fac, { body: { title: 'Ghent ⇄ Huế' } }));
  workspaceId = (ws.body as { workspace: { id: string } }).workspace.id;
  await join(editor, 'editor');
  await join(viewer, 'viewer');
  await join(commenter, 'commenter');
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await t?.close();
});

describe('document versions', () => {
  it('restores a note while a stock y-websocket client is connected; the state before is kept', async () => {
    const noteId = await newDocument('note', 'Biên bản phiên 3');
    const writer = await stockClient(editor, noteId);
    const watcher = await stockClient(viewer, noteId);
    writeNote(writer.doc, ['Chương trình: xưởng may Huế', 'Agenda Gent']);
    await vi.waitFor(() =>
      expect(noteText(watcher.doc)).toEqual(['Chương trình: xưởng may Huế', 'Agenda Gent']),
    );

    const named = await api(
      t.url,
      'POST',
      `/api/documents/${noteId}/versions`,
      as(editor, { body: { name: 'Agenda v1' } }),
    );
    expect(named.status).toBe(201);
    const version = (named.body as { version: Version }).version;
    expect(version).toMatchObject({
      documentId: noteId,
      name: 'Agenda v1',
      kind: 'named',
      createdBy: editor.id,
      createdByName: 'Jan Peeters',
    });

    writeNote(writer.doc, ['pasted over the agenda']);
    await vi.waitFor(() => expect(noteText(watcher.doc)).toEqual(['pasted over the agenda']));

    const restored = await api(
      t.url,
      'POST',
      `/api/documents/${noteId}/versions/${version.id}/restore`,
      as(editor),
    );
    expect(restored.status).toBe(200);
    const body = restored.body as RestoreVersionResponse;
    expect(body.version.id).toBe(version.id);
    expect(body.kept).toMatchObject({
      kind: 'auto',
      name: 'Before restoring “Agenda v1”',
      createdBy: editor.id,
    });

    // Both stock clients converge on the old content, live.
    await vi.waitFor(() =>
      expect(noteText(watcher.doc)).toEqual(['Chương trình: xưởng may Huế', 'Agenda Gent']),
    );
    await vi.waitFor(() =>
      expect(noteText(writer.doc)).toEqual(['Chương trình: xưởng may Huế', 'Agenda Gent']),
    );

    // Nothing is lost: the pasted-over state is a version, and restoring it brings it back.
    const list = await versionsOf(noteId);
    // Automatic versions may land in between (200 ms quiet here); the ones people caused are in order.
    expect(list.filter((v) => v.createdBy !== null).map((v) => v.name)).toEqual([
      'Before restoring “Agenda v1”',
      'Agenda v1',
    ]);
    const kept = await api(
      t.url,
      'GET',
      `/api/documents/${noteId}/versions/${body.kept.id}/export?format=md`,
      as(viewer),
    );
    expect(kept.status).toBe(200);
    expect(String(kept.body)).toContain('pasted over the agenda');
    const update = await fetch(`${t.url}/api/documents/${noteId}/versions/${version.id}/update`, {
      headers: { cookie: viewer.cookie },
    });
    const preview = new Y.Doc();
    Y.applyUpdate(preview, new Uint8Array(await update.arrayBuffer()));
    expect(noteText(preview)).toEqual(['Chương trình: xưởng may Huế', 'Agenda Gent']);
  });

  it('lets viewers and commenters list, preview and export but not create or restore', async () => {
    const noteId = await newDocument('note', 'Read-only');
    const created = await api(
      t.url,
      'POST',
      `/api/documents/${noteId}/versions`,
      as(fac, { body: { name: 'v1' } }),
    );
    const vid = (created.body as { version: Version }).version.id;
    for (const user of [viewer, commenter]) {
      expect((await versionsOf(noteId, user)).map((v) => v.id)).toEqual([vid]);
      const denied = await api(
        t.url,
        'POST',
        `/api/documents/${noteId}/versions`,
        as(user, { body: { name: 'x' } }),
      );
      expect(denied.status).toBe(403);
      const restore = await api(t.url, 'POST', `/api/documents/${noteId}/versions/${vid}/restore`, as(user));
      expect(restore.status).toBe(403);
      const json = await api(
        t.url,
        'GET',
        `/api/documents/${noteId}/versions/${vid}/export?format=json`,
        as(user),
      );
      expect(json.status).toBe(200);
    }
    expect(await versionsOf(noteId)).toHaveLength(1);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const noteId = await newDocument('note', 'Bad input');
    const empty = await api(
      t.url,
      'POST',
      `/api/documents/${noteId}/versions`,
      as(editor, { body: { name: '' } }),
    );
    expect(empty.status).toBe(400);
    const missing = await api(t.url, 'POST', `/api/documents/${noteId}/versions/nope/restore`, as(editor));
    expect(missing.status).toBe(404);
    const created = await api(
      t.url,
      'POST',
      `/api/documents/${noteId}/versions`,
      as(editor, { body: { name: 'v' } }),
    );
    const vid = (created.body as { version: Version }).version.id;
    const pdf = await api(
      t.url,
      'GET',
      `/api/documents/${noteId}/versions/${vid}/export?format=pdf`,
      as(editor),
    );
    expect(pdf.status).toBe(400);
    const bogus = await api(
      t.url,
      'GET',
      `/api/documents/${noteId}/versions/${vid}/export?format=exe`,
      as(editor),
    );
    expect(bogus.status).toBe(400);
  });

  it('takes an automatic version once a burst of editing goes quiet, at most one an hour', async () => {
    const noteId = await newDocument('note', 'Auto');
    const writer = await stockClient(editor, noteId);
    writeNote(writer.doc, ['first burst']);
    await vi.waitFor(async () => expect((await versionsOf(noteId)).map((v) => v.kind)).toEqual(['auto']), {
      timeout: 5000,
    });
    writeNote(writer.doc, ['second burst, same hour']);
    await new Promise((r) => setTimeout(r, 600));
    expect(await versionsOf(noteId)).toHaveLength(1);
  });

  it('ending a session records each linked document and marks it ended, once', async () => {
    const noteId = await newDocument('note', 'Notes of session 3');
    const boardId = await newDocument('whiteboard', 'Board');
    const writer = await stockClient(editor, noteId);
    writeNote(writer.doc, ['Quyết định: thí điểm sợi tái chế']);
    await vi.waitFor(async () => {
      const md = await api(t.url, 'GET', `/api/documents/${noteId}/versions`, as(viewer));
      expect(md.status).toBe(200);
    });
    const session = await api(
      t.url,
      'POST',
      `/api/workspaces/${workspaceId}/sessions`,
      as(fac, {
        body: {
          title: 'Phiên 3',
          start: '2026-03-30T08:00:00Z',
          durationMinutes: 90,
          documentIds: [noteId, boardId],
        },
      }),
    );
    const sessionId = (session.body as { session: { id: string } }).session.id;
    expect((await api(t.url, 'POST', `/api/sessions/${sessionId}/end`, as(viewer))).status).toBe(403);
    const before = await api(t.url, 'GET', `/api/sessions/${sessionId}/records`, as(viewer));
    expect((before.body as SessionRecordsResponse).endedAt).toBeNull();

    const ended = await api(t.url, 'POST', `/api/sessions/${sessionId}/end`, as(editor));
    expect(ended.status).toBe(200);
    const records = ended.body as SessionRecordsResponse;
    expect(records.endedBy).toBe(editor.id);
    expect(records.records.map((r) => [r.documentId, r.kind, r.name])).toEqual([
      [noteId, 'session', 'Phiên 3'],
      [boardId, 'session', 'Phiên 3'],
    ]);
    const md = await api(
      t.url,
      'GET',
      `/api/documents/${noteId}/versions/${records.records[0]?.id}/export?format=md`,
      as(viewer),
    );
    expect(String(md.body)).toContain('Quyết định: thí điểm sợi tái chế');
    expect((await versionsOf(boardId)).map((v) => v.kind)).toEqual(['session']);
    expect((await api(t.url, 'POST', `/api/sessions/${sessionId}/end`, as(editor))).status).toBe(409);
    const after = await api(t.url, 'GET', `/api/sessions/${sessionId}/records`, as(viewer));
    expect((after.body as SessionRecordsResponse).records).toHaveLength(2);
  });

  it('writes minutes with the agenda, who attended, the notes as recorded and the action items', async () => {
    const noteId = await newDocument('note', 'Biên bản');
    const planId = await newDocument('actionPlan', 'Kế hoạch');
    const created = await api(
      t.url,
      'POST',
      `/api/workspaces/${workspaceId}/sessions`,
      as(fac, {
        body: {
          title: 'Phiên 4',
          start: new Date(Date.now() - 60_000).toISOString(),
          durationMinutes: 60,
          agenda: [{ title: 'Sợi tái chế', minutes: 30, owner: 'Mai' }],
          documentIds: [noteId, planId],
        },
      }),
    );
    const sessionId = (created.body as { session: { id: string } }).session.id;
    const early = await api(t.url, 'GET', `/api/sessions/${sessionId}/minutes?format=md`, as(viewer));
    expect(early.status).toBe(409);

    // Jan is on the live session page, then leaves; Viewer stays until the end.
    const jan = await connectPresenceClient(t.url, { cookie: editor.cookie });
    const watcher = await connectPresenceClient(t.url, { cookie: viewer.cookie });
    try {
      expect((await jan.request('presence:join', { workspaceId, sessionId })).ok).toBe(true);
      expect((await watcher.request('presence:join', { workspaceId, sessionId })).ok).toBe(true);
      const writer = await stockClient(editor, noteId);
      writeNote(writer.doc, ['Quyết định: thí điểm ở Huế']);
      const plan = await stockClient(editor, planId);
      createItem(plan.doc, { title: 'Hội thảo với các xưởng may' });
      await vi.waitFor(async () => {
        const res = await api(t.url, 'GET', `/api/documents/${planId}/export?format=json`, as(viewer));
        expect(String(JSON.stringify(res.body))).toContain('Hội thảo với các xưởng may');
      });
      await jan.request('presence:leave', { workspaceId });
      await new Promise((r) => setTimeout(r, 100));
      expect((await api(t.url, 'POST', `/api/sessions/${sessionId}/end`, as(fac))).status).toBe(200);
    } finally {
      jan.close();
      watcher.close();
    }

    const md = await api(t.url, 'GET', `/api/sessions/${sessionId}/minutes?format=md&lang=vi`, as(viewer));
    expect(md.status).toBe(200);
    const text = String(md.body);
    expect(text).toContain('# Biên bản họp: Phiên 4');
    expect(text).toContain('1. Sợi tái chế (30 phút, Mai)');
    expect(text).toMatch(/\| Jan Peeters \| [0-9-]+ [0-9:]+ \| [0-9-]+ [0-9:]+ \|/);
    expect(text).toMatch(/\| Viewer \| [0-9-]+ [0-9:]+ \| đến cuối phiên \|/);
    expect(text).toContain('Quyết định: thí điểm ở Huế');
    expect(text).toContain('Tạo mới: Hội thảo với các xưởng may');
    const pdf = await fetch(`${t.url}/api/sessions/${sessionId}/minutes?format=pdf`, {
      headers: { cookie: viewer.cookie },
    });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const docx = await fetch(`${t.url}/api/sessions/${sessionId}/minutes?format=docx`, {
      headers: { cookie: viewer.cookie },
    });
    expect(docx.status).toBe(200);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const bad = await api(t.url, 'GET', `/api/sessions/${sessionId}/minutes?format=exe`, as(viewer));
    expect(bad.status).toBe(400);
  });

  it('restores an action plan and exports one of its versions', async () => {
    const planId = await newDocument('actionPlan', 'Kế hoạch hành động');
    const client = await stockClient(editor, planId);
    const itemId = createItem(client.doc, { title: 'Hội thảo với các xưởng may', status: 'planned' });
    await vi.waitFor(async () => {
      const res = await api(t.url, 'GET', `/api/documents/${planId}/export?format=json`, as(viewer));
      expect(JSON.stringify(res.body)).toContain('Hội thảo với các xưởng may');
    });
    const named = await api(
      t.url,
      'POST',
      `/api/documents/${planId}/versions`,
      as(editor, { body: { name: 'Before the cut' } }),
    );
    const vid = (named.body as { version: Version }).version.id;
    updateItem(client.doc, itemId, { title: 'renamed', status: 'done' });
    createItem(client.doc, { title: 'extra' });
    await vi.waitFor(() => expect(readActionPlan(client.doc).items).toHaveLength(2));
    // The server holds the edits (relayed after the sync batch window) before anything is restored.
    await vi.waitFor(async () => {
      const res = await api(t.url, 'GET', `/api/documents/${planId}/export?format=json`, as(viewer));
      expect(JSON.stringify(res.body)).toContain('extra');
    });

    const csv = await api(
      t.url,
      'GET',
      `/api/documents/${planId}/versions/${vid}/export?format=csv`,
      as(viewer),
    );
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('Hội thảo với các xưởng may');
    expect(String(csv.body)).not.toContain('extra');

    expect(
      (await api(t.url, 'POST', `/api/documents/${planId}/versions/${vid}/restore`, as(fac))).status,
    ).toBe(200);
    await vi.waitFor(() =>
      expect(readActionPlan(client.doc).items.map((i) => [i.title, i.status])).toEqual([
        ['Hội thảo với các xưởng may', 'planned'],
      ]),
    );
  });
});
