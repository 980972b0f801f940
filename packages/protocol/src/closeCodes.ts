/**
 * WebSocket close codes used on the sync endpoint `/yjs/<documentId>`.
 * 1000–1015 are the standard codes; 4000–4999 are Weft's own.
 */
export const CloseCode = {
  /** Normal close, e.g. the client went away on its own. */
  normal: 1000,
  /** The server is shutting down; reconnect to another node or later. */
  goingAway: 1001,
  /** A frame exceeded MAX_MESSAGE_BYTES. */
  messageTooBig: 1009,
  /** Unexpected server error while handling this connection. */
  internalError: 1011,
  /** The frame could not be decoded as a y-websocket message. */
  malformedMessage: 4400,
  /** The credentials used for this connection are no longer valid (e.g. token revoked). */
  unauthorized: 4401,
  /** The user lost access to this document (e.g. removed from the workspace). */
  forbidden: 4403,
  /** The client did not read its messages fast enough; its send buffer overflowed. */
  slowConsumer: 4408,
  /** A Yjs update could not be applied to the document. */
  invalidUpdate: 4422,
  /** Awareness over a limit: too many client ids, a state too large, or too many frames per second. */
  awarenessLimit: 4429,
  /** The document would grow past its size limit. */
  documentTooLarge: 4413,
  /** Storage failed; the document was unloaded so that no unsaved state is served. */
  storageFailure: 4500,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
