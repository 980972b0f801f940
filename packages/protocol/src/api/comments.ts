import { z } from 'zod';
import { checked, isoDateSchema, multilineSchema } from './common.ts';
import { documentTypeSchema } from './documents.ts';

/** Longest message body, in UTF-16 code units (about a page of text). */
export const COMMENT_BODY_MAX = 10_000;
/** Longest quote of the anchored text kept with a thread. */
export const COMMENT_QUOTE_MAX = 1_000;
/** Most users one message may mention. */
export const COMMENT_MENTIONS_MAX = 50;

const encodedPosition = z
  .string()
  .min(4)
  .max(2048)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 of Y.encodeRelativePosition');
const anchorId = z.string().min(1).max(128);

export const AnchorKind = { text: 'text', planItem: 'planItem', shape: 'shape' } as const;
export type AnchorKind = (typeof AnchorKind)[keyof typeof AnchorKind];

/**
 * What a thread is about: a range of a note (two encoded Yjs relative positions, see
 * `createTextAnchor` in @weft/model), an action-plan item, or a whiteboard shape. The server stores
 * it as given; clients resolve it against their copy of the document.
 */
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal(AnchorKind.text), start: encodedPosition, end: encodedPosition }),
  z.strictObject({ kind: z.literal(AnchorKind.planItem), itemId: anchorId }),
  z.strictObject({ kind: z.literal(AnchorKind.shape), shapeId: anchorId }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/** Which anchor kind each document type takes. */
export const ANCHOR_KIND_OF_DOCUMENT = {
  note: AnchorKind.text,
  actionPlan: AnchorKind.planItem,
  whiteboard: AnchorKind.shape,
} as const satisfies Record<z.infer<typeof documentTypeSchema>, AnchorKind>;

/**
 * Plain text (Markdown-light), any script. Mentions may be written inline as
 * `@[Display Name](userId)`; every mentioned user must be a member of the workspace.
 */
export const commentBodySchema = multilineSchema(COMMENT_BODY_MAX, 1);

const mentionsSchema = z.array(z.string().min(1).max(128)).max(COMMENT_MENTIONS_MAX);

/** A client-made id (e.g. a UUID) that makes a create safe to retry from an offline queue. */
export const commentClientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId must be 8–64 characters of [A-Za-z0-9_-]');

export const createThreadRequestSchema = z.strictObject({
  anchor: commentAnchorSchema,
  body: commentBodySchema,
  /** The anchored text (or item title) when the thread was made; shown if the anchor collapses. */
  quote: z.string().max(COMMENT_QUOTE_MAX).superRefine(checked(true)).optional(),
  mentions: mentionsSchema.optional(),
  clientId: commentClientIdSchema.optional(),
});
export type CreateThreadRequest = z.infer<typeof createThreadRequestSchema>;

export const replyRequestSchema = z.strictObject({
  body: commentBodySchema,
  mentions: mentionsSchema.optional(),
  clientId: commentClientIdSchema.optional(),
});
export type ReplyRequest = z.infer<typeof replyRequestSchema>;

export const editMessageRequestSchema = z.strictObject({
  body: commentBodySchema,
  mentions: mentionsSchema.optional(),
});
export type EditMessageRequest = z.infer<typeof editMessageRequestSchema>;

export const commentMessageSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  /** Empty when deleted. */
  body: z.string(),
  /** Users mentioned, inline markup and `mentions` together. */
  mentions: z.array(z.string()),
  createdAt: isoDateSchema,
  editedAt: isoDateSchema.nullable(),
  /** A deleted message stays as a tombstone while the thread has other messages. */
  deleted: z.boolean(),
});
export type CommentMessage = z.infer<typeof commentMessageSchema>;

