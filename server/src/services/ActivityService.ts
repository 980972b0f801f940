import { randomUUID } from 'node:crypto';
import type { ActivityEvent, ActivityResponse, ActivityType, VisitResponse } from '@weft/protocol';
import type { ActivityRecord, ActivityStore, ActivityView } from '../storage/ActivityStore.ts';
import { excerpt } from './parseMentions.ts';
import type { WorkspaceService } from './WorkspaceService.ts';

export interface ActivityServiceOptions {
  store: ActivityStore;
  workspaceService: WorkspaceService;
  now: () => number;
}

/** What a service reports; `summary` is one line (a comment excerpt, a title, an item). */
export interface ActivityInput {
  workspaceId: string;
  type: ActivityType;
  /** Null for changes no person made. */
  actorId: string | null;
  documentId?: string | null;
  threadId?: string | null;
  messageId?: string | null;
  summary: string;
}

/** The part of ActivityService other services call; takes no access decisions. */
export interface ActivityRecorder {
  record(input: ActivityInput): Promise<void>;
  /** The record `record` would store, for writing it in the same transaction as its cause. */
  event(input: ActivityInput): ActivityRecord;
}

const DEFAULT_LIMIT = 100;

/** The "since your last visit" feed of a workspace and each member's last visit. */
export class ActivityService implements ActivityRecorder {
  constructor(private readonly opts: ActivityServiceOptions) {}

  /** Records an event at the current time; the caller has already checked the actor's rights. */
  async record(input: ActivityInput): Promise<void> {
    await this.opts.store.record(this.event(input));
  }

  event(input: ActivityInput): ActivityRecord {
    return {
      id: randomUUID(),
      workspaceId: input.workspaceId,
      type: input.type,
      at: this.opts.now(),
      actorId: input.actorId,
      documentId: input.documentId ?? null,
      threadId: input.threadId ?? null,
      messageId: input.messageId ?? null,
      summary: excerpt(input.summary),
    };
  }

  /** Others' events after `since` (default: the caller's last recorded visit), newest first. */
  async feed(
    userId: string,
    workspaceId: string,
    query: { since?: string; limit?: number } = {},
  ): Promise<ActivityResponse> {
    await this.opts.workspaceService.requireRole(userId, workspaceId);
    const since =
      query.since !== undefined
        ? Date.parse(query.since)
        : await this.opts.store.getVisit(userId, workspaceId);
    const { events, truncated } = await this.opts.store.list(workspaceId, {
      since,
      excludeActor: userId,
      limit: query.limit ?? DEFAULT_LIMIT,
    });
    return { since: since === null ? null : iso(since), events: events.map(eventView), truncated };
  }

  /** Records that the caller is looking at the workspace now. */
  async visit(userId: string, workspaceId: string): Promise<VisitResponse> {
    await this.opts.workspaceService.requireRole(userId, workspaceId);
    const now = this.opts.now();
    const previous = await this.opts.store.recordVisit(userId, workspaceId, now);
    return { visitedAt: iso(now), previousVisitAt: previous === null ? null : iso(previous) };
  }

  /** Drops the events that show a message, once the message is deleted. */
  forgetMessage(messageId: string): Promise<void> {
    return this.opts.store.forgetMessage(messageId);
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

function eventView(e: ActivityView): ActivityEvent {
  return {
    id: e.id,
    type: e.type,
    workspaceId: e.workspaceId,
    at: iso(e.at),
    actorId: e.actorId,
    actorName: e.actorName,
    documentId: e.documentId,
    documentTitle: e.documentTitle,
    threadId: e.threadId,
    summary: e.summary,
  };
}
