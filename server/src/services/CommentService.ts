import { randomUUID } from 'node:crypto';
import type { CommentThreadExport } from '@weft/export/formats';
import type { ActionPlanSnapshot } from '@weft/model';
import {
  ActivityType,
  CommentChange,
  type CommentMessage,
  type CommentThread,
  type CreateThreadRequest,
  type EditMessageRequest,
  type InboxCounts,
  type InboxResponse,
  type ReplyRequest,
  Role,
} from '@weft/protocol';
import type { CommentStore, MessageRecord, ThreadRecord } from '../storage/CommentStore.ts';
import type { DocumentMetaRecord, DocumentMetaStore } from '../storage/DocumentMetaStore.ts';
import type { UserStore } from '../storage/UserStore.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import type { ActivityService } from './ActivityService.ts';
import { checkAnchor, checkMentions, writable } from './commentChecks.ts';
import { commentThreadsForExport } from './commentThreadsForExport.ts';
import { inboxView, messageView, threadView } from './commentViews.ts';
import { conflict, forbidden, notFound } from './errors.ts';
import { mentionedUserIds } from './parseMentions.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface CommentServiceOptions {
  comments: CommentStore;
  documents: DocumentMetaStore;
  workspaces: WorkspaceStore;
  users: UserStore;
  workspaceService: WorkspaceService;
  activity: ActivityService;
  now: () => number;
}

/** A change for live pushes: what changed in which document, and whose inbox counts may have moved. */
export interface CommentChangeEvent {
  /** Null when only read state changed. */
  thread: { workspaceId: string; documentId: string; threadId: string; change: CommentChange } | null;
  /** Users whose `inbox:counts` should be pushed again. */
  inboxUsers: string[];
}

export type CommentChangeListener = (event: CommentChangeEvent) => void;

const INBOX_LIMIT = 50;

/** Comment threads on documents: every read and write checks the caller's workspace role. */
export class CommentService {
  private readonly listeners = new Set<CommentChangeListener>();

  constructor(private readonly opts: CommentServiceOptions) {}

