import { describe, expect, it } from 'vitest';
import type { MessageItem, ThreadItem } from './createThreadStore.ts';
import { messageIds, newMessagesFromOthers } from './newMessagesFromOthers.ts';

const message = (id: string, authorId: string, authorName: string): MessageItem => ({
  id,
  authorId,
  authorName,
  body: 'x',
  createdAt: '2026-01-01T00:00:00Z',
  editedAt: null,
  deleted: false,
  pending: false,
});

const thread = (key: string, quote: string, messages: MessageItem[]): ThreadItem => ({
  key,
  threadId: key,
  clientId: null,
  anchor: { kind: 'shape', shapeId: 's' },
  quote,
  createdBy: messages[0]?.authorId ?? '',
  createdAt: '2026-01-01T00:00:00Z',
  resolved: false,
  unread: false,
  pending: false,
  messages,
});

describe('newMessagesFromOthers', () => {
  it('reports new threads and replies by others once, and nothing of one’s own or of before', () => {
    const before = [thread('t1', 'Budget', [message('m1', 'lan', 'Lan')])];
    const seen = messageIds(before);
    const after = [
      thread('t1', 'Budget', [
        message('m1', 'lan', 'Lan'),
        message('m2', 'minh', 'Minh'),
        message('m3', 'me', 'Me'),
      ]),
      thread('t2', 'Dyeing', [message('m4', 'lan', 'Lan')]),
    ];
    expect(newMessagesFromOthers(after, seen, 'me')).toEqual([
      { authorName: 'Minh', quote: 'Budget', reply: true },
      { authorName: 'Lan', quote: 'Dyeing', reply: false },
    ]);
    expect(newMessagesFromOthers(after, seen, 'me')).toEqual([]);
  });
});
