import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import type { SocketLike } from '../collab/SocketLike.ts';

// Server-to-client frames are not masked, so a broadcast's frame is the same bytes for every
// reader: it is built once per payload (the room encodes each broadcast once) and written as is.
const frames = new WeakMap<Uint8Array, Buffer>();

/** A final, unmasked binary WebSocket frame (RFC 6455 §5.2) holding `payload`. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const cached = frames.get(payload);
  if (cached) return cached;
  const n = payload.byteLength;
  const headerBytes = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + n);
  frame[0] = 0x82; // FIN, opcode 2 (binary)
  if (n < 126) {
    frame[1] = n;
  } else if (n < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  frame.set(payload, headerBytes);
  frames.set(payload, frame);
  return frame;
}

/**
 * The socket a Connection writes to. When the client negotiated no extension (no
 * permessage-deflate), each message is written as one pre-built frame straight to the TCP socket,
 * the same Buffer for every reader of a broadcast; otherwise, and once the socket is closing,
 * ws's own `send` frames (and compresses) it. Both write synchronously to the same stream, so
 * frames keep their order with ws's own pings and close frames.
 */
export function frameSocket(ws: WebSocket): SocketLike {
  const raw = (ws as unknown as { _socket?: Socket })._socket;
  const direct = ws.extensions === '' && raw !== undefined ? raw : null;
  return {
    send(data) {
      if (direct && ws.readyState === WebSocket.OPEN && direct.writable) direct.write(binaryFrame(data));
      else ws.send(data);
    },
    close(code, reason) {
      ws.close(code, reason);
    },
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}
