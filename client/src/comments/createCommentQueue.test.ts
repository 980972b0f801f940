import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.ts';
import {
  type CommentSender,
  createCommentQueue,
  createMemoryQueueStorage,
  type QueuedReply,
  type QueuedThread,
} from './createCommentQueue.ts';

const anchor = { kind: 'planItem', itemId: 'item-1' } as const;
const thread = (clientId: string): QueuedThread => ({
  kind: 'thread',
  clientId,
  documentId: 'doc',
  body: `body ${clientId}`,
  queuedAt: '2025-03-10T12:00:00.000Z',
  anchor,
  quote: 'Item',
});
const reply = (clientId: string, to: { threadId?: string; threadClientId?: string }): QueuedReply => ({
  kind: 'reply',
  clientId,
  documentId: 'doc',
  body: `reply ${clientId}`,
  queuedAt: '2025-03-10T12:00:00.000Z',
  threadId: to.threadId ?? null,
  threadClientId: to.threadClientId ?? null,
});

/** A server stand-in that records calls; `failWith` makes the next calls throw. */
function fakeServer() {
  const calls: string[] = [];
  const state = { failWith: null as ApiError | null, failOnce: false, created: 0 };
  const fail = () => {
    const error = state.failWith;
    if (error && state.failOnce) state.failWith = null;
    if (error) throw error;
  };
  const sender: CommentSender = {
    async createThread(item) {
      calls.push(`create ${item.clientId}`);
      fail();
      state.created += 1;
      return { threadId: `t${state.created}` };
    },
    async reply(item, threadId) {
      calls.push(`reply ${item.clientId} -> ${threadId}`);
      fail();
      return { threadId };
    },
  };
  return { calls, state, sender };
}

describe('createCommentQueue', () => {
  it('sends in order, one at a time, and gives a reply the id of a thread queued before it', async () => {
    const server = fakeServer();
    const queue = createCommentQueue(createMemoryQueueStorage(), server.sender);
    await queue.enqueue(thread('c-thread-1'));
    await queue.enqueue(reply('c-reply-1', { threadClientId: 'c-thread-1' }));
    await queue.enqueue(reply('c-reply-2', { threadId: 'existing' }));
    await queue.flush();
    expect(server.calls).toEqual([
      'create c-thread-1',
      'reply c-reply-1 -> t1',
      'reply c-reply-2 -> existing',
    ]);
    expect(queue.items()).toEqual([]);
  });

  it('stops at a network failure, keeps the order, and resumes with the same clientIds', async () => {
    const server = fakeServer();
    const storage = createMemoryQueueStorage();
    const queue = createCommentQueue(storage, server.sender);
    await queue.enqueue(thread('c-thread-1'));
    await queue.enqueue(reply('c-reply-1', { threadClientId: 'c-thread-1' }));
    server.state.failWith = new ApiError(0, 'offline', 'no network');
    await queue.flush();
    expect(queue.items().map((i) => i.clientId)).toEqual(['c-thread-1', 'c-reply-1']);

    // A new tab (or a reload) reads the same storage and finishes the work.
    server.state.failWith = null;
    const reloaded = createCommentQueue(storage, server.sender);
    await reloaded.flush();
    expect(server.calls).toEqual(['create c-thread-1', 'create c-thread-1', 'reply c-reply-1 -> t1']);
    expect(reloaded.items()).toEqual([]);
    expect(await storage.load()).toEqual({ items: [], threadIds: {} });
  });

  it('drops what the server refuses (4xx), with its dependent replies, and carries on', async () => {
    const server = fakeServer();
    const queue = createCommentQueue(createMemoryQueueStorage(), server.sender);
    const dropped: string[] = [];
    queue.onDropped((item, error) => dropped.push(`${item.clientId} ${(error as ApiError).status}`));
    await queue.enqueue(thread('c-thread-1'));
    await queue.enqueue(reply('c-reply-1', { threadClientId: 'c-thread-1' }));
    await queue.enqueue(thread('c-thread-2'));
    server.state.failWith = new ApiError(403, 'forbidden', 'no longer a commenter');
    server.state.failOnce = true;
    await queue.flush();
    expect(dropped).toEqual(['c-thread-1 403', 'c-reply-1 404']);
    expect(server.calls).toEqual(['create c-thread-1', 'create c-thread-2']);
    expect(queue.items()).toEqual([]);
  });

  it('tells listeners what was sent and keeps retrying server errors', async () => {
    const server = fakeServer();
    const queue = createCommentQueue(createMemoryQueueStorage(), server.sender);
    const sent: string[] = [];
    queue.onSent((item, threadId) => sent.push(`${item.clientId} ${threadId}`));
    server.state.failWith = new ApiError(503, 'unavailable', 'busy');
    await queue.enqueue(thread('c-thread-1'));
    await queue.flush();
    expect(queue.items()).toHaveLength(1);
    server.state.failWith = null;
    await queue.flush();
    expect(sent).toEqual(['c-thread-1 t1']);
  });
});
