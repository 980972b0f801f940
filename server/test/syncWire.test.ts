import type { ClientRequestArgs } from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type AwarenessLog, recordAwareness } from './helpers/awarenessFrames.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { type Editor, provisionEditor } from './helpers/provisionEditor.ts';
import { connectProvider, type SyncClient, whenSynced } from './helpers/syncClients.ts';

// What a session of stock y-websocket clients (on `ws`, which offers permessage-deflate like a
// browser) gets from Weft: deflate with the window kept between frames, and no own state echoed.

let t: TestServer | undefined;
const clients: SyncClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await t?.close();
  t = undefined;
});

async function start(env: Record<string, string> = {}): Promise<{ editor: Editor; documentId: string }> {
  t = await createTestServer(env);
  const editor = await provisionEditor(t.url);
  return { editor, documentId: await editor.newDocument() };
}

async function join(documentId: string, token: string): Promise<SyncClient> {
  const client = connectProvider((t as TestServer).wsUrl, documentId, new Y.Doc(), { token });
  clients.push(client);
  await whenSynced(client.provider);
  return client;
}

const idOf = (c: SyncClient) => c.provider.doc.clientID;

async function allSee(observers: SyncClient[], subjects: SyncClient[], field: string, value: unknown) {
  await vi.waitFor(
    () => {
      for (const o of observers)
        for (const s of subjects) {
          const state = o.provider.awareness.getStates().get(idOf(s)) as Record<string, unknown> | undefined;
          expect(state?.[field]).toEqual(value);
        }
    },
    { timeout: 10_000 },
  );
}

/** A raw client that counts the bytes its TCP socket read, beside the decoded frame bytes. */
async function countingReader(url: string, perMessageDeflate: boolean | Record<string, unknown> = true) {
  let socket: net.Socket | undefined;
  const ws = new WebSocket(url, {
    perMessageDeflate,
    createConnection: (options: ClientRequestArgs) => {
      socket = net.connect(options as net.NetConnectOpts);
      return socket;
    },
  });
  const counts = { decoded: 0, frames: 0 };
  let negotiated = '';
  ws.on('upgrade', (res) => {
    negotiated = String(res.headers['sec-websocket-extensions'] ?? '');
  });
  ws.on('message', (data: Buffer) => {
    counts.decoded += data.byteLength;
    counts.frames++;
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return {
    ws,
    counts,
    /** The server's Sec-WebSocket-Extensions answer. */
    negotiated,
    wire: () => socket?.bytesRead ?? 0,
  };
}

describe('sync wire with stock clients', () => {
  it('negotiates permessage-deflate with context takeover and an 8 KiB server window', async () => {
    const { editor, documentId } = await start();
    const a = await join(documentId, editor.token);
    expect((a.provider.ws as unknown as WebSocket).extensions).toBe('permessage-deflate');
    const raw = await countingReader(`${(t as TestServer).wsUrl}/${documentId}?token=${editor.token}`);
    expect(raw.negotiated).toMatch(/^permessage-deflate/);
    expect(raw.negotiated).toContain('server_max_window_bits=13');
    expect(raw.negotiated).not.toContain('no_context_takeover');
    raw.ws.close();
  });

  it('never sends a client its own awareness state back; others get it once', async () => {
    const { editor, documentId } = await start();
    const [a, b, c] = [
      await join(documentId, editor.token),
      await join(documentId, editor.token),
      await join(documentId, editor.token),
    ];
    const logs = new Map<SyncClient, AwarenessLog>([a, b, c].map((x) => [x, recordAwareness(x.provider)]));
    for (let round = 1; round <= 5; round++) {
      for (const x of [a, b, c]) x.provider.awareness.setLocalStateField('cursor', round);
      await allSee([a, b, c], [a, b, c], 'cursor', round);
    }
    for (const x of [a, b, c]) {
      const log = logs.get(x) as AwarenessLog;
      const others = [a, b, c].filter((o) => o !== x).map(idOf);
      expect(log.entries.filter((e) => e.clientId === idOf(x))).toEqual([]);
      expect(log.entries.filter((e) => others.includes(e.clientId)).length).toBeGreaterThanOrEqual(10);
      // Each of the others' states arrived once per change, not again as an echo.
      for (const other of others) {
        const clocks = log.entries.filter((e) => e.clientId === other).map((e) => e.clock);
        expect(new Set(clocks).size).toBe(clocks.length);
      }
    }
  });

  it('a session’s small frames cost a fraction of their size on the wire', async () => {
    const { editor, documentId } = await start();
    const mover = await join(documentId, editor.token);
    const typist = await join(documentId, editor.token);
    const reader = await countingReader(`${(t as TestServer).wsUrl}/${documentId}?token=${editor.token}`);
    expect(reader.ws.extensions).toMatch(/^permessage-deflate/);
    const [startWire, startDecoded] = [reader.wire(), reader.counts.decoded];
    const text = typist.provider.doc.getText('t');
    for (let i = 0; i < 40; i++) {
      mover.provider.awareness.setLocalStateField('cursor', {
        anchor: { type: null, tname: 'default', item: { client: idOf(typist), clock: i }, assoc: 0 },
        head: { type: null, tname: 'default', item: { client: idOf(typist), clock: i }, assoc: 0 },
      });
      text.insert(text.length, 'Huế ');
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await vi.waitFor(() => expect(reader.counts.frames).toBeGreaterThan(40), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const wire = reader.wire() - startWire;
    const decoded = reader.counts.decoded - startDecoded;
    // Every frame here is far under 1 kB; only a kept window makes them shrink.
    expect(decoded / reader.counts.frames).toBeLessThan(1024);
    expect(wire).toBeLessThan(decoded / 2);
    reader.ws.close();
  });

  it('a client that allows the server only a small window connects uncompressed', async () => {
    const { editor, documentId } = await start();
    const reader = await countingReader(`${(t as TestServer).wsUrl}/${documentId}?token=${editor.token}`, {
      serverMaxWindowBits: 10,
    });
    await vi.waitFor(() => expect(reader.counts.frames).toBeGreaterThan(0));
    expect(reader.ws.extensions).toBe('');
    reader.ws.close();
  });

  it('with SYNC_DEFLATE=off nothing is negotiated', async () => {
    const { editor, documentId } = await start({ SYNC_DEFLATE: 'off' });
    const a = await join(documentId, editor.token);
    expect((a.provider.ws as unknown as WebSocket).extensions).toBe('');
  });
});