export const commentThreadSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  documentId: z.string(),
  anchor: commentAnchorSchema,
  quote: z.string(),
  createdBy: z.string(),
  createdAt: isoDateSchema,
  /** Time of the latest message, edit, resolve or reopen. */
  updatedAt: isoDateSchema,
  resolved: z.boolean(),
  resolvedBy: z.string().nullable(),
  resolvedAt: isoDateSchema.nullable(),
  /** True when someone else wrote a message the caller has not read. */
  unread: z.boolean(),
  /** Oldest first. */
  messages: z.array(commentMessageSchema),
});
export type CommentThread = z.infer<typeof commentThreadSchema>;

export const threadResponseSchema = z.object({ thread: commentThreadSchema });
export type ThreadResponse = z.infer<typeof threadResponseSchema>;
export const listThreadsResponseSchema = z.object({ threads: z.array(commentThreadSchema) });
export type ListThreadsResponse = z.infer<typeof listThreadsResponseSchema>;
export const messageResponseSchema = z.object({ thread: commentThreadSchema, message: commentMessageSchema });
export type MessageResponse = z.infer<typeof messageResponseSchema>;

export const inboxCountsSchema = z.object({
  /** Open threads with messages from others the user has not read. */
  unreadThreads: z.number().int().nonnegative(),
  /** Mentions of the user in messages they have not read. */
  mentions: z.number().int().nonnegative(),
});
export type InboxCounts = z.infer<typeof inboxCountsSchema>;

const inboxPlaceSchema = z.object({
  workspaceId: z.string(),
  workspaceTitle: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  documentType: documentTypeSchema,
  threadId: z.string(),
});

export const inboxThreadSchema = inboxPlaceSchema.extend({
  quote: z.string(),
  unreadMessages: z.number().int().positive(),
  latestAuthorName: z.string(),
  /** The newest unread message, cut to 200 characters. */
  latestExcerpt: z.string(),
  latestAt: isoDateSchema,
});
export type InboxThread = z.infer<typeof inboxThreadSchema>;

export const inboxMentionSchema = inboxPlaceSchema.extend({
  messageId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  excerpt: z.string(),
  at: isoDateSchema,
});
export type InboxMention = z.infer<typeof inboxMentionSchema>;

/** Body of `GET /api/me/inbox`: newest first, at most 50 of each list. */
export const inboxResponseSchema = z.object({
  counts: inboxCountsSchema,
  threads: z.array(inboxThreadSchema),
  mentions: z.array(inboxMentionSchema),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;

/** What the "since your last visit" feed reports; services may add kinds as they learn to record them. */
export const ActivityType = {
  threadCreated: 'thread.created',
  commentReplied: 'comment.replied',
  threadResolved: 'thread.resolved',
  documentCreated: 'document.created',
  planChanged: 'plan.changed',
  planSignedOff: 'plan.signedOff',
} as const;
export type ActivityType = (typeof ActivityType)[keyof typeof ActivityType];
export const activityTypeSchema = z.enum(ActivityType);

export const activityEventSchema = z.object({
  id: z.string(),
  type: activityTypeSchema,
  workspaceId: z.string(),
  at: isoDateSchema,
  /** Null for changes no person made (imports, the system). */
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  threadId: z.string().nullable(),
  /** One line saying what happened: a comment excerpt, a document title, a plan item. */
  summary: z.string(),
});
export type ActivityEvent = z.infer<typeof activityEventSchema>;

/** Body of `GET /api/workspaces/:id/activity`: others' events after `since`, newest first. */
export const activityResponseSchema = z.object({
  since: isoDateSchema.nullable(),
  events: z.array(activityEventSchema),
  /** True when more events happened than `limit` allowed; older ones were left out. */
  truncated: z.boolean(),
});
export type ActivityResponse = z.infer<typeof activityResponseSchema>;

export const activityQuerySchema = z.object({
  since: isoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export type ActivityQuery = z.infer<typeof activityQuerySchema>;

/** Body of `POST /api/workspaces/:id/visit`. */
export const visitResponseSchema = z.object({
  visitedAt: isoDateSchema,
  /** The visit before this one: what the client shows "since your last visit" from; null the first time. */
  previousVisitAt: isoDateSchema.nullable(),
});
export type VisitResponse = z.infer<typeof visitResponseSchema>;
