import type { CommentAnchor, CommentThread } from '@weft/protocol';
import { ApiError } from '../api/ApiError.ts';
import { commentsApi } from './commentsApi.ts';
import type { CommentQueue, QueuedComment } from './createCommentQueue.ts';

export interface MessageItem {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** Waiting in the offline queue. */
  pending: boolean;
}

/** A thread as the panel shows it: from the server, or still waiting in the queue (`pending`). */
export interface ThreadItem {
  /** The server's id, or `pending:<clientId>`. */
  key: string;
  /** React's key for the card: a thread sent from this device keeps its queued key, so the card
   *  (and the focus it holds) survives the server's copy replacing the queued one. */
  cardKey?: string;
  threadId: string | null;
  clientId: string | null;
  anchor: CommentAnchor;
  quote: string;
  createdBy: string;
  createdAt: string;
  resolved: boolean;
  unread: boolean;
  pending: boolean;
  messages: MessageItem[];
}

export interface ThreadsSnapshot {
  threads: readonly ThreadItem[];
  loaded: boolean;
  /** The list shown is the copy kept on this device: the server could not be reached. */
  stale: boolean;
  error: ApiError | null;
}

export interface ThreadStore {
  getSnapshot(): ThreadsSnapshot;
  subscribe(listener: () => void): () => void;
  refresh(): Promise<void>;
  /** Puts a thread the server just answered with in place of the one held. */
  replace(thread: CommentThread): void;
  markRead(threadId: string): void;
  destroy(): void;
}

interface Writer {
  id: string;
  displayName: string;
}

const CACHE_PREFIX = 'weft.cache.threads.';

function readCache(documentId: string): CommentThread[] | null {
  try {
    const raw = localStorage.getItem(CACHE_PREFIX + documentId);
    return raw ? (JSON.parse(raw) as CommentThread[]) : null;
  } catch {
    return null;
  }
}

function writeCache(documentId: string, threads: CommentThread[]): void {
  try {
    localStorage.setItem(CACHE_PREFIX + documentId, JSON.stringify(threads));
  } catch {
    // A full storage only costs the offline copy.
  }
}

const fromServer = (t: CommentThread, cardKey?: string): ThreadItem => ({
  key: t.id,
  ...(cardKey ? { cardKey } : {}),
  threadId: t.id,
  clientId: null,
  anchor: t.anchor,
  quote: t.quote,
  createdBy: t.createdBy,
  createdAt: t.createdAt,
  resolved: t.resolved,
  unread: t.unread,
  pending: false,
  messages: t.messages.map((m) => ({ ...m, pending: false })),
});

const pendingMessage = (item: QueuedComment, writer: Writer): MessageItem => ({
  id: `pending:${item.clientId}`,
  authorId: writer.id,
  authorName: writer.displayName,
  body: item.body,
  createdAt: item.queuedAt,
  editedAt: null,
  deleted: false,
  pending: true,
});

/**
 * Server threads plus what waits in the queue for this document, oldest first. `sentAs` maps the
 * id of a thread sent from this device to its queued key (see `ThreadItem.cardKey`).
 */
export function mergeThreads(
  server: readonly CommentThread[],
  queued: readonly QueuedComment[],
  writer: Writer,
  sentAs: ReadonlyMap<string, string> = new Map(),
): ThreadItem[] {
  const threads = server.map((t) => fromServer(t, sentAs.get(t.id)));
  const byId = new Map(threads.map((t) => [t.threadId, t]));
  const byClientId = new Map<string, ThreadItem>();
  const byKey = new Map(threads.map((t) => [t.cardKey ?? t.key, t]));
  for (const item of queued) {
    if (item.kind === 'thread') {
      const landed = byKey.get(`pending:${item.clientId}`);
      if (landed) {
        byClientId.set(item.clientId, landed);
        continue;
      }
      const pending: ThreadItem = {
        key: `pending:${item.clientId}`,
        threadId: null,
        clientId: item.clientId,
        anchor: item.anchor,
        quote: item.quote,
        createdBy: writer.id,
        createdAt: item.queuedAt,
        resolved: false,
        unread: false,
        pending: true,
        messages: [pendingMessage(item, writer)],
      };
      byClientId.set(item.clientId, pending);
      threads.push(pending);
      continue;
    }
    const target =
      (item.threadId ? byId.get(item.threadId) : undefined) ??
      (item.threadClientId ? byClientId.get(item.threadClientId) : undefined);
    // Writing a reply reopens a resolved thread, on the server and here.
    if (target) {
      target.messages.push(pendingMessage(item, writer));
      target.resolved = false;
    }
  }
  return threads;
}

/** The threads of one document: fetched, kept on the device for offline use, merged with the queue. */
export function createThreadStore(documentId: string, writer: Writer, queue: CommentQueue): ThreadStore {
  let server: CommentThread[] = readCache(documentId) ?? [];
  let snapshot: ThreadsSnapshot = { threads: [], loaded: false, stale: false, error: null };
  let loaded = false;
  let stale = false;
  let error: ApiError | null = null;
  let destroyed = false;
  // Sent from the queue but not yet in a fetched list: shown as they were, so nothing blinks.
  let justSent: QueuedComment[] = [];
  const sentAs = new Map<string, string>();
  let generation = 0;
  const listeners = new Set<() => void>();

  const publish = () => {
    const queued = queue.items().filter((i) => i.documentId === documentId);
    const inFlight = justSent.filter((i) => !queued.some((q) => q.clientId === i.clientId));
    snapshot = {
      threads: mergeThreads(server, [...inFlight, ...queued], writer, sentAs),
      loaded,
      stale,
      error,
    };
    for (const l of listeners) l();
  };

  const refresh = async () => {
    const mine = ++generation;
    const sentBefore = justSent;
    try {
      const { threads } = await commentsApi.listThreads(documentId);
      if (destroyed || mine !== generation) return;
      server = threads;
      writeCache(documentId, threads);
      justSent = justSent.filter((i) => !sentBefore.includes(i));
      loaded = true;
      stale = false;
      error = null;
    } catch (err) {
      if (destroyed || mine !== generation) return;
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
      loaded = true;
      stale = apiError.isOffline && readCache(documentId) !== null;
      error = apiError.isOffline ? null : apiError;
    }
    publish();
  };

  const offQueue = queue.subscribe(publish);
  const offSent = queue.onSent((item, threadId) => {
    if (item.documentId !== documentId) return;
    if (item.kind === 'thread') sentAs.set(threadId, `pending:${item.clientId}`);
    justSent = [...justSent, item];
    void refresh();
  });
  publish();

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    replace(thread) {
      const at = server.findIndex((t) => t.id === thread.id);
      server = at < 0 ? [...server, thread] : server.map((t) => (t.id === thread.id ? thread : t));
      writeCache(documentId, server);
      publish();
    },
    markRead(threadId) {
      const thread = server.find((t) => t.id === threadId);
      if (!thread?.unread) return;
      server = server.map((t) => (t.id === threadId ? { ...t, unread: false } : t));
      publish();
      commentsApi.markRead(threadId).catch(() => {
        // Offline: it stays unread on the server and shows as unread again on the next fetch.
      });
    },
    destroy() {
      destroyed = true;
      offQueue();
      offSent();
      listeners.clear();
    },
  };
}
