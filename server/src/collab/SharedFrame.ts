/**
 * One broadcast message, shared by every socket it goes to. A server's WebSocket frames are not
 * masked, so the framed bytes are the same for all of them: the transport builds them for the
 * first socket and keeps them here for the rest (see `SocketLike.sendShared`).
 */
export class SharedFrame {
  readonly payload: Buffer;
  /** The transport's framing of `payload`; null until a socket has built it. */
  wire: Buffer | null = null;

  constructor(bytes: Uint8Array) {
    // ws wraps a plain Uint8Array in a new Buffer on every send; wrapped once here instead.
    this.payload = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}
