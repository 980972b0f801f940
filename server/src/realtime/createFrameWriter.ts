import type { Duplex } from 'node:stream';
import { WebSocket } from 'ws';
import type { SocketLike } from '../collab/SocketLike.ts';

/** RFC 6455 header of one final, unmasked binary frame: server-to-client frames carry no mask. */
export function binaryFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([0x82, length]);
  if (length < 0x10000) {
    const header = Buffer.allocUnsafe(4);
    header[0] = 0x82;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = 0x82;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

export interface FrameWriter {
  /** The socket a Connection writes to: `ws`, with broadcasts written straight to `raw` when safe. */
  socketFor(ws: WebSocket, raw: Duplex): SocketLike;
}

/**
 * Writes one broadcast to many sockets without redoing per-socket work. A room sends the same
 * Uint8Array to each of its connections, so the frame header is built once per message and the
 * payload is never copied (the header plus a view of the message). Each TCP socket is corked
 * from its first write in a tick until the next tick, so a tick's frames leave in one write.
 *
 * Written straight to the TCP socket ws owns, bypassing ws's Sender, only while that is exactly
 * what the Sender would do: the socket is open and negotiated no extension (permessage-deflate
 * makes the Sender compress and queue; such sockets get ws.send). Without an extension the Sender
 * writes synchronously and never queues, so order with ws's own frames (pong, close) holds, and
 * ws.bufferedAmount still counts these bytes: it reads the TCP socket's own queue.
 */
export function createFrameWriter(): FrameWriter {
  let lastMessage: Uint8Array | undefined;
  let lastHeader: Buffer = Buffer.alloc(0);
  let lastPayload: Buffer = Buffer.alloc(0);
  const corked = new Set<Duplex>();

  const uncorkAll = (): void => {
    for (const raw of corked) raw.uncork();
    corked.clear();
  };

  function write(raw: Duplex, message: Uint8Array): void {
    // The header depends only on the length, and the payload is a view of the message itself.
    if (message !== lastMessage || lastPayload.byteLength !== message.byteLength) {
      lastMessage = message;
      lastPayload = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
      lastHeader = binaryFrameHeader(message.byteLength);
    }
    if (!corked.has(raw)) {
      if (corked.size === 0) process.nextTick(uncorkAll);
      raw.cork();
      corked.add(raw);
    }
    raw.write(lastHeader);
    raw.write(lastPayload);
  }

  return {
    socketFor(ws, raw) {
      return {
        send(data) {
          if (ws.readyState !== WebSocket.OPEN || ws.extensions !== '' || raw.destroyed) ws.send(data);
          else write(raw, data);
        },
        close(code, reason) {
          ws.close(code, reason);
        },
        get bufferedAmount() {
          return ws.bufferedAmount;
        },
      };
    },
  };
}
