import type { ActivityType } from '@weft/protocol';
import type { CommentStore } from './CommentStore.ts';

/** Something that happened in a workspace, for the "since your last visit" feed. Times are epoch ms. */
export interface ActivityRecord {
  id: string;
  workspaceId: string;
  type: ActivityType;
  at: number;
  actorId: string | null;
  documentId: string | null;
  threadId: string | null;
  /** The comment the event shows, so deleting the comment removes the event too. */
  messageId: string | null;
  summary: string;
}

/** An event with the names the feed shows, looked up when read so renames show. */
export interface ActivityView extends ActivityRecord {
  actorName: string | null;
  documentTitle: string | null;
}

export interface ActivityQueryOptions {
  /** Only events strictly after this time; null for all. */
  since: number | null;
  /** Leave out this user's own events. */
  excludeActor: string | null;
  limit: number;
}

/** The activity feed and each member's last visit. Every implementation runs `activityStoreContract.ts`. */
export interface ActivityStore {
  record(event: ActivityRecord): Promise<void>;
  /** Newest first; `truncated` when more than `limit` matched. */
  list(
    workspaceId: string,
    opts: ActivityQueryOptions,
  ): Promise<{ events: ActivityView[]; truncated: boolean }>;
  forgetMessage(messageId: string): Promise<void>;
  getVisit(userId: string, workspaceId: string): Promise<number | null>;
  /** Records a visit and returns the one before it. */
  recordVisit(userId: string, workspaceId: string, at: number): Promise<number | null>;
}

/** The comment-side stores one backend provides. */
export interface CommentStores {
  comments: CommentStore;
  activity: ActivityStore;
}
