import type { CommentThread } from '@weft/protocol';
import { describe, expect, it } from 'vitest';
import type { QueuedComment } from './createCommentQueue.ts';
import { mergeThreads } from './createThreadStore.ts';

const anchor = { kind: 'planItem', itemId: 'item-1' } as const;
const serverThread: CommentThread = {
  id: 't1',
  workspaceId: 'w',
  documentId: 'd',
  anchor,
  quote: 'Item',
  createdBy: 'u-an',
  createdAt: '2025-03-10T10:00:00.000Z',
  updatedAt: '2025-03-10T10:00:00.000Z',
  resolved: true,
  resolvedBy: 'u-an',
  resolvedAt: '2025-03-10T10:05:00.000Z',
  unread: false,
  messages: [
    {
      id: 'm1',
      threadId: 't1',
      authorId: 'u-an',
      authorName: 'An',
      body: 'First',
      mentions: [],
      createdAt: '2025-03-10T10:00:00.000Z',
      editedAt: null,
      deleted: false,
    },
  ],
};
const base = { documentId: 'd', queuedAt: '2025-03-10T11:00:00.000Z' };
const queued: QueuedComment[] = [
  { ...base, kind: 'reply', clientId: 'c-r1', body: 'Reply offline', threadId: 't1', threadClientId: null },
  { ...base, kind: 'thread', clientId: 'c-t2', body: 'New thread', anchor, quote: 'Item' },
  {
    ...base,
    kind: 'reply',
    clientId: 'c-r2',
    body: 'On the new one',
    threadId: null,
    threadClientId: 'c-t2',
  },
];

describe('mergeThreads', () => {
  it('shows queued replies and threads as pending, where they will land', () => {
    const threads = mergeThreads([serverThread], queued, { id: 'u-lan', displayName: 'Lan' });
    expect(threads.map((t) => [t.key, t.pending, t.resolved])).toEqual([
      ['t1', false, false],
      ['pending:c-t2', true, false],
    ]);
    expect(threads[0]?.messages.map((m) => [m.body, m.pending, m.authorName])).toEqual([
      ['First', false, 'An'],
      ['Reply offline', true, 'Lan'],
    ]);
    expect(threads[1]?.messages.map((m) => m.body)).toEqual(['New thread', 'On the new one']);
  });
});

describe('mergeThreads after sending', () => {
  it('keeps the queued card’s key for the server’s copy, once, with replies that waited for it', () => {
    const landed = { ...serverThread, id: 't2', quote: 'new', messages: [] };
    const sentAs = new Map([['t2', 'pending:c-t2']]);
    const threads = mergeThreads([serverThread, landed], queued, { id: 'u-lan', displayName: 'Lan' }, sentAs);
    expect(threads.map((t) => [t.key, t.cardKey, t.pending])).toEqual([
      ['t1', undefined, false],
      ['t2', 'pending:c-t2', false],
    ]);
    expect(threads[1]?.messages.map((m) => [m.body, m.pending])).toEqual([['On the new one', true]]);
  });
});
