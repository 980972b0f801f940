import type { CommentsChanged, InboxCounts, PresenceAck } from '@weft/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

interface NotificationClient {
  socket: Socket;
  counts: InboxCounts[];
  changes: CommentsChanged[];
  joinWorkspace(workspaceId: string): Promise<PresenceAck>;
}

const open: Socket[] = [];

/** A socket.io client whose listeners are in place before it connects, so the push on connect is seen. */
async function connect(url: string, user: TestUser): Promise<NotificationClient> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    autoConnect: false,
    extraHeaders: { cookie: user.cookie },
  });
  open.push(socket);
  const counts: InboxCounts[] = [];
  const changes: CommentsChanged[] = [];
  socket.on('inbox:counts', (c: InboxCounts) => counts.push(c));
  socket.on('comments:changed', (c: CommentsChanged) => changes.push(c));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
    socket.connect();
  });
  return {
    socket,
    counts,
    changes,
    joinWorkspace: (workspaceId) =>
      socket.timeout(5000).emitWithAck('presence:join', { workspaceId }) as Promise<PresenceAck>,
  };
}

let t: TestServer;
let anh: TestUser;
let bram: TestUser;
let priya: TestUser;
let outsider: TestUser;
let workspaceId: string;
let noteId: string;

beforeAll(async () => {
  t = await createTestServer();
  anh = await signUp(t.url, 'Anh');
  bram = await signUp(t.url, 'Bram');
  priya = await signUp(t.url, 'Priya');
  outsider = await signUp(t.url, 'Outsider');
  const s = t.server.services;
  workspaceId = (await s.workspaces.create(anh.id, { title: 'Live' })).workspace.id;
  await s.workspaces.admit(workspaceId, bram.id, 'commenter');
  await s.workspaces.admit(workspaceId, priya.id, 'viewer');
  noteId = (await s.documents.create(anh.id, workspaceId, { type: 'note', title: 'Notes' })).id;
});

afterEach(() => {
  for (const socket of open.splice(0)) socket.close();
});

afterAll(async () => {
  await t?.close();
});

// Generous: the machine is shared and busy.
const POLL = { timeout: 10_000, interval: 20 };
const last = <T>(list: T[]) => list.at(-1);

describe('live inbox and comment changes over socket.io', () => {
  it('pushes inbox:counts on connect, to the mentioned user on a new comment, and again after reading', async () => {
    const b = await connect(t.url, bram);
    await expect.poll(() => last(b.counts), POLL).toEqual({ unreadThreads: 0, mentions: 0 });

    const res = await api(t.url, 'POST', `/api/documents/${noteId}/threads`, {
      as: anh,
      body: { anchor: testTextAnchor(), body: `@[Bram](${bram.id}) kijk je even?` },
    });
    expect(res.status).toBe(201);
    const threadId = (res.body as { thread: { id: string } }).thread.id;
    await expect.poll(() => last(b.counts), POLL).toEqual({ unreadThreads: 1, mentions: 1 });

    // Every tab of the user gets it: a second socket connects with the current counts.
    const bSecondTab = await connect(t.url, bram);
    await expect.poll(() => last(bSecondTab.counts), POLL).toEqual({ unreadThreads: 1, mentions: 1 });

    expect((await api(t.url, 'POST', `/api/threads/${threadId}/read`, { as: bram })).status).toBe(204);
    await expect.poll(() => last(b.counts), POLL).toEqual({ unreadThreads: 0, mentions: 0 });
    await expect.poll(() => last(bSecondTab.counts), POLL).toEqual({ unreadThreads: 0, mentions: 0 });
  });

  it('pushes new counts when a member leaves: their threads stop counting', async () => {
    const s = t.server.services;
    const leaver = await signUp(t.url, 'Leaver');
    await s.workspaces.admit(workspaceId, leaver.id, 'commenter');
    const l = await connect(t.url, leaver);
    await s.comments.createThread(anh.id, noteId, { anchor: testTextAnchor(), body: 'For everyone' });
    await expect.poll(() => last(l.counts)?.unreadThreads, POLL).toBeGreaterThan(0);
    await s.workspaces.removeMember(leaver.id, workspaceId, leaver.id);
    await expect.poll(() => last(l.counts), POLL).toEqual({ unreadThreads: 0, mentions: 0 });
  });

  it('sends comments:changed to members present in the workspace, never to outsiders', async () => {
    const p = await connect(t.url, priya);
    expect(await p.joinWorkspace(workspaceId)).toMatchObject({ ok: true });
    const o = await connect(t.url, outsider);
    expect(await o.joinWorkspace(workspaceId)).toMatchObject({ ok: false });
    await expect.poll(() => o.counts.length, POLL).toBe(1);

    const res = await api(t.url, 'POST', `/api/documents/${noteId}/threads`, {
      as: bram,
      body: { anchor: testTextAnchor(), body: 'Live comment' },
    });
    const threadId = (res.body as { thread: { id: string } }).thread.id;
    await expect
      .poll(() => p.changes, POLL)
      .toContainEqual({ workspaceId, documentId: noteId, threadId, change: 'created' });
    // The viewer's unread count moved too, without a mention.
    await expect.poll(() => last(p.counts)?.unreadThreads, POLL).toBeGreaterThan(0);

    await api(t.url, 'POST', `/api/threads/${threadId}/resolve`, { as: anh });
    await expect.poll(() => p.changes.map((c) => c.change), POLL).toContain('resolved');

    // The outsider's socket heard nothing of it: its only push is the one made on connect.
    expect(o.changes).toEqual([]);
    expect(o.counts).toEqual([{ unreadThreads: 0, mentions: 0 }]);
  });
});
