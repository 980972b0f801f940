import { z } from 'zod';
import { DOCUMENT_ID_PATTERN } from './documentId.ts';

/** socket.io event names of presence and following; see docs/protocol.md. */
export const PresenceEvent = {
  /** client→server, acked: start being present in a workspace (membership is checked). */
  join: 'presence:join',
  /** client→server, acked: stop being present in a workspace. */
  leave: 'presence:leave',
  /** client→server, acked: change document, activity or viewport. */
  update: 'presence:update',
  /** client→server, acked: "still here"; refreshes lastSeen. */
  heartbeat: 'presence:heartbeat',
  /** server→client: the full presence of a workspace, pushed (coalesced) after every change. */
  state: 'presence:state',
  /** both ways: the sender's viewport, relayed to the workspace so followers can move with it. */
  followViewport: 'follow:viewport',
} as const;
export type PresenceEvent = (typeof PresenceEvent)[keyof typeof PresenceEvent];

/** The socket.io path; the server serves socket.io here next to `/yjs/`. */
export const SOCKET_IO_PATH = '/socket.io/';

// Workspace, document and session ids share the URL-safe id alphabet.
const idSchema = z.string().regex(DOCUMENT_ID_PATTERN, 'ids must match [A-Za-z0-9_-]{1,128}');

export const PresenceActivity = { active: 'active', idle: 'idle' } as const;
export type PresenceActivity = (typeof PresenceActivity)[keyof typeof PresenceActivity];
export const presenceActivitySchema = z.enum(['active', 'idle']);

const coordinate = z.number().finite().min(-1e9).max(1e9);

/**
 * Where someone looks: a whiteboard camera (x, y, zoom) or a scroll position in a text
 * document (y, plus `anchor`, an opaque editor position such as an encoded Yjs relative position).
 */
export const viewportSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  zoom: z.number().finite().positive().max(100),
  width: z.number().finite().nonnegative().max(1e6).optional(),
  height: z.number().finite().nonnegative().max(1e6).optional(),
  anchor: z.string().max(1024).optional(),
});
export type Viewport = z.infer<typeof viewportSchema>;

export const presenceJoinSchema = z.strictObject({
  workspaceId: idSchema,
  documentId: idSchema.nullable().optional(),
  sessionId: idSchema.nullable().optional(),
});
export type PresenceJoin = z.infer<typeof presenceJoinSchema>;

export const presenceLeaveSchema = z.strictObject({ workspaceId: idSchema });
export type PresenceLeave = z.infer<typeof presenceLeaveSchema>;

/** Omitted fields keep their value; `documentId: null` means "in the workspace, no document open". */
export const presenceUpdateSchema = z.strictObject({
  workspaceId: idSchema,
  documentId: idSchema.nullable().optional(),
  activity: presenceActivitySchema,
  viewport: viewportSchema.nullable().optional(),
});
export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;

/** The heartbeat carries nothing (undefined arrives as null over JSON), or the workspace it is for. */
export const presenceHeartbeatSchema = z.strictObject({ workspaceId: idSchema.optional() }).nullish();

export const followViewportSchema = z.strictObject({
  workspaceId: idSchema,
  documentId: idSchema,
  viewport: viewportSchema,
});
export type FollowViewport = z.infer<typeof followViewportSchema>;

/** What followers receive: the relayed viewport plus who it belongs to. */
export const followViewportRelaySchema = followViewportSchema.extend({
  userId: z.string(),
  name: z.string(),
});
export type FollowViewportRelay = z.infer<typeof followViewportRelaySchema>;

export const presenceUserSchema = z.object({
  userId: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  /** `#rrggbb`, stable per user so avatars and cursors match everywhere. */
  colour: z.string().regex(/^#[0-9a-f]{6}$/),
  documentId: z.string().nullable(),
  sessionId: z.string().nullable(),
  activity: presenceActivitySchema,
  viewport: viewportSchema.nullable(),
  /** ISO-8601 UTC time of this user's last join, update or heartbeat. */
  lastSeen: z.string(),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

export const presenceStateSchema = z.object({
  workspaceId: z.string(),
  users: z.array(presenceUserSchema),
});
export type PresenceState = z.infer<typeof presenceStateSchema>;

/** Body of `GET /api/workspaces/:id/presence`. */
export const presenceListResponseSchema = z.object({ users: z.array(presenceUserSchema) });
export type PresenceListResponse = z.infer<typeof presenceListResponseSchema>;

export const presenceErrorSchema = z.object({ code: z.string(), message: z.string() });

/** The ack of every acked client→server event. */
export const presenceAckSchema = z.union([
  z.object({ ok: z.literal(true), state: presenceStateSchema.optional() }),
  z.object({ ok: z.literal(false), error: presenceErrorSchema }),
]);
export type PresenceAck = z.infer<typeof presenceAckSchema>;

/** Typed socket.io maps: `Socket<PresenceServerToClient, PresenceClientToServer>` on the client. */
export interface PresenceClientToServer {
  'presence:join': (payload: PresenceJoin, ack: (res: PresenceAck) => void) => void;
  'presence:leave': (payload: PresenceLeave, ack: (res: PresenceAck) => void) => void;
  'presence:update': (payload: PresenceUpdate, ack: (res: PresenceAck) => void) => void;
  'presence:heartbeat': (
    payload: { workspaceId?: string } | undefined,
    ack: (res: PresenceAck) => void,
  ) => void;
  'follow:viewport': (payload: FollowViewport, ack: (res: PresenceAck) => void) => void;
}

export interface PresenceServerToClient {
  'presence:state': (state: PresenceState) => void;
  'follow:viewport': (relay: FollowViewportRelay) => void;
}
