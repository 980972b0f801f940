import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { connectProvider, whenSynced } from './helpers/syncClients.ts';

let t: TestServer;

beforeAll(async () => {
  t = await createTestServer({ SYNC_PING_MS: '200' });
});

afterAll(async () => {
  await t?.close();
});

/** Opens a sync WebSocket by hand and then goes silent: it never answers a ping, like a dead peer. */
function silentSocket(port: number, path: string): Promise<{ socket: net.Socket; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => {});
    socket.once('connect', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      ),
    );
    socket.once('data', (d: Buffer) => {
      const status = d.toString('latin1').split('\r\n')[0] ?? '';
      if (status.includes(' 101 ')) resolve({ socket, closed });
      else reject(new Error(status));
    });
  });
}

describe('sync keepalive', () => {
  it('drops a socket that stops answering pings and lets its room unload; live clients stay', async () => {
    const editor = await provisionEditor(t.url);
    const docId = await editor.newDocument();
    const live = connectProvider(t.wsUrl, docId, new Y.Doc(), { token: editor.token });
    await whenSynced(live.provider);
    try {
      const silent = await silentSocket(t.port, `/yjs/${docId}?token=${editor.token}`);
      await expect.poll(() => t.server.registry.getLoaded(docId)?.connections.size).toBe(2);
      await silent.closed;
      await expect.poll(() => t.server.registry.getLoaded(docId)?.connections.size).toBe(1);
      // The stock client answers pings (ws does so by itself) and keeps its connection.
      expect(live.closes).toEqual([]);
      expect(live.provider.wsconnected).toBe(true);
    } finally {
      live.destroy();
    }
    await expect.poll(() => t.server.registry.getLoaded(docId)).toBeUndefined();
  });
});
