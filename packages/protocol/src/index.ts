/** Bumped on any incompatible change of Weft's own wire formats (REST bodies, socket.io events). */
export const PROTOCOL_VERSION = 1;

export * from './api/index.ts';
export { CloseCode } from './closeCodes.ts';
export { DOCUMENT_ID_PATTERN, documentIdSchema, isDocumentId } from './documentId.ts';
export { type ErrorBody, ErrorCode, errorBodySchema } from './errors.ts';
export {
  CommentChange,
  type CommentsChanged,
  commentChangeSchema,
  commentsChangedSchema,
  NotificationEvent,
  type NotificationServerToClient,
  type SessionsChanged,
  type SignOffChanged,
  sessionsChangedSchema,
  signOffChangedSchema,
  type VotesChanged,
  votesChangedSchema,
} from './notifications.ts';
export {
  type FollowViewport,
  type FollowViewportRelay,
  followViewportRelaySchema,
  followViewportSchema,
  type PresenceAck,
  PresenceActivity,
  type PresenceClientToServer,
  PresenceEvent,
  type PresenceJoin,
  type PresenceLeave,
  type PresenceListResponse,
  type PresenceServerToClient,
  type PresenceState,
  type PresenceUpdate,
  type PresenceUser,
  presenceAckSchema,
  presenceActivitySchema,
  presenceErrorSchema,
  presenceHeartbeatSchema,
  presenceJoinSchema,
  presenceLeaveSchema,
  presenceListResponseSchema,
  presenceStateSchema,
  presenceUpdateSchema,
  presenceUserSchema,
  SOCKET_IO_PATH,
  type Viewport,
  viewportSchema,
} from './presence.ts';
export { REACTIONS, type Reaction } from './reactions.ts';
export {
  applyTimerAction,
  DEFAULT_TIMER_MINUTES,
  readyTimer,
  remainingAt,
  type SessionTimer,
  type TimedItem,
  type TimerAction,
  type TimerActionResult,
  TimerStatus,
  timerAt,
} from './sessionTimer.ts';
export { YjsMessageType } from './yjsMessages.ts';
