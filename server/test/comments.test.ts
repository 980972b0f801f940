import { exportActionPlan } from '@weft/export';
import { createItem, readActionPlan } from '@weft/model';
import type {
  ActivityResponse,
  CommentThread,
  InboxResponse,
  ListThreadsResponse,
  MessageResponse,
  ThreadResponse,
  VisitResponse,
} from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DomainErrorKind } from '../src/services/errors.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let t: TestServer;
let anh: TestUser; // facilitator, Huế
let bram: TestUser; // commenter, Gent
let priya: TestUser; // viewer
let outsider: TestUser;
let workspaceId: string;

async function newNote(title = 'Notes'): Promise<string> {
  return (await t.server.services.documents.create(anh.id, workspaceId, { type: 'note', title })).id;
}

async function startThread(as: TestUser, documentId: string, extra: Record<string, unknown> = {}) {
  const res = await api(t.url, 'POST', `/api/documents/${documentId}/threads`, {
    as,
    body: { anchor: testTextAnchor(), body: 'Chúng ta cần số liệu', ...extra },
  });
  return { status: res.status, thread: (res.body as ThreadResponse).thread, body: res.body };
}

async function reply(as: TestUser, threadId: string, body: Record<string, unknown>) {
  const res = await api(t.url, 'POST', `/api/threads/${threadId}/messages`, { as, body });
  return { status: res.status, ...(res.body as MessageResponse) };
}

async function inbox(as: TestUser): Promise<InboxResponse> {
  const res = await api(t.url, 'GET', '/api/me/inbox', { as });
  expect(res.status).toBe(200);
  return res.body as InboxResponse;
}

async function threads(as: TestUser, documentId: string): Promise<CommentThread[]> {
  const res = await api(t.url, 'GET', `/api/documents/${documentId}/threads`, { as });
  expect(res.status).toBe(200);
  return (res.body as ListThreadsResponse).threads;
}

beforeAll(async () => {
  t = await createTestServer();
  anh = await signUp(t.url, 'Trần Thị Anh', { city: 'Huế' });
  bram = await signUp(t.url, 'Bram De Smet', { city: 'Gent' });
  priya = await signUp(t.url, 'प्रिया शर्मा', { city: 'Pune' });
  outsider = await signUp(t.url, 'Outsider');
  const s = t.server.services;
  workspaceId = (await s.workspaces.create(anh.id, { title: 'Gent–Huế textiles' })).workspace.id;
  await s.workspaces.admit(workspaceId, bram.id, 'commenter');
  await s.workspaces.admit(workspaceId, priya.id, 'viewer');
});

afterAll(async () => {
  await t?.close();
});

