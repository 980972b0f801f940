import type { CommentAnchor } from '@weft/protocol';
import { ApiError } from '../api/ApiError.ts';

interface QueuedBase {
  /** Made when the writer pressed "send"; the server answers a retry with what it stored first. */
  clientId: string;
  documentId: string;
  body: string;
  queuedAt: string;
}

export interface QueuedThread extends QueuedBase {
  kind: 'thread';
  anchor: CommentAnchor;
  quote: string;
}

export interface QueuedReply extends QueuedBase {
  kind: 'reply';
  /** Null while the thread itself waits in the queue (`threadClientId`). */
  threadId: string | null;
  threadClientId: string | null;
}

export type QueuedComment = QueuedThread | QueuedReply;

export interface QueueState {
  items: QueuedComment[];
  /** Threads created from the queue: their `clientId` → the server's id, for replies queued after them. */
  threadIds: Record<string, string>;
}

/** Where the queue is kept on the device; `load` answers null when nothing was stored. */
export interface QueueStorage {
  load(): Promise<QueueState | null>;
  save(state: QueueState): Promise<void>;
}

export interface CommentSender {
  createThread(item: QueuedThread): Promise<{ threadId: string }>;
  reply(item: QueuedReply, threadId: string): Promise<{ threadId: string }>;
}

export interface CommentQueue {
  /** What still waits to be sent, oldest first. */
  items(): readonly QueuedComment[];
  subscribe(listener: () => void): () => void;
  enqueue(item: QueuedComment): Promise<void>;
  /** Sends what waits, one at a time in order; stops at the first network failure. */
  flush(): Promise<void>;
  onSent(listener: (item: QueuedComment, threadId: string) => void): () => void;
  /** The server refused the item for good (4xx): it was dropped; tell the writer. */
  onDropped(listener: (item: QueuedComment, error: unknown) => void): () => void;
}

/** Worth trying again later: no answer, or the server was unwell; a 4xx never succeeds as sent. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

const empty = (): QueueState => ({ items: [], threadIds: {} });

/**
 * The offline queue of comments (docs/comments.md): kept in `storage`, sent in order by `sender`.
 * Every change re-reads storage first, so two tabs of one user append to the same queue; a
 * double send from two tabs is harmless because the server deduplicates by `clientId`.
 */
export function createCommentQueue(storage: QueueStorage, sender: CommentSender): CommentQueue {
  let current: QueueState = empty();
  const listeners = new Set<() => void>();
  const sentListeners = new Set<(item: QueuedComment, threadId: string) => void>();
  const droppedListeners = new Set<(item: QueuedComment, error: unknown) => void>();
  let flushing: Promise<void> | null = null;
  let again = false;

  const publish = (state: QueueState) => {
    current = state;
    for (const l of listeners) l();
  };
  const load = async () => (await storage.load()) ?? empty();
  const update = async (change: (state: QueueState) => QueueState) => {
    const next = change(await load());
    await storage.save(next);
    publish(next);
  };
  const remove = (clientId: string, threadIds?: Record<string, string>) =>
    update((s) => {
      const items = s.items.filter((i) => i.clientId !== clientId);
      const ids = { ...s.threadIds, ...threadIds };
      // Forget a created thread's id once no queued reply waits for it.
      for (const key of Object.keys(ids))
        if (!items.some((i) => i.kind === 'reply' && i.threadClientId === key)) delete ids[key];
      return { items, threadIds: ids };
    });

  const sendOne = async (item: QueuedComment, state: QueueState): Promise<'sent' | 'stop' | 'dropped'> => {
    try {
      if (item.kind === 'thread') {
        const { threadId } = await sender.createThread(item);
        // Listeners first: they show the sent item until the server's copy arrives, so it never blinks out.
        for (const l of sentListeners) l(item, threadId);
        await remove(item.clientId, { [item.clientId]: threadId });
        return 'sent';
      }
      const threadId =
        item.threadId ?? (item.threadClientId ? state.threadIds[item.threadClientId] : undefined);
      if (!threadId) throw new ApiError(404, 'not_found', 'the thread of this reply was never created');
      await sender.reply(item, threadId);
      for (const l of sentListeners) l(item, threadId);
      await remove(item.clientId);
      return 'sent';
    } catch (error) {
      if (isRetryable(error)) return 'stop';
      await remove(item.clientId);
      for (const l of droppedListeners) l(item, error);
      return 'dropped';
    }
  };

  const run = async () => {
    do {
      again = false;
      for (;;) {
        const state = await load();
        publish(state);
        const item = state.items[0];
        if (!item) break;
        // A reply to a thread that was refused cannot be sent either.
        if (item.kind === 'reply' && item.threadClientId && !item.threadId) {
          const parentWaits = state.items.some((i) => i.clientId === item.threadClientId);
          if (!parentWaits && !state.threadIds[item.threadClientId]) {
            await remove(item.clientId);
            const error = new ApiError(404, 'not_found', 'the thread of this reply was not created');
            for (const l of droppedListeners) l(item, error);
            continue;
          }
        }
        if ((await sendOne(item, state)) === 'stop') return;
      }
    } while (again);
  };

  return {
    items: () => current.items,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async enqueue(item) {
      await update((s) => ({ ...s, items: [...s.items, item] }));
    },
    flush() {
      if (flushing) {
        again = true;
        return flushing;
      }
      flushing = run().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    onSent(listener) {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    onDropped(listener) {
      droppedListeners.add(listener);
      return () => droppedListeners.delete(listener);
    },
  };
}

/** Keeps the queue in memory only: for tests, and where the browser refuses every storage. */
export function createMemoryQueueStorage(): QueueStorage {
  let stored: QueueState | null = null;
  return {
    load: async () => (stored ? structuredClone(stored) : null),
    save: async (state) => {
      stored = structuredClone(state);
    },
  };
}
