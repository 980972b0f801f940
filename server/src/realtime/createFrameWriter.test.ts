import { once } from 'node:events';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@weft/protocol';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Connection } from '../collab/Connection.ts';
import type { SocketLike } from '../collab/SocketLike.ts';
import { binaryFrameHeader, createFrameWriter } from './createFrameWriter.ts';

// ws's own framing, to compare headers with (its Sender is not in @types/ws).
const { Sender } = createRequire(import.meta.url)('ws') as {
  Sender: {
    frame(
      data: Buffer,
      options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean },
    ): Buffer[];
  };
};

const servers: WebSocketServer[] = [];
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.terminate();
  for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

it('builds the same header as ws for every payload length class', () => {
  for (const length of [0, 1, 125, 126, 65_535, 65_536, 300_000]) {
    const [header] = Sender.frame(Buffer.alloc(length), {
      fin: true,
      opcode: 2,
      mask: false,
      readOnly: false,
    });
    expect(binaryFrameHeader(length).equals(header as Buffer), `length ${length}`).toBe(true);
  }
});

/** A server whose connections are wrapped by one frame writer, and `count` clients of it. */
async function connect(
  count: number,
  options: { deflate: boolean },
): Promise<{ sockets: SocketLike[]; received: Buffer[][]; clients: WebSocket[] }> {
  const writer = createFrameWriter();
  const wss = new WebSocketServer({
    port: 0,
    host: '127.0.0.1',
    perMessageDeflate: options.deflate ? { threshold: 0 } : false,
  });
  servers.push(wss);
  await once(wss, 'listening');
  const sockets: SocketLike[] = [];
  wss.on('connection', (ws, req) => {
    sockets.push(writer.socketFor(ws, req.socket as Duplex));
  });
  const received: Buffer[][] = [];
  const opened: WebSocket[] = [];
  for (let i = 0; i < count; i++) {
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, {
      perMessageDeflate: options.deflate,
    });
    clients.push(client);
    opened.push(client);
    const got: Buffer[] = [];
    received.push(got);
    client.on('message', (data: Buffer) => got.push(data));
    await once(client, 'open');
  }
  await expect.poll(() => sockets.length).toBe(count);
  return { sockets, received, clients: opened };
}

function bytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 256);
}

it('delivers one broadcast to every socket intact and in order, small and large, mixed with unicasts', async () => {
  const { sockets, received } = await connect(3, { deflate: false });
  const messages = [bytes(5, 1), bytes(200, 2), bytes(70_000, 3)];
  for (const message of messages) for (const socket of sockets) socket.send(message);
  const unicast = bytes(10, 9);
  sockets[1]?.send(unicast);
  sockets[1]?.send(messages[0] as Uint8Array);
  await expect.poll(() => received.map((r) => r.length)).toEqual([3, 5, 3]);
  for (const got of received) {
    got.slice(0, 3).forEach((data, i) => {
      expect(Buffer.from(messages[i] as Uint8Array).equals(data)).toBe(true);
    });
  }
  expect(Buffer.from(unicast).equals(received[1]?.[3] as Buffer)).toBe(true);
});

it('counts bytes waiting in the corked socket in bufferedAmount until the next tick writes them', async () => {
  const { sockets } = await connect(1, { deflate: false });
  const socket = sockets[0] as SocketLike;
  socket.send(bytes(1000, 4));
  expect(socket.bufferedAmount).toBeGreaterThanOrEqual(1002);
  await expect.poll(() => socket.bufferedAmount).toBe(0);
});

it('falls back to ws.send for a socket that negotiated permessage-deflate, still in order', async () => {
  const { sockets, received, clients: opened } = await connect(2, { deflate: true });
  expect(opened[0]?.extensions).toContain('permessage-deflate');
  const messages = [bytes(300, 5), bytes(20, 6), bytes(5000, 7)];
  for (const message of messages) for (const socket of sockets) socket.send(message);
  await expect.poll(() => received.map((r) => r.length)).toEqual([3, 3]);
  for (const got of received) {
    got.forEach((data, i) => {
      expect(Buffer.from(messages[i] as Uint8Array).equals(data)).toBe(true);
    });
  }
});

it('after close, a send goes to ws (which drops it) and the close frame is not overtaken', async () => {
  const { sockets, received, clients: opened } = await connect(1, { deflate: false });
  const socket = sockets[0] as SocketLike;
  socket.send(bytes(10, 8));
  socket.close(1001, 'bye');
  socket.send(bytes(10, 9));
  const [code] = (await once(opened[0] as WebSocket, 'close')) as [number];
  expect(code).toBe(1001);
  expect(received[0]).toHaveLength(1);
});

it('closes a reader that does not keep up as a slow consumer: written frames count against MAX_BUFFERED_BYTES', async () => {
  const { sockets, clients: opened } = await connect(1, { deflate: false });
  const conn = new Connection({
    socket: sockets[0] as SocketLike,
    canWrite: false,
    maxBufferedBytes: 1024 * 1024,
    logger: pino({ level: 'silent' }),
  });
  const closed = once(opened[0] as WebSocket, 'close');
  const chunk = bytes(256 * 1024, 10);
  let sent = 0;
  while (!conn.isClosed && sent < 100) {
    conn.send(chunk);
    sent++;
  }
  expect(conn.isClosed).toBe(true);
  // 1 MiB allowed: the fifth or sixth 256 kB frame finds the limit passed, long before 100.
  expect(sent).toBeLessThan(10);
  const [code] = (await closed) as [number];
  expect(code).toBe(CloseCode.slowConsumer);
});
