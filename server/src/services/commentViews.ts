import type { CommentMessage, CommentThread, InboxMention, InboxResponse, InboxThread } from '@weft/protocol';
import type {
  InboxCountsRecord,
  InboxMentionRecord,
  InboxThreadRecord,
  MessageRecord,
  ThreadRecord,
} from '../storage/CommentStore.ts';
import { excerpt } from './parseMentions.ts';

const iso = (ms: number) => new Date(ms).toISOString();

export function messageView(m: MessageRecord, names: ReadonlyMap<string, string>): CommentMessage {
  return {
    id: m.id,
    threadId: m.threadId,
    authorId: m.authorId,
    authorName: names.get(m.authorId) ?? '',
    body: m.body,
    mentions: m.mentions,
    createdAt: iso(m.createdAt),
    editedAt: m.editedAt === null ? null : iso(m.editedAt),
    deleted: m.deletedAt !== null,
  };
}

export function threadView(
  t: ThreadRecord,
  messages: readonly MessageRecord[],
  unread: boolean,
  names: ReadonlyMap<string, string>,
): CommentThread {
  return {
    id: t.id,
    workspaceId: t.workspaceId,
    documentId: t.documentId,
    anchor: t.anchor,
    quote: t.quote,
    createdBy: t.createdBy,
    createdAt: iso(t.createdAt),
    updatedAt: iso(t.updatedAt),
    resolved: t.resolvedAt !== null,
    resolvedBy: t.resolvedBy,
    resolvedAt: t.resolvedAt === null ? null : iso(t.resolvedAt),
    unread,
    messages: messages.map((m) => messageView(m, names)),
  };
}

function inboxThreadView(r: InboxThreadRecord): InboxThread {
  return {
    workspaceId: r.workspaceId,
    workspaceTitle: r.workspaceTitle,
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    documentType: r.documentType,
    threadId: r.threadId,
    quote: r.quote,
    unreadMessages: r.unreadMessages,
    latestAuthorName: r.latestAuthorName,
    latestExcerpt: excerpt(r.latestBody),
    latestAt: iso(r.latestAt),
  };
}

function inboxMentionView(r: InboxMentionRecord): InboxMention {
  return {
    workspaceId: r.workspaceId,
    workspaceTitle: r.workspaceTitle,
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    documentType: r.documentType,
    threadId: r.threadId,
    messageId: r.messageId,
    authorId: r.authorId,
    authorName: r.authorName,
    excerpt: excerpt(r.body),
    at: iso(r.at),
  };
}

export function inboxView(
  counts: InboxCountsRecord,
  lists: { threads: InboxThreadRecord[]; mentions: InboxMentionRecord[] },
): InboxResponse {
  return {
    counts,
    threads: lists.threads.map(inboxThreadView),
    mentions: lists.mentions.map(inboxMentionView),
  };
}
