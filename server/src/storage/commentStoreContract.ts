import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStores } from './AccountStores.ts';
import type { CommentStores } from './ActivityStore.ts';
import type { NewMessage, ThreadRecord } from './CommentStore.ts';
import { testUserRecord } from './testUserRecord.ts';

/** Fresh account and comment stores over one empty database. */
export interface CommentStoresHarness {
  accounts: AccountStores;
  stores: CommentStores;
  dispose(): Promise<void>;
}

export interface CommentFixture {
  h: CommentStoresHarness;
  workspaceId: string;
  documentId: string;
  /** Members: a (facilitator) and b (commenter), both joined at t=10. */
  a: string;
  b: string;
  /** Not a member. */
  outsider: string;
}

/** Two members, an outsider, a workspace and a note: what the comment and activity contracts start from. */
export async function commentFixture(create: () => Promise<CommentStoresHarness>): Promise<CommentFixture> {
  const h = await create();
  const [a, b, outsider] = [
    testUserRecord({ displayName: 'Anh' }),
    testUserRecord({ displayName: 'Bram' }),
    testUserRecord({ displayName: 'Out' }),
  ];
  for (const u of [a, b, outsider]) await h.accounts.users.create(u);
  const workspaceId = crypto.randomUUID();
  await h.accounts.workspaces.create(
    {
      id: workspaceId,
      title: 'Gent–Huế',
      description: '',
      cities: [],
      archived: false,
      createdAt: 1,
      createdBy: a.id,
    },
    { workspaceId, userId: a.id, role: 'facilitator', joinedAt: 10, cityId: null },
  );
  await h.accounts.workspaces.addOrPromote({
    workspaceId,
    userId: b.id,
    role: 'commenter',
    joinedAt: 10,
    cityId: null,
  });
  const documentId = crypto.randomUUID();
  await h.accounts.documents.create({
    id: documentId,
    workspaceId,
    type: 'note',
    title: 'Biên bản',
    archived: false,
    createdAt: 1,
    updatedAt: 1,
    createdBy: a.id,
  });
  return { h, workspaceId, documentId, a: a.id, b: b.id, outsider: outsider.id };
}

