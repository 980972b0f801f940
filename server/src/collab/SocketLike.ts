import type { SharedFrame } from './SharedFrame.ts';

/** The little a room needs of a socket, so sync logic runs without any network in tests. */
export interface SocketLike {
  /** `compress`: send this frame with permessage-deflate, if the connection negotiated it. */
  send(data: Uint8Array, options: { compress: boolean }): void;
  /**
   * Optional fast path: sends `frame` uncompressed, reusing (or building and keeping) its framed
   * bytes. Returns false when it cannot send now, and the caller then uses `send`.
   */
  sendShared?(frame: SharedFrame): boolean;
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written to the network. */
  readonly bufferedAmount: number;
}
