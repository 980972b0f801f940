import { commentsApi } from './commentsApi.ts';
import { type CommentQueue, createCommentQueue } from './createCommentQueue.ts';
import { createIndexedDbQueueStorage } from './createIndexedDbQueueStorage.ts';

const RETRY_EVERY_MS = 15_000;
let current: { userId: string; queue: CommentQueue; stop(): void } | null = null;

/**
 * The signed-in user's queue, one per tab, made on first use: it flushes when the browser comes
 * back online and every 15 s while something waits, whichever editor queued it.
 */
export function commentQueueFor(userId: string): CommentQueue {
  if (current?.userId === userId) return current.queue;
  current?.stop();
  const queue = createCommentQueue(createIndexedDbQueueStorage(userId), {
    createThread: async (item) => {
      const { thread } = await commentsApi.createThread(item.documentId, {
        anchor: item.anchor,
        body: item.body,
        quote: item.quote,
        clientId: item.clientId,
      });
      return { threadId: thread.id };
    },
    reply: async (item, threadId) => {
      const { thread } = await commentsApi.reply(threadId, { body: item.body, clientId: item.clientId });
      return { threadId: thread.id };
    },
  });
  const onOnline = () => void queue.flush();
  window.addEventListener('online', onOnline);
  const timer = setInterval(() => {
    if (navigator.onLine && queue.items().length > 0) void queue.flush();
  }, RETRY_EVERY_MS);
  current = {
    userId,
    queue,
    stop() {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    },
  };
  void queue.flush();
  return queue;
}

/** A clientId as the API wants it: 8–64 of [A-Za-z0-9_-]. */
export function newClientId(): string {
  // randomUUID exists only in secure contexts; a plain-http LAN deployment still needs ids.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `c${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