describe('unread and mentions', () => {
  it('B sees a new thread unread and the mention; reading clears both; replies make it unread again', async () => {
    const note = await newNote();
    const before = await inbox(bram);
    const { status, thread } = await startThread(anh, note, {
      body: `@[Bram De Smet](${bram.id}) xem giúp?`,
    });
    expect(status).toBe(201);
    expect(thread.messages[0]?.mentions).toEqual([bram.id]);

    const b1 = await inbox(bram);
    expect(b1.counts).toEqual({
      unreadThreads: before.counts.unreadThreads + 1,
      mentions: before.counts.mentions + 1,
    });
    expect(b1.threads[0]).toMatchObject({ threadId: thread.id, documentId: note, unreadMessages: 1 });
    expect(b1.threads[0]?.latestExcerpt).toBe('@Bram De Smet xem giúp?');
    expect(b1.mentions[0]).toMatchObject({
      threadId: thread.id,
      authorId: anh.id,
      authorName: 'Trần Thị Anh',
    });
    expect((await threads(bram, note))[0]?.unread).toBe(true);
    expect((await threads(anh, note))[0]?.unread).toBe(false);
    // A viewer is not mentioned but still has the thread unread.
    expect((await threads(priya, note))[0]?.unread).toBe(true);

    expect((await api(t.url, 'POST', `/api/threads/${thread.id}/read`, { as: bram })).status).toBe(204);
    expect((await inbox(bram)).counts).toEqual(before.counts);
    expect((await threads(bram, note))[0]?.unread).toBe(false);

    await reply(anh, thread.id, { body: 'Thêm: số liệu 2025' });
    expect((await inbox(bram)).counts.unreadThreads).toBe(before.counts.unreadThreads + 1);
    expect((await inbox(bram)).counts.mentions).toBe(before.counts.mentions);
    // Bram answering counts as reading; Anh now has Bram's reply unread.
    await reply(bram, thread.id, { body: 'OK' });
    expect((await inbox(bram)).counts).toEqual(before.counts);
    expect((await threads(anh, note))[0]?.unread).toBe(true);
    await api(t.url, 'POST', `/api/documents/${note}/threads/read`, { as: anh });
    expect((await threads(anh, note))[0]?.unread).toBe(false);
  });

  it('counts mentions from the mentions field, per user, and resolving drops the thread from unread', async () => {
    const note = await newNote();
    const before = await inbox(priya);
    const { thread } = await startThread(bram, note, { body: 'Priya?', mentions: [priya.id, bram.id] });
    // The author mentioning themself is dropped.
    expect(thread.messages[0]?.mentions).toEqual([priya.id]);
    expect((await inbox(priya)).counts).toEqual({
      unreadThreads: before.counts.unreadThreads + 1,
      mentions: before.counts.mentions + 1,
    });
    const resolved = await api(t.url, 'POST', `/api/threads/${thread.id}/resolve`, { as: anh });
    expect((resolved.body as ThreadResponse).thread).toMatchObject({ resolved: true, resolvedBy: anh.id });
    expect((await inbox(priya)).counts).toEqual({
      unreadThreads: before.counts.unreadThreads,
      mentions: before.counts.mentions + 1,
    });
    // Replying reopens it.
    const r = await reply(anh, thread.id, { body: 'Reopening' });
    expect(r.thread.resolved).toBe(false);
    expect((await inbox(priya)).counts.unreadThreads).toBe(before.counts.unreadThreads + 1);
  });

  it('refuses mentions of non-members, in markup or the list', async () => {
    const note = await newNote();
    for (const extra of [{ body: `hi @[X](${outsider.id})` }, { mentions: [outsider.id] }]) {
      const res = await startThread(anh, note, extra);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('not a member');
    }
    expect(await threads(anh, note)).toEqual([]);
  });
});

