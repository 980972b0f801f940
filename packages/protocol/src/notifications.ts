import { z } from 'zod';
import { type InboxCounts, inboxCountsSchema } from './api/comments.ts';
import type { FacilitationState, SessionReaction } from './api/facilitation.ts';

/** socket.io events of comments and the inbox, on the same connection as presence; see docs/protocol.md. */
export const NotificationEvent = {
  /** server→client: the user's inbox counts; sent on connect and after every change to them. */
  inboxCounts: 'inbox:counts',
  /** server→client: a thread changed; sent to sockets present (presence:join) in its workspace. */
  commentsChanged: 'comments:changed',
  /** server→client: a plan's sign-off changed; sent to sockets present in its workspace. */
  signOffChanged: 'signoff:changed',
  /** server→client: a session was planned, changed or deleted; sent to sockets present in its workspace. */
  sessionsChanged: 'sessions:changed',
  /** server→client: a live session's timer or raised hands changed (full state); see docs/facilitation.md. */
  facilitationChanged: 'facilitation:changed',
  /** server→client: someone reacted on a live session page; shown briefly, never stored. */
  sessionReaction: 'session:reaction',
  /** server→client: a dot vote of a document was opened, voted in, revealed, closed or deleted. */
  votesChanged: 'votes:changed',
} as const;
export type NotificationEvent = (typeof NotificationEvent)[keyof typeof NotificationEvent];

export const CommentChange = {
  created: 'created',
  replied: 'replied',
  edited: 'edited',
  deleted: 'deleted',
  resolved: 'resolved',
  reopened: 'reopened',
} as const;
export type CommentChange = (typeof CommentChange)[keyof typeof CommentChange];
export const commentChangeSchema = z.enum(CommentChange);

export { type InboxCounts, inboxCountsSchema };

/** Refetch the document's threads (`GET /api/documents/:id/threads`) when it is open. */
export const commentsChangedSchema = z.object({
  workspaceId: z.string(),
  documentId: z.string(),
  threadId: z.string(),
  change: commentChangeSchema,
});
export type CommentsChanged = z.infer<typeof commentsChangedSchema>;

/** Refetch the plan's sign-off (`GET /api/documents/:id/signoff`) when it is open. */
export const signOffChangedSchema = z.object({
  workspaceId: z.string(),
  documentId: z.string(),
  status: z.enum(['draft', 'proposed', 'agreed']),
});
export type SignOffChanged = z.infer<typeof signOffChangedSchema>;

/** Refetch the workspace's sessions (`GET /api/workspaces/:id/sessions`). */
export const sessionsChangedSchema = z.object({
  workspaceId: z.string(),
  sessionId: z.string(),
  change: z.enum(['created', 'updated', 'deleted']),
});
export type SessionsChanged = z.infer<typeof sessionsChangedSchema>;

/** Refetch the vote (`GET /api/votes/:id`, 404 once deleted): results are personal before reveal. */
export const votesChangedSchema = z.object({
  workspaceId: z.string(),
  documentId: z.string(),
  voteId: z.string(),
});
export type VotesChanged = z.infer<typeof votesChangedSchema>;

/** Typed socket.io map for the client: `Socket<PresenceServerToClient & NotificationServerToClient, …>`. */
export interface NotificationServerToClient {
  'inbox:counts': (counts: InboxCounts) => void;
  'comments:changed': (change: CommentsChanged) => void;
  'signoff:changed': (change: SignOffChanged) => void;
  'sessions:changed': (change: SessionsChanged) => void;
  'facilitation:changed': (state: FacilitationState) => void;
  'session:reaction': (reaction: SessionReaction) => void;
  'votes:changed': (change: VotesChanged) => void;
}