/** The behaviour every CommentStore must show. */
export function runCommentStoreContract(name: string, create: () => Promise<CommentStoresHarness>): void {
  describe(`CommentStore contract: ${name}`, () => {
    let f: CommentFixture;
    const thread = (overrides: Partial<ThreadRecord> = {}): ThreadRecord => ({
      id: crypto.randomUUID(),
      workspaceId: f.workspaceId,
      documentId: f.documentId,
      anchor: { kind: 'planItem', itemId: 'item-1' },
      quote: 'Thu gom vải vụn',
      createdBy: f.a,
      createdAt: 100,
      updatedAt: 100,
      resolvedBy: null,
      resolvedAt: null,
      clientId: null,
      ...overrides,
    });
    const message = (threadId: string, overrides: Partial<NewMessage> = {}): NewMessage => ({
      id: crypto.randomUUID(),
      threadId,
      authorId: f.a,
      body: 'Xin chào — hallo',
      mentions: [],
      createdAt: 100,
      clientId: null,
      ...overrides,
    });
    const comments = () => f.h.stores.comments;
    const start = async (overrides: Partial<ThreadRecord> = {}, first: Partial<NewMessage> = {}) => {
      const t = thread(overrides);
      await comments().createThread(t, message(t.id, { authorId: t.createdBy, ...first }));
      return t;
    };

    beforeEach(async () => {
      f = await commentFixture(create);
    });
    afterEach(async () => {
      await f.h.dispose();
    });

    it('[CS1] a created thread and its first message read back; unknown ids are null', async () => {
      const t = thread({ anchor: { kind: 'text', start: 'AAAA', end: 'BBBB' } });
      const m = message(t.id, { mentions: [f.b] });
      expect(await comments().createThread(t, m)).toEqual({ record: t, created: true });
      expect(await comments().getThread(t.id)).toEqual(t);
      const [stored] = await comments().listMessages([t.id]);
      expect(stored).toMatchObject({ ...m, editedAt: null, deletedAt: null });
      expect(await comments().getMessage(m.id)).toEqual(stored);
      expect(await comments().getThread('nope')).toBeNull();
      expect(await comments().getMessage('nope')).toBeNull();
    });

    it('[CS2] createThread with a seen (creator, clientId) returns the first thread and stores nothing', async () => {
      const t = await start({ clientId: 'offline-1' });
      const again = thread({ clientId: 'offline-1', quote: 'other' });
      expect(await comments().createThread(again, message(again.id))).toEqual({ record: t, created: false });
      expect((await comments().listThreads(f.documentId)).map((x) => x.id)).toEqual([t.id]);
      // The key is per creator: another user may use the same one.
      const theirs = thread({ clientId: 'offline-1', createdBy: f.b });
      expect((await comments().createThread(theirs, message(theirs.id, { authorId: f.b }))).created).toBe(
        true,
      );
    });

    it('[CS3] replies are idempotent on (author, clientId), ordered, and bump updatedAt', async () => {
      const t = await start();
      const r1 = message(t.id, { authorId: f.b, createdAt: 200, clientId: 'reply-0001' });
      const first = await comments().addMessage(r1);
      expect(first.created).toBe(true);
      const retry = await comments().addMessage({ ...r1, id: crypto.randomUUID(), body: 'dup' });
      expect(retry).toEqual({ record: first.record, created: false });
      await comments().addMessage(message(t.id, { createdAt: 300 }));
      const list = await comments().listMessages([t.id]);
      expect(list.map((m) => m.createdAt)).toEqual([100, 200, 300]);
      expect(list[0]?.seq).toBeLessThan(list[1]?.seq ?? 0);
      expect((await comments().getThread(t.id))?.updatedAt).toBe(300);
    });

    it('[CS4] listThreads is oldest first and per document', async () => {
      const t2 = await start({ createdAt: 200 });
      const t1 = await start({ createdAt: 100 });
      expect((await comments().listThreads(f.documentId)).map((t) => t.id)).toEqual([t1.id, t2.id]);
      expect(await comments().listThreads('other')).toEqual([]);
    });

    it('[CS5] unread: others’ live messages past the read marker; reading clears it', async () => {
      const t = await start();
      expect(await comments().unreadAmong(f.b, [t.id])).toEqual(new Set([t.id]));
      expect(await comments().unreadAmong(f.a, [t.id])).toEqual(new Set());
      await comments().markRead(f.b, [t.id]);
      expect(await comments().unreadAmong(f.b, [t.id])).toEqual(new Set());
      await comments().addMessage(message(t.id, { createdAt: 200 }));
      expect(await comments().unreadAmong(f.b, [t.id])).toEqual(new Set([t.id]));
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 1, mentions: 0 });
    });

    it('[CS6] mentions count until the thread is read; an edit that adds a mention counts anew', async () => {
      const t = await start({}, { mentions: [f.b] });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 1, mentions: 1 });
      await comments().markRead(f.b, [t.id]);
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 0 });
      const reply = await comments().addMessage(message(t.id, { createdAt: 200 }));
      await comments().markRead(f.b, [t.id]);
      const edited = await comments().editMessage(reply.record.id, 'now @b', [f.b], 250);
      expect(edited).toMatchObject({ body: 'now @b', mentions: [f.b], editedAt: 250 });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 1 });
      await comments().editMessage(reply.record.id, 'no mention', [], 260);
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 0 });
    });

    it('[CS7] resolved threads leave the unread count; mentions in them still count', async () => {
      const t = await start({}, { mentions: [f.b] });
      expect(await comments().setResolved(t.id, f.a, 500)).toMatchObject({
        resolvedBy: f.a,
        resolvedAt: 500,
      });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 1 });
      expect(await comments().setResolved(t.id, null, 600)).toMatchObject({
        resolvedBy: null,
        resolvedAt: null,
        updatedAt: 600,
      });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 1, mentions: 1 });
      expect(await comments().setResolved('nope', null, 1)).toBeNull();
    });

    it('[CS8] delete leaves a tombstone; the last live message takes the thread with it', async () => {
      const t = await start({}, { mentions: [f.b] });
      const reply = await comments().addMessage(message(t.id, { authorId: f.b, createdAt: 200 }));
      const [first] = await comments().listMessages([t.id]);
      expect(await comments().deleteMessage(first?.id ?? '', 300)).toEqual({ threadDeleted: false });
      expect(await comments().getMessage(first?.id ?? '')).toMatchObject({
        body: '',
        mentions: [],
        deletedAt: 300,
      });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 0 });
      expect(await comments().deleteMessage(first?.id ?? '', 301)).toBeNull();
      expect(await comments().deleteMessage(reply.record.id, 400)).toEqual({ threadDeleted: true });
      expect(await comments().getThread(t.id)).toBeNull();
      expect(await comments().listMessages([t.id])).toEqual([]);
    });

    it('[CS9] inbox lists unread threads and mentions with their places, newest first', async () => {
      const older = await start({ quote: 'older' }, { createdAt: 100, body: 'first' });
      const newer = await start({ quote: 'newer' }, { createdAt: 200, body: 'second', mentions: [f.b] });
      const inbox = await comments().inbox(f.b, 10);
      expect(inbox.threads.map((t) => [t.threadId, t.unreadMessages, t.latestBody])).toEqual([
        [newer.id, 1, 'second'],
        [older.id, 1, 'first'],
      ]);
      expect(inbox.threads[0]).toMatchObject({
        workspaceId: f.workspaceId,
        workspaceTitle: 'Gent–Huế',
        documentId: f.documentId,
        documentTitle: 'Biên bản',
        documentType: 'note',
        quote: 'newer',
        latestAuthorName: 'Anh',
        latestAt: 200,
      });
      expect(inbox.mentions).toEqual([
        expect.objectContaining({
          threadId: newer.id,
          authorId: f.a,
          authorName: 'Anh',
          body: 'second',
          at: 200,
        }),
      ]);
      expect((await comments().inbox(f.b, 1)).threads).toHaveLength(1);
    });

    it('[CS10] the inbox sees only current workspaces, and only messages since joining', async () => {
      await start({}, { createdAt: 5, mentions: [f.outsider] });
      await start({}, { createdAt: 50 });
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 1, mentions: 0 });
      // The inbox of a non-member stays empty, mentioned or not.
      expect(await comments().inboxCounts(f.outsider)).toEqual({ unreadThreads: 0, mentions: 0 });
      await f.h.accounts.workspaces.removeMember(f.workspaceId, f.b);
      expect(await comments().inboxCounts(f.b)).toEqual({ unreadThreads: 0, mentions: 0 });
      expect(await comments().inbox(f.b, 10)).toEqual({ threads: [], mentions: [] });
    });
  });
}
