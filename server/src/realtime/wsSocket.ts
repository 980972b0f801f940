import type { WebSocket } from 'ws';
import * as wsModule from 'ws';
import type { SharedFrame } from '../collab/SharedFrame.ts';
import type { SocketLike } from '../collab/SocketLike.ts';

interface FrameOptions {
  fin: boolean;
  opcode: number;
  mask: boolean;
  readOnly: boolean;
  rsv1: boolean;
}

// ws exports its framer (`Sender.frame`, marked public in its source) but @types/ws leaves it out.
const { Sender } = wsModule as unknown as {
  Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] };
};
const BINARY_FINAL: FrameOptions = Object.freeze({
  fin: true,
  opcode: 0x2,
  mask: false,
  readOnly: false,
  rsv1: false,
});

/** The parts of a ws WebSocket the fast path reads; private to ws, so checked before use. */
interface WsInternals {
  _sender?: { _state?: unknown; _queue?: unknown };
  _socket?: { write(data: Buffer): boolean } | null;
}
/** ws's Sender state when no permessage-deflate message is in progress. */
const SENDER_IDLE = 0;

/** `payload` as one final, unmasked, uncompressed binary WebSocket frame (RFC 6455 §5.2). */
export function binaryFrame(payload: Buffer): Buffer {
  return Buffer.concat(Sender.frame(payload, BINARY_FINAL));
}

/** True when this ws version still has the internals `sendShared` relies on. */
export function supportsSharedFrames(ws: WebSocket): boolean {
  const internals = ws as unknown as WsInternals;
  return (
    typeof Sender?.frame === 'function' &&
    typeof internals._sender?._state === 'number' &&
    Array.isArray(internals._sender._queue) &&
    typeof internals._socket?.write === 'function'
  );
}

/**
 * A ws WebSocket as the room's SocketLike. A class, not an object literal: a literal's getter
 * closures give every socket its own hidden class, and the broadcast loop's property loads then
 * go megamorphic.
 */
class WsSocket implements SocketLike {
  constructor(protected readonly ws: WebSocket) {}

  send(data: Uint8Array, options: { compress: boolean }): void {
    this.ws.send(data, options);
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
  }

  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }
}

/**
 * A broadcast is framed once and the same bytes are written to every socket: one write instead
 * of ws's header + payload writev, and no per-socket frame building. That is safe only while ws
 * has nothing queued (a permessage-deflate message compresses asynchronously and later frames
 * wait behind it), so otherwise ws sends it.
 */
class SharedFrameWsSocket extends WsSocket {
  // supportsSharedFrames has checked these before this class is chosen.
  private readonly internals = this.ws as unknown as {
    _sender: { _state: number; _queue: unknown[] };
    _socket: { write(data: Buffer): boolean };
  };

  sendShared(frame: SharedFrame): boolean {
    if (this.ws.readyState !== 1 /* OPEN */) return false;
    const sender = this.internals._sender;
    if (sender._state !== SENDER_IDLE || sender._queue.length > 0) return false;
    frame.wire ??= binaryFrame(frame.payload);
    this.internals._socket.write(frame.wire);
    return true;
  }
}

/** The room's view of `ws`, with the shared-frame fast path when this ws version allows it. */
export function wsSocket(ws: WebSocket): SocketLike {
  return supportsSharedFrames(ws) ? new SharedFrameWsSocket(ws) : new WsSocket(ws);
}
