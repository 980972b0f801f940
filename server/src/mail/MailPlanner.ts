import { randomUUID } from 'node:crypto';
import { PlanStatus } from '@weft/model';
import { ActivityType } from '@weft/protocol';
import { renderMentions } from '../services/parseMentions.ts';
import type { ActivityRecord } from '../storage/ActivityStore.ts';
import type { CommentStore } from '../storage/CommentStore.ts';
import type { DocumentMetaStore } from '../storage/DocumentMetaStore.ts';
import type { MailPreferences, MailStore, NewOutboxRow } from '../storage/MailStore.ts';
import type { PlanVersionStore } from '../storage/PlanVersionStore.ts';
import type { UserRecord, UserStore } from '../storage/UserStore.ts';
import type { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { cityRepresentatives } from './cityRepresentatives.ts';
import { documentLink } from './documentLink.ts';
import { type NoticePayload, NoticeType } from './mailPayloads.ts';

export interface MailPlannerOptions {
  mail: MailStore;
  comments: CommentStore;
  documents: DocumentMetaStore;
  workspaces: WorkspaceStore;
  users: UserStore;
  planVersions: PlanVersionStore;
  /** A recipient's notices wait this long for others to go in the same mail. */
  batchMs: number;
}

const CURSOR = 'planner.position';
const PAGE = 200;
// Rows committed out of insertion order (concurrent PostgreSQL writers) are still seen: each pass
// looks this far back, and dedupe keys keep a second look from enqueueing twice.
const LOOKBACK = 100;
const SEEN_LIMIT = 2 * (PAGE + LOOKBACK);

/**
 * Turns the activity log into outbox rows for immediate notices: mentions, replies in threads
 * the reader wrote in, sign-off requests for the reader's city. The activity row is the durable
 * record of the event, so a notice is never lost even if the process dies right after it.
 */
export class MailPlanner {
  /** Events this process has handled, so the look-back costs no queries in the steady state. */
  private readonly seen = new Set<string>();

  constructor(private readonly opts: MailPlannerOptions) {}

  /** Processes what is new in the activity log; returns the number of rows enqueued. */
  async run(): Promise<number> {
    let position = Number((await this.opts.mail.getSetting(CURSOR)) ?? '0');
    let enqueued = 0;
    for (;;) {
      const page = await this.opts.mail.activityAfter(Math.max(0, position - LOOKBACK), PAGE + LOOKBACK);
      const fresh = page.filter((p) => p.position > position);
      for (const { event } of page) {
        if (this.seen.has(event.id)) continue;
        enqueued += await this.opts.mail.enqueue(await this.rowsFor(event));
        this.remember(event.id);
      }
      const last = page.at(-1);
      if (!last || last.position <= position) break;
      position = last.position;
      await this.opts.mail.setSetting(CURSOR, String(position));
      if (fresh.length < PAGE) break;
    }
    return enqueued;
  }

  private remember(id: string): void {
    this.seen.add(id);
    if (this.seen.size <= SEEN_LIMIT) return;
    const oldest = this.seen.values().next().value;
    if (oldest !== undefined) this.seen.delete(oldest);
  }

  private async rowsFor(event: ActivityRecord): Promise<NewOutboxRow[]> {
    if (event.type === ActivityType.threadCreated || event.type === ActivityType.commentReplied) {
      return this.commentRows(event);
    }
    if (event.type === ActivityType.planSignedOff) return this.signOffRows(event);
    return [];
  }

  private async commentRows(event: ActivityRecord): Promise<NewOutboxRow[]> {
    if (!event.messageId || !event.threadId || !event.documentId) return [];
    const [message, thread, document, workspace] = await Promise.all([
      this.opts.comments.getMessage(event.messageId),
      this.opts.comments.getThread(event.threadId),
      this.opts.documents.get(event.documentId),
      this.opts.workspaces.get(event.workspaceId),
    ]);
    if (!message || message.deletedAt !== null || !thread || !document || !workspace) return [];
    const mentioned = new Set(message.mentions);
    const writers = new Set<string>();
    if (event.type === ActivityType.commentReplied) {
      for (const m of await this.opts.comments.listMessages([thread.id])) {
        if (m.deletedAt === null && m.createdAt < message.createdAt) writers.add(m.authorId);
      }
    }
    const recipients = [...new Set([...mentioned, ...writers])].filter((id) => id !== event.actorId);
    if (recipients.length === 0) return [];
    const users = await this.usersById([...recipients, event.actorId ?? '']);
    const members = new Set((await this.opts.workspaces.listMembers(workspace.id)).map((m) => m.userId));
    const rows: NewOutboxRow[] = [];
    for (const userId of recipients) {
      const user = users.get(userId);
      if (!user || !members.has(userId)) continue;
      const type = mentioned.has(userId) ? NoticeType.mention : NoticeType.reply;
      const prefs = await this.opts.mail.getPreferences(userId);
      if (!wants(prefs, type, workspace.id)) continue;
      const payload: NoticePayload = {
        type,
        workspaceId: workspace.id,
        workspaceTitle: workspace.title,
        documentTitle: document.title,
        link: documentLink(document, thread.id),
        actorName: users.get(event.actorId ?? '')?.displayName ?? '',
        body: renderMentions(message.body),
        city: '',
        at: event.at,
      };
      rows.push(this.notice(user, `${type}:${message.id}:${userId}`, payload, event.at));
    }
    return rows;
  }

  private async signOffRows(event: ActivityRecord): Promise<NewOutboxRow[]> {
    if (!event.documentId) return [];
    const [stored, document, workspace] = await Promise.all([
      this.opts.planVersions.getSignOff(event.documentId),
      this.opts.documents.get(event.documentId),
      this.opts.workspaces.get(event.workspaceId),
    ]);
    const state = stored?.state;
    if (!state || state.status !== PlanStatus.proposed || !state.proposedAt || !document || !workspace)
      return [];
    const signed = new Set(state.signatures.map((s) => s.city));
    const members = await this.opts.workspaces.listMembers(workspace.id);
    const users = await this.usersById([...members.map((m) => m.userId), event.actorId ?? '']);
    const rows: NewOutboxRow[] = [];
    for (const city of state.parties.filter((c) => !signed.has(c))) {
      for (const userId of cityRepresentatives(city, members, users, workspace.cities)) {
        const user = users.get(userId);
        if (!user || userId === event.actorId) continue;
        if (!wants(await this.opts.mail.getPreferences(userId), NoticeType.signOff, workspace.id)) continue;
        const payload: NoticePayload = {
          type: NoticeType.signOff,
          workspaceId: workspace.id,
          workspaceTitle: workspace.title,
          documentTitle: document.title,
          link: documentLink(document),
          actorName: users.get(event.actorId ?? '')?.displayName ?? '',
          body: '',
          city,
          at: event.at,
        };
        // One request per proposal: later signatures of other cities do not ask again.
        rows.push(
          this.notice(user, `signOff:${document.id}:${state.proposedAt}:${userId}`, payload, event.at),
        );
      }
    }
    return rows;
  }

  private notice(user: UserRecord, dedupeKey: string, payload: NoticePayload, at: number): NewOutboxRow {
    return {
      id: randomUUID(),
      dedupeKey,
      userId: user.id,
      toAddress: user.email,
      kind: 'notice',
      payload,
      createdAt: at,
      dueAt: at + this.opts.batchMs,
    };
  }

  private async usersById(ids: readonly string[]): Promise<Map<string, UserRecord>> {
    const users = await this.opts.users.findByIds([...new Set(ids.filter(Boolean))]);
    return new Map(users.map((u) => [u.id, u]));
  }
}

export function wants(prefs: MailPreferences, type: NoticeType, workspaceId: string): boolean {
  if (prefs.mutedWorkspaces.includes(workspaceId)) return false;
  if (type === NoticeType.mention) return prefs.mentions === 'immediate';
  if (type === NoticeType.reply) return prefs.replies === 'immediate';
  return prefs.signOffRequests;
}
