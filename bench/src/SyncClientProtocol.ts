/** What a bench client needs to know about one frame the server sent. */
export type ServerFrame =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' }
  | { kind: 'update' }
  | { kind: 'other' };

/**
 * One wire dialect of the Yjs sync protocol, so the load generator is shared by every server:
 * the standard y-websocket framing, or Hocuspocus's document-prefixed variant.
 */
export interface SyncClientProtocol {
  /** Request path (with leading slash) that opens `docId`. */
  path(docId: string): string;
  /** Frames to send as soon as the socket opens: the handshake, starting with sync step 1. */
  openingFrames(docId: string, stateVector: Uint8Array): Uint8Array[];
  syncStep2Frame(docId: string, update: Uint8Array): Uint8Array;
  updateFrame(docId: string, update: Uint8Array): Uint8Array;
  /** Throws on a frame that is not valid in this dialect. */
  readFrame(frame: Uint8Array): ServerFrame;
}
