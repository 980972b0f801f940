import type { ClientRequestArgs } from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { connectProvider, whenSynced } from './helpers/syncClients.ts';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

// Like a browser: offers permessage-deflate, and counts what crossed its TCP socket.
async function firstSyncBytes(server: TestServer, documentId: string, token: string) {
  let socket: net.Socket | undefined;
  const ws = new WebSocket(`${server.wsUrl}/${documentId}?token=${token}`, {
    perMessageDeflate: true,
    createConnection: (options: ClientRequestArgs) => {
      socket = net.connect(options as net.NetConnectOpts);
      return socket;
    },
  });
  let received = 0;
  ws.on('message', (data: Buffer) => {
    received += data.byteLength;
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  // The server opens with sync step 1, then answers ours with the whole document (step 2).
  const ask = new Y.Doc();
  const step1 = Buffer.concat([Buffer.from([0, 0]), lengthPrefixed(Y.encodeStateVector(ask))]);
  ws.send(step1);
  await vi.waitFor(() => expect(received).toBeGreaterThan(200_000), { timeout: 20_000 });
  const extensions = ws.extensions;
  const wire = socket?.bytesRead ?? 0;
  ws.close();
  return { extensions, wire, decoded: received };
}

function lengthPrefixed(bytes: Uint8Array): Buffer {
  const prefix: number[] = [];
  let n = bytes.byteLength;
  while (n > 0x7f) {
    prefix.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  prefix.push(n);
  return Buffer.concat([Buffer.from(prefix), Buffer.from(bytes)]);
}

async function serverWithDocument(env: Record<string, string>) {
  const server = await createTestServer(env);
  const editor = await provisionEditor(server.url);
  const documentId = await editor.newDocument();
  const doc = new Y.Doc();
  const writer = connectProvider(server.wsUrl, documentId, doc, { token: editor.token });
  await whenSynced(writer.provider);
  doc.getText('record').insert(0, 'Gent and Huế agree on a textile recycling pilot. '.repeat(6000));
  // Another client that sees it all proves the server stored it.
  const check = new Y.Doc();
  const reader = connectProvider(server.wsUrl, documentId, check, { token: editor.token });
  await vi.waitFor(() => expect(check.getText('record').length).toBe(doc.getText('record').length), {
    timeout: 20_000,
  });
  writer.destroy();
  reader.destroy();
  return { server, documentId, token: editor.token };
}

describe('SYNC_DEFLATE', () => {
  it('sends large sync frames compressed to a client that offers permessage-deflate', async () => {
    // The defaults; the document's first sync is one frame of about 300 kB.
    const { server, documentId, token } = await serverWithDocument({});
    t = server;
    const sync = await firstSyncBytes(server, documentId, token);
    expect(sync.extensions).toMatch(/^permessage-deflate/);
    expect(sync.wire).toBeLessThan(sync.decoded / 5);
  });

  it('in a room above SYNC_DEFLATE_ROOM_MAX, from SYNC_DEFLATE_THRESHOLD bytes', async () => {
    const { server, documentId, token } = await serverWithDocument({
      SYNC_DEFLATE_ROOM_MAX: '0',
      SYNC_DEFLATE_THRESHOLD: '65536',
    });
    t = server;
    const sync = await firstSyncBytes(server, documentId, token);
    expect(sync.wire).toBeLessThan(sync.decoded / 5);
  });

  it('with SYNC_DEFLATE=off, frames go as they are', async () => {
    const { server, documentId, token } = await serverWithDocument({ SYNC_DEFLATE: 'off' });
    t = server;
    const sync = await firstSyncBytes(server, documentId, token);
    expect(sync.extensions).toBe('');
    expect(sync.wire).toBeGreaterThanOrEqual(sync.decoded);
  });
});
