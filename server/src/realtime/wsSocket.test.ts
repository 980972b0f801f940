import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { SharedFrame } from '../collab/SharedFrame.ts';
import { binaryFrame, supportsSharedFrames, wsSocket } from './wsSocket.ts';

const open: { close(): void }[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A real ws server and a stock ws client; resolves with the server side and what the client receives. */
async function pair(perMessageDeflate: boolean) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate });
  open.push(wss);
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  const accepted = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate });
  open.push({ close: () => client.terminate() });
  const received: Buffer[] = [];
  client.on('message', (data: Buffer) => received.push(data));
  await new Promise((resolve) => client.once('open', resolve));
  const server = await accepted;
  const arrived = async (n: number) => {
    await expect.poll(() => received.length, { timeout: 2000 }).toBe(n);
    return received;
  };
  return { server, client, arrived };
}

describe('wsSocket', () => {
  it('frames a payload as one final unmasked binary frame, with 16- and 64-bit lengths', () => {
    expect([...binaryFrame(Buffer.from([1, 2, 3]))]).toEqual([0x82, 3, 1, 2, 3]);
    const medium = binaryFrame(Buffer.alloc(300, 9));
    expect([...medium.subarray(0, 4)]).toEqual([0x82, 126, 1, 44]);
    expect(medium.byteLength).toBe(304);
    const large = binaryFrame(Buffer.alloc(70_000, 1));
    expect(large[1]).toBe(127);
    expect(large.readBigUInt64BE(2)).toBe(70_000n);
  });

  it('uses the shared-frame path with the ws version the server ships', async () => {
    const { server } = await pair(false);
    expect(supportsSharedFrames(server)).toBe(true);
    expect(wsSocket(server).sendShared).toBeTypeOf('function');
  });

  for (const deflate of [false, true]) {
    it(`delivers shared frames to a stock client intact and in order (permessage-deflate ${deflate ? 'on' : 'off'})`, async () => {
      const a = await pair(deflate);
      const b = await pair(deflate);
      const sa = wsSocket(a.server);
      const sb = wsSocket(b.server);
      const frames = [Buffer.from('Xin chào, Gent'), Buffer.alloc(300, 7), Buffer.from('नमस्ते')].map(
        (p) => new SharedFrame(p),
      );
      for (const frame of frames) {
        expect(sa.sendShared?.(frame)).toBe(true);
        expect(sb.sendShared?.(frame)).toBe(true);
      }
      // Framed once, then reused for the second socket.
      expect(frames[0]?.wire).toEqual(binaryFrame(frames[0]?.payload as Buffer));
      const expected = frames.map((f) => f.payload);
      expect(await a.arrived(3)).toEqual(expected);
      expect(await b.arrived(3)).toEqual(expected);
    });
  }

  it('steps aside while a compressed message is still being deflated, so order is kept', async () => {
    const { server, arrived } = await pair(true);
    const socket = wsSocket(server);
    const big = Buffer.from('Bền vững dệt may — '.repeat(4000));
    socket.send(big, { compress: true });
    // zlib works asynchronously: the compressed message is not written yet.
    expect(socket.sendShared?.(new SharedFrame(Buffer.from('after')))).toBe(false);
    socket.send(Buffer.from('after'), { compress: false });
    expect((await arrived(2)).map((b) => b.byteLength)).toEqual([big.byteLength, 5]);
  });

  it('does not write after the socket started closing', async () => {
    const { server } = await pair(false);
    const socket = wsSocket(server);
    socket.close(1000, 'bye');
    expect(socket.sendShared?.(new SharedFrame(Buffer.from('late')))).toBe(false);
  });
});