  /** Returns a function that unsubscribes. */
  subscribe(listener: CommentChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async listThreads(userId: string, documentId: string): Promise<CommentThread[]> {
    await this.documentAccess(userId, documentId, Role.viewer);
    return this.views(userId, await this.opts.comments.listThreads(documentId));
  }

  async getThread(userId: string, threadId: string): Promise<CommentThread> {
    const { thread } = await this.threadAccess(userId, threadId, Role.viewer);
    return this.view(userId, thread);
  }

  /** `created` is false when `clientId` was used before: the earlier thread is returned unchanged. */
  async createThread(
    userId: string,
    documentId: string,
    req: CreateThreadRequest,
  ): Promise<{ thread: CommentThread; created: boolean }> {
    const document = await this.documentAccess(userId, documentId, Role.commenter);
    writable(document);
    checkAnchor(req.anchor, document);
    const body = req.body.normalize('NFC');
    const mentions = await this.checkMentions(document.workspaceId, userId, body, req.mentions);
    const now = this.opts.now();
    const record: ThreadRecord = {
      id: randomUUID(),
      workspaceId: document.workspaceId,
      documentId,
      anchor: req.anchor,
      quote: (req.quote ?? '').normalize('NFC'),
      createdBy: userId,
      createdAt: now,
      updatedAt: now,
      resolvedBy: null,
      resolvedAt: null,
      clientId: req.clientId ?? null,
    };
    const first = { id: randomUUID(), threadId: record.id, authorId: userId, body, mentions, createdAt: now };
    const result = await this.opts.comments.createThread(record, { ...first, clientId: null });
    if (result.created) {
      await this.opts.activity.record({
        workspaceId: record.workspaceId,
        type: ActivityType.threadCreated,
        actorId: userId,
        documentId,
        threadId: record.id,
        messageId: first.id,
        summary: body,
      });
      await this.emit(result.record, CommentChange.created, 'members');
    } else if (result.record.documentId !== documentId) {
      throw conflict('This clientId was already used for a thread elsewhere');
    }
    return { thread: await this.view(userId, result.record), created: result.created };
  }

  /** Replying reopens a resolved thread. `created` is false for a retried `clientId`. */
  async reply(
    userId: string,
    threadId: string,
    req: ReplyRequest,
  ): Promise<{ thread: CommentThread; message: CommentMessage; created: boolean }> {
    const { thread, document } = await this.threadAccess(userId, threadId, Role.commenter);
    writable(document);
    const body = req.body.normalize('NFC');
    const mentions = await this.checkMentions(thread.workspaceId, userId, body, req.mentions);
    const now = this.opts.now();
    const { record, created } = await this.opts.comments.addMessage({
      id: randomUUID(),
      threadId,
      authorId: userId,
      body,
      mentions,
      createdAt: now,
      clientId: req.clientId ?? null,
    });
    if (record.threadId !== threadId) {
      throw conflict('This clientId was already used in another thread');
    }
    let current = thread;
    if (created) {
      if (thread.resolvedAt !== null) await this.opts.comments.setResolved(threadId, null, now);
      current = (await this.opts.comments.getThread(threadId)) ?? thread;
      await this.opts.activity.record({
        workspaceId: thread.workspaceId,
        type: ActivityType.commentReplied,
        actorId: userId,
        documentId: thread.documentId,
        threadId,
        messageId: record.id,
        summary: body,
      });
      await this.emit(current, CommentChange.replied, 'members');
    }
    const names = await this.namesOf([record.authorId]);
    return { thread: await this.view(userId, current), message: messageView(record, names), created };
  }

  /** Authors edit their own messages only. */
  async editMessage(
    userId: string,
    threadId: string,
    messageId: string,
    req: EditMessageRequest,
  ): Promise<CommentMessage> {
    const { thread, document, message } = await this.messageAccess(userId, threadId, messageId);
    writable(document);
    if (message.authorId !== userId) throw forbidden('Only its author can edit a message');
    const body = req.body.normalize('NFC');
    const mentions = await this.checkMentions(thread.workspaceId, userId, body, req.mentions);
    const edited = await this.opts.comments.editMessage(messageId, body, mentions, this.opts.now());
    if (!edited) throw notFound('No such message');
    await this.emit(thread, CommentChange.edited, [...new Set([...message.mentions, ...mentions])]);
    return messageView(edited, await this.namesOf([edited.authorId]));
  }

  /** Authors delete their own messages; facilitators may delete any. */
  async deleteMessage(userId: string, threadId: string, messageId: string): Promise<void> {
    const { thread, role, message, document } = await this.messageAccess(userId, threadId, messageId);
    writable(document);
    if (message.authorId !== userId && role !== Role.facilitator) {
      throw forbidden('Only its author or a facilitator can delete a message');
    }
    const result = await this.opts.comments.deleteMessage(messageId, this.opts.now());
    if (!result) throw notFound('No such message');
    await this.opts.activity.forgetMessage(messageId);
    await this.emit(thread, CommentChange.deleted, 'members');
  }

  async setResolved(userId: string, threadId: string, resolved: boolean): Promise<CommentThread> {
    const { thread, document } = await this.threadAccess(userId, threadId, Role.commenter);
    writable(document);
    if ((thread.resolvedAt !== null) === resolved) return this.view(userId, thread);
    const updated = await this.opts.comments.setResolved(threadId, resolved ? userId : null, this.opts.now());
    if (!updated) throw notFound('No such thread');
    if (resolved) {
      const [first] = await this.opts.comments.listMessages([threadId]);
      await this.opts.activity.record({
        workspaceId: thread.workspaceId,
        type: ActivityType.threadResolved,
        actorId: userId,
        documentId: thread.documentId,
        threadId,
        summary: thread.quote || first?.body || '',
      });
    }
    await this.emit(updated, resolved ? CommentChange.resolved : CommentChange.reopened, 'members');
    return this.view(userId, updated);
  }

  async markRead(userId: string, threadId: string): Promise<void> {
    await this.threadAccess(userId, threadId, Role.viewer);
    await this.opts.comments.markRead(userId, [threadId]);
    this.publishCounts([userId]);
  }

  async markDocumentRead(userId: string, documentId: string): Promise<void> {
    await this.documentAccess(userId, documentId, Role.viewer);
    const threads = await this.opts.comments.listThreads(documentId);
    await this.opts.comments.markRead(
      userId,
      threads.map((t) => t.id),
    );
    this.publishCounts([userId]);
  }

  /** Across every workspace the user belongs to; needs no document loaded. */
  inboxCounts(userId: string): Promise<InboxCounts> {
    return this.opts.comments.inboxCounts(userId);
  }

  async inbox(userId: string): Promise<InboxResponse> {
    const [counts, lists] = await Promise.all([
      this.opts.comments.inboxCounts(userId),
      this.opts.comments.inbox(userId, INBOX_LIMIT),
    ]);
    return inboxView(counts, lists);
  }

  /** The open threads of a document for `exportActionPlan(format, { plan, threads })`. */
  async openThreadsForExport(
    userId: string,
    documentId: string,
    plan?: ActionPlanSnapshot,
  ): Promise<CommentThreadExport[]> {
    await this.documentAccess(userId, documentId, Role.viewer);
    const threads = await this.opts.comments.listThreads(documentId);
    const messages = await this.opts.comments.listMessages(threads.map((t) => t.id));
    const names = await this.namesOf(messages.map((m) => m.authorId));
    return commentThreadsForExport(threads, messages, names, plan);
  }

  private async documentAccess(
    userId: string,
    documentId: string,
    atLeast: Role,
  ): Promise<DocumentMetaRecord> {
    const document = await this.opts.documents.get(documentId);
    if (!document) throw notFound('No such document');
    const { workspace } = await this.opts.workspaceService.requireRole(userId, document.workspaceId, atLeast);
    // An archived workspace makes its documents read-only for comments as well.
    return workspace.archived ? { ...document, archived: true } : document;
  }

  private async threadAccess(userId: string, threadId: string, atLeast: Role) {
    const thread = await this.opts.comments.getThread(threadId);
    if (!thread) throw notFound('No such thread');
    const { role, workspace } = await this.opts.workspaceService.requireRole(
      userId,
      thread.workspaceId,
      atLeast,
    );
    const stored = await this.opts.documents.get(thread.documentId);
    if (!stored) throw notFound('No such thread');
    const document = workspace.archived ? { ...stored, archived: true } : stored;
    return { thread, document, role };
  }

  private async messageAccess(userId: string, threadId: string, messageId: string) {
    const access = await this.threadAccess(userId, threadId, Role.commenter);
    const message = await this.opts.comments.getMessage(messageId);
    if (!message || message.threadId !== threadId || message.deletedAt !== null) {
      throw notFound('No such message');
    }
    return { ...access, message };
  }

  /** Mentions from markup and the list, minus the author; each must be a workspace member. */
  private async checkMentions(
    workspaceId: string,
    authorId: string,
    body: string,
    explicit: readonly string[] = [],
  ): Promise<string[]> {
    const ids = mentionedUserIds(body, explicit).filter((id) => id !== authorId);
    if (ids.length === 0) return [];
    const members = await this.opts.workspaces.listMembers(workspaceId);
    return checkMentions(ids, new Set(members.map((m) => m.userId)));
  }

  private async view(userId: string, thread: ThreadRecord): Promise<CommentThread> {
    const [view] = await this.views(userId, [thread]);
    if (!view) throw notFound('No such thread');
    return view;
  }

  private async views(userId: string, threads: readonly ThreadRecord[]): Promise<CommentThread[]> {
    const ids = threads.map((t) => t.id);
    const [messages, unread] = await Promise.all([
      this.opts.comments.listMessages(ids),
      this.opts.comments.unreadAmong(userId, ids),
    ]);
    const names = await this.namesOf(messages.map((m) => m.authorId));
    const byThread = new Map<string, MessageRecord[]>();
    for (const m of messages) byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m]);
    return threads.map((t) => threadView(t, byThread.get(t.id) ?? [], unread.has(t.id), names));
  }

  private async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    const users = await this.opts.users.findByIds([...new Set(userIds)]);
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  private async emit(
    thread: ThreadRecord,
    change: CommentChange,
    inbox: 'members' | string[],
  ): Promise<void> {
    const inboxUsers =
      inbox === 'members'
        ? (await this.opts.workspaces.listMembers(thread.workspaceId)).map((m) => m.userId)
        : inbox;
    this.publish({
      thread: { workspaceId: thread.workspaceId, documentId: thread.documentId, threadId: thread.id, change },
      inboxUsers,
    });
  }

  private publishCounts(userIds: string[]): void {
    this.publish({ thread: null, inboxUsers: userIds });
  }

  private publish(event: CommentChangeEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
