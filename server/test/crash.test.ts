import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloseCode } from '@weft/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { killSpawnedServers, spawnServer } from './helpers/spawnServer.ts';
import { connectClient, type SyncedClient, waitForSynced } from './helpers/yjsClients.ts';

const dirs: string[] = [];
const clients: SyncedClient[] = [];
afterEach(() => {
  killSpawnedServers();
  for (const c of clients.splice(0)) c.destroy();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-crash-'));
  dirs.push(dir);
  return dir;
}

function items(c: SyncedClient): string[] {
  return c.doc.getArray<string>('items').toArray();
}

describe('a server process that dies', () => {
  it('loses nothing a peer saw when killed with SIGKILL mid-stream', async () => {
    const dataDir = tempDir();
    const first = await spawnServer({ DATA_DIR: dataDir, COMPACT_THRESHOLD: '50' });
    const editor = await provisionEditor(first.url);
    const docId = await editor.newDocument();
    const params = { token: editor.token };
    const writer = connectClient(first.wsUrl, docId, { params });
    const reader = connectClient(first.wsUrl, docId, { params });
    clients.push(writer, reader);
    await Promise.all([waitForSynced(writer), waitForSynced(reader)]);

    let n = 0;
    const pump = setInterval(() => {
      for (let k = 0; k < 5; k++) writer.doc.getArray<string>('items').push([`item-${n++}`]);
    }, 2);
    await vi.waitFor(() => expect(items(reader).length).toBeGreaterThan(300), { timeout: 20_000 });
    first.child.kill('SIGKILL');
    clearInterval(pump);
    expect((await first.exited).signal).toBe('SIGKILL');
    // Frames the dead server had already written may still arrive; wait for the socket to close.
    await vi.waitFor(() => expect(reader.provider.wsconnected).toBe(false));
    const seen = items(reader);
    writer.destroy();
    reader.destroy();
    expect(seen.length).toBeGreaterThan(300);
    expect(n).toBeGreaterThanOrEqual(seen.length);

    const second = await spawnServer({ DATA_DIR: dataDir });
    try {
      const fresh = connectClient(second.wsUrl, docId, { params });
      clients.push(fresh);
      await waitForSynced(fresh);
      const stored = new Set(items(fresh));
      const lost = seen.filter((item) => !stored.has(item));
      expect(lost).toEqual([]);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('shuts down politely on SIGTERM: clients get 1001, the exit code is 0, content is kept', async () => {
    const dataDir = tempDir();
    const first = await spawnServer({ DATA_DIR: dataDir });
    const editor = await provisionEditor(first.url);
    const docId = await editor.newDocument();
    const params = { token: editor.token };
    const c = connectClient(first.wsUrl, docId, { params });
    clients.push(c);
    await waitForSynced(c);
    const closeCodes: number[] = [];
    c.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closeCodes.push(event.code);
    });
    c.doc.getText('t').insert(0, 'tạm biệt');
    await vi.waitFor(() => expect(c.provider.synced).toBe(true));
    // Give the update a moment to reach the server before the signal.
    await vi.waitFor(async () => {
      const probe = connectClient(first.wsUrl, docId, { params });
      try {
        await waitForSynced(probe);
        expect(probe.text()).toBe('tạm biệt');
      } finally {
        probe.destroy();
      }
    });
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    await vi.waitFor(() => expect(closeCodes).toContain(CloseCode.goingAway));
    c.destroy();

    const second = await spawnServer({ DATA_DIR: dataDir });
    try {
      const again = connectClient(second.wsUrl, docId, { params });
      clients.push(again);
      await waitForSynced(again);
      expect(again.text()).toBe('tạm biệt');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('refuses to start with a clear message when configuration is invalid', async () => {
    await expect(spawnServer({ DATA_DIR: tempDir(), PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });
});
