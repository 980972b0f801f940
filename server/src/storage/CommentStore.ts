import type { CommentAnchor, DocumentTypeName } from '@weft/protocol';

/** A comment thread as stored. Times are epoch milliseconds. */
export interface ThreadRecord {
  id: string;
  workspaceId: string;
  documentId: string;
  anchor: CommentAnchor;
  quote: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  resolvedBy: string | null;
  resolvedAt: number | null;
  /** The creator's retry key; unique per creator. */
  clientId: string | null;
}

export interface MessageRecord {
  id: string;
  threadId: string;
  authorId: string;
  /** Empty once deleted. */
  body: string;
  mentions: string[];
  createdAt: number;
  editedAt: number | null;
  deletedAt: number | null;
  /** The author's retry key; unique per author. */
  clientId: string | null;
  /** Store-assigned, increasing across all threads; read markers compare against it. */
  seq: number;
}

export type NewMessage = Omit<MessageRecord, 'seq' | 'editedAt' | 'deletedAt'>;

/** `created` is false when the client id was seen before: the earlier record is returned, nothing is stored. */
export interface Created<T> {
  record: T;
  created: boolean;
}

export interface InboxCountsRecord {
  unreadThreads: number;
  mentions: number;
}

interface InboxPlace {
  workspaceId: string;
  workspaceTitle: string;
  documentId: string;
  documentTitle: string;
  documentType: DocumentTypeName;
  threadId: string;
}

export interface InboxThreadRecord extends InboxPlace {
  quote: string;
  unreadMessages: number;
  latestAuthorName: string;
  latestBody: string;
  latestAt: number;
}

export interface InboxMentionRecord extends InboxPlace {
  messageId: string;
  authorId: string;
  authorName: string;
  body: string;
  at: number;
}

/** Threads: created with their first message, listed per document, resolved and reopened. */
export interface CommentThreadStore {
  /** Creates the thread and its first message together; idempotent on (createdBy, clientId). */
  createThread(thread: ThreadRecord, first: NewMessage): Promise<Created<ThreadRecord>>;
  getThread(id: string): Promise<ThreadRecord | null>;
  /** Oldest first. */
  listThreads(documentId: string): Promise<ThreadRecord[]>;
  /** `by` null reopens. */
  setResolved(threadId: string, by: string | null, at: number): Promise<ThreadRecord | null>;
}

/** Messages of threads with their mentions. */
export interface CommentMessageStore {
  /** Messages of these threads, oldest first. */
  listMessages(threadIds: readonly string[]): Promise<MessageRecord[]>;
  /** Appends a reply and bumps the thread's `updatedAt`; idempotent on (authorId, clientId). */
  addMessage(message: NewMessage): Promise<Created<MessageRecord>>;
  getMessage(id: string): Promise<MessageRecord | null>;
  /** Newly mentioned users count the edit as a new mention; others keep their read state. */
  editMessage(id: string, body: string, mentions: string[], at: number): Promise<MessageRecord | null>;
  /**
   * Leaves a tombstone (empty body, no mentions); when no live message is left the thread goes
   * too. Null when there is no such live message.
   */
  deleteMessage(id: string, at: number): Promise<{ threadDeleted: boolean } | null>;
}

/** Per-user read markers and what they make unread: the inbox. */
export interface CommentReadStore {
  /** Marks everything in these threads read for the user, as of now. */
  markRead(userId: string, threadIds: readonly string[]): Promise<void>;
  /** Which of these threads have unread messages for the user. */
  unreadAmong(userId: string, threadIds: readonly string[]): Promise<Set<string>>;
  inboxCounts(userId: string): Promise<InboxCountsRecord>;
  /** Unread open threads and unread mentions, newest first, at most `limit` of each. */
  inbox(
    userId: string,
    limit: number,
  ): Promise<{ threads: InboxThreadRecord[]; mentions: InboxMentionRecord[] }>;
}

/**
 * Comment threads, messages, mentions and per-user read markers. A thread is unread for a user
 * when its latest live message is past their read marker and was written after they joined the
 * workspace; writing a message moves the author's marker to it, so one's own messages are never
 * unread. Inbox queries only see workspaces the user is a member of now.
 * Every implementation runs `commentStoreContract.ts`.
 */
export type CommentStore = CommentThreadStore & CommentMessageStore & CommentReadStore;