describe('offline retries', () => {
  it('creating with the same clientId twice stores one thread and answers 200 the second time', async () => {
    const note = await newNote();
    const clientId = crypto.randomUUID();
    const first = await startThread(bram, note, { clientId });
    const again = await startThread(bram, note, { clientId, body: 'changed while offline' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.thread.id).toBe(first.thread.id);
    expect(again.thread.messages.map((m) => m.body)).toEqual(['Chúng ta cần số liệu']);
    expect(await threads(bram, note)).toHaveLength(1);
    // Another document with the same key is a client bug, not a retry.
    expect((await startThread(bram, await newNote(), { clientId })).status).toBe(409);
    // The key is the author's: someone else may use the same one.
    expect((await startThread(anh, note, { clientId })).status).toBe(201);
  });

  it('replies retried with the same clientId are stored once, in order', async () => {
    const note = await newNote();
    const { thread } = await startThread(anh, note);
    const ids = ['q-0001-aaaa', 'q-0002-bbbb', 'q-0001-aaaa', 'q-0003-cccc'];
    const statuses: number[] = [];
    for (const [i, clientId] of ids.entries()) {
      statuses.push((await reply(bram, thread.id, { body: `queued ${i}`, clientId })).status);
    }
    expect(statuses).toEqual([201, 201, 200, 201]);
    const [stored] = await threads(anh, note);
    expect(stored?.messages.map((m) => m.body)).toEqual([
      'Chúng ta cần số liệu',
      'queued 0',
      'queued 1',
      'queued 3',
    ]);
  });
});

describe('messages', () => {
  it('keeps full Unicode, normalised to NFC, and enforces length and non-empty bodies', async () => {
    const note = await newNote();
    const body = 'Tiếng Việt có dấu, हिन्दी देवनागरी, 🧵 and **Markdown-light**\nline two';
    const { thread } = await startThread(bram, note, { body: body.normalize('NFD'), quote: 'tái chế' });
    expect(thread.messages[0]?.body).toBe(body.normalize('NFC'));
    expect(thread.quote).toBe('tái chế');
    expect((await startThread(bram, note, { body: '   ' })).status).toBe(400);
    expect((await startThread(bram, note, { body: 'x'.repeat(10_001) })).status).toBe(400);
    expect((await startThread(bram, note, { body: 'a\u0000b' })).status).toBe(400);
  });

  it('validates anchors against the document type and the Yjs encoding', async () => {
    const note = await newNote();
    const plan = (
      await t.server.services.documents.create(anh.id, workspaceId, { type: 'actionPlan', title: 'P' })
    ).id;
    expect((await startThread(anh, note, { anchor: { kind: 'planItem', itemId: 'i1' } })).status).toBe(400);
    expect((await startThread(anh, plan, { anchor: { kind: 'planItem', itemId: 'i1' } })).status).toBe(201);
    expect((await startThread(anh, plan, { anchor: testTextAnchor() })).status).toBe(400);
    expect(
      (await startThread(anh, note, { anchor: { kind: 'text', start: '////', end: 'ZZZZ' } })).status,
    ).toBe(400);
    expect((await startThread(anh, note, { anchor: { kind: 'shape', shapeId: 's' } })).status).toBe(400);
  });

  it('authors edit and delete their own; facilitators delete any; the last delete removes the thread', async () => {
    const note = await newNote();
    const { thread } = await startThread(bram, note);
    const first = thread.messages[0]?.id;
    const r = await reply(anh, thread.id, { body: 'Từ Huế' });
    const path = (id: string | undefined) => `/api/threads/${thread.id}/messages/${id}`;

    const edited = await api(t.url, 'PATCH', path(first), { as: bram, body: { body: 'Sửa lại' } });
    expect(edited.status).toBe(200);
    expect((edited.body as { message: { body: string; editedAt: string | null } }).message).toMatchObject({
      body: 'Sửa lại',
    });
    expect((await api(t.url, 'PATCH', path(r.message.id), { as: bram, body: { body: 'no' } })).status).toBe(
      403,
    );

    expect((await api(t.url, 'DELETE', path(r.message.id), { as: bram })).status).toBe(403);
    expect((await api(t.url, 'DELETE', path(first), { as: bram })).status).toBe(204);
    const [afterOne] = await threads(anh, note);
    expect(afterOne?.messages.map((m) => [m.deleted, m.body])).toEqual([
      [true, ''],
      [false, 'Từ Huế'],
    ]);
    expect((await api(t.url, 'PATCH', path(first), { as: bram, body: { body: 'ghost' } })).status).toBe(404);
    expect((await api(t.url, 'DELETE', path(r.message.id), { as: anh })).status).toBe(204);
    expect(await threads(anh, note)).toEqual([]);
    expect((await api(t.url, 'GET', `/api/threads/${thread.id}`, { as: anh })).status).toBe(404);
  });

  it('archived documents take no new comments but stay readable', async () => {
    const note = await newNote();
    await startThread(bram, note);
    await t.server.services.documents.archive(anh.id, note);
    expect((await startThread(bram, note)).status).toBe(409);
    expect(await threads(priya, note)).toHaveLength(1);
  });
});

describe('since your last visit', () => {
  it('lists others’ new comments and documents after the last visit or a given time', async () => {
    const feed = async (as: TestUser, query = '') => {
      const res = await api(t.url, 'GET', `/api/workspaces/${workspaceId}/activity${query}`, { as });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as ActivityResponse;
    };
    const visit = async (as: TestUser) =>
      (await api(t.url, 'POST', `/api/workspaces/${workspaceId}/visit`, { as })).body as VisitResponse;

    const v1 = await visit(priya);
    t.clock.advance(60_000);
    const note = await newNote('Biên bản phiên 3');
    const { thread } = await startThread(bram, note, { body: 'Đề xuất: thu gom tại chợ Đông Ba' });
    const events = (await feed(priya)).events;
    expect(events.map((e) => e.type)).toEqual(['thread.created', 'document.created']);
    expect(events[0]).toMatchObject({
      actorId: bram.id,
      actorName: 'Bram De Smet',
      documentId: note,
      documentTitle: 'Biên bản phiên 3',
      threadId: thread.id,
      summary: 'Đề xuất: thu gom tại chợ Đông Ba',
    });
    expect((await feed(priya)).since).toBe(v1.visitedAt);
    // Your own actions are not news to you.
    expect((await feed(bram, `?since=${v1.visitedAt}`)).events.map((e) => e.type)).toEqual([
      'document.created',
    ]);

    const v2 = await visit(priya);
    expect(v2.previousVisitAt).toBe(v1.visitedAt);
    expect((await feed(priya)).events).toEqual([]);
    t.clock.advance(60_000);
    const r = await reply(anh, thread.id, { body: 'Đồng ý' });
    expect((await feed(priya)).events.map((e) => [e.type, e.summary])).toEqual([
      ['comment.replied', 'Đồng ý'],
    ]);
    expect((await feed(priya, `?since=${v1.visitedAt}&limit=2`)).truncated).toBe(true);
    // A deleted comment leaves the feed.
    await api(t.url, 'DELETE', `/api/threads/${thread.id}/messages/${r.message.id}`, { as: anh });
    expect((await feed(priya)).events).toEqual([]);
    expect(
      (await api(t.url, 'GET', `/api/workspaces/${workspaceId}/activity?since=yesterday`, { as: priya }))
        .status,
    ).toBe(400);
  });
});

describe('decision trail for exports', () => {
  it('gives the open threads of a plan in the shape exportActionPlan takes', async () => {
    const planId = (
      await t.server.services.documents.create(anh.id, workspaceId, { type: 'actionPlan', title: 'Plan' })
    ).id;
    const doc = new Y.Doc();
    const itemId = createItem(doc, { title: 'Thu gom vải vụn ở Huế' });
    const open = await startThread(bram, planId, {
      anchor: { kind: 'planItem', itemId },
      body: `Ngân sách? @[Trần Thị Anh](${anh.id})`,
    });
    await reply(anh, open.thread.id, { body: 'Đã duyệt 5.000 €' });
    const closed = await startThread(bram, planId, {
      anchor: { kind: 'planItem', itemId },
      body: 'closed one',
    });
    await api(t.url, 'POST', `/api/threads/${closed.thread.id}/resolve`, { as: bram });

    const plan = readActionPlan(doc);
    const threadsForExport = await t.server.services.comments.openThreadsForExport(anh.id, planId, plan);
    expect(threadsForExport).toEqual([
      {
        anchorLabel: 'Thu gom vải vụn ở Huế',
        anchorKind: 'item',
        messages: [
          { author: 'Bram De Smet', at: open.thread.createdAt, body: 'Ngân sách? @Trần Thị Anh' },
          { author: 'Trần Thị Anh', at: expect.any(String), body: 'Đã duyệt 5.000 €' },
        ],
      },
    ]);
    const md = await exportActionPlan('md', { plan, threads: threadsForExport });
    const text = new TextDecoder().decode(md.body);
    expect(text).toContain('Ngân sách? @Trần Thị Anh');
    expect(text).not.toContain('closed one');
    await expect(
      t.server.services.comments.openThreadsForExport(outsider.id, planId, plan),
    ).rejects.toMatchObject({
      kind: DomainErrorKind.forbidden,
    });
  });
});
