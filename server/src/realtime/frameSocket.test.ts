import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { binaryFrame, frameSocket } from './frameSocket.ts';

const servers: WebSocketServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    for (const c of s.clients) c.terminate();
    await new Promise((r) => s.close(r));
  }
});

/** A ws server and a client connected to it; resolves with both ends. */
async function pair(deflate: boolean): Promise<{ server: WebSocket; client: WebSocket }> {
  const wss = new WebSocketServer({
    port: 0,
    host: '127.0.0.1',
    perMessageDeflate: deflate ? { threshold: 0 } : false,
  });
  servers.push(wss);
  await new Promise((r) => wss.once('listening', r));
  const server = new Promise<WebSocket>((r) => wss.once('connection', r));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, {
    perMessageDeflate: deflate,
  });
  await new Promise((r) => client.once('open', r));
  return { server: await server, client };
}

function received(client: WebSocket, count: number): Promise<Buffer[]> {
  const got: Buffer[] = [];
  return new Promise((resolve) =>
    client.on('message', (data: Buffer, isBinary: boolean) => {
      expect(isBinary).toBe(true);
      got.push(data);
      if (got.length === count) resolve(got);
    }),
  );
}

const payloads = [1, 125, 126, 65_535, 65_536, 300_000].map((n) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) % 256),
);

describe('frameSocket', () => {
  it('delivers every payload size intact as binary frames, in order, written directly', async () => {
    const { server, client } = await pair(false);
    const socket = frameSocket(server);
    const done = received(client, payloads.length);
    for (const p of payloads) socket.send(p);
    const got = await done;
    expect(got.map((b) => b.byteLength)).toEqual(payloads.map((p) => p.byteLength));
    expect(got.map((b, i) => b.equals(Buffer.from(payloads[i] as Uint8Array)))).toEqual(
      payloads.map(() => true),
    );
  });

  it('falls back to ws framing when the client negotiated permessage-deflate', async () => {
    const { server, client } = await pair(true);
    expect(server.extensions).toContain('permessage-deflate');
    const socket = frameSocket(server);
    const done = received(client, payloads.length);
    for (const p of payloads) socket.send(p);
    const got = await done;
    expect(got.map((b, i) => b.equals(Buffer.from(payloads[i] as Uint8Array)))).toEqual(
      payloads.map(() => true),
    );
  });

  it('builds one frame per payload and reuses it for every reader', () => {
    const p = payloads[2] as Uint8Array;
    const frame = binaryFrame(p);
    expect(binaryFrame(p)).toBe(frame);
    expect([...frame.subarray(0, 4)]).toEqual([0x82, 126, 0, 126]);
    expect(binaryFrame(Uint8Array.from(p))).not.toBe(frame);
  });

  it('closes through ws with the code and reason given', async () => {
    const { server, client } = await pair(false);
    const closed = new Promise<[number, string]>((r) =>
      client.once('close', (code, reason) => r([code, reason.toString()])),
    );
    frameSocket(server).close(4001, 'bye');
    expect(await closed).toEqual([4001, 'bye']);
  });
});
