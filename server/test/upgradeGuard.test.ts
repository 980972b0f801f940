import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killSpawnedServers, type ServerProcess, spawnServer } from './helpers/spawnServer.ts';

const dirs: string[] = [];
afterEach(() => {
  killSpawnedServers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Request targets that once threw inside the upgrade handler and left the socket hanging.
const MALFORMED_TARGETS = [
  '/yjs/%E0%A4%A',
  '/yjs/%',
  '/yjs/abc%ZZ',
  'http://[::1/yjs/x',
  '/socket.io/%',
  '/elsewhere/%ZZ',
];

function openDescriptors(pid: number): number {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

/** Sends one raw upgrade request and resolves with the status line, or 'hung' if no answer came. */
function rawUpgrade(port: number, target: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('hung');
    }, 5_000);
    socket.on('connect', () => {
      socket.write(
        `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      );
    });
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
    });
    socket.on('error', () => {});
    // The server must close its end; the client never does before the timer.
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer.split('\r\n')[0] || 'closed');
    });
  });
}

async function healthy(server: ServerProcess): Promise<boolean> {
  const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
  return res.ok;
}

describe('the upgrade path', () => {
  it('answers 5,000 malformed upgrades with 400 and leaks no descriptor', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-upgrade-'));
    dirs.push(dir);
    const server = await spawnServer({ DATA_DIR: dir });
    const pid = server.child.pid as number;
    expect(await healthy(server)).toBe(true);
    const before = openDescriptors(pid);

    const outcomes = new Map<string, number>();
    const total = 5_000;
    let sent = 0;
    const worker = async () => {
      while (sent < total) {
        const target = MALFORMED_TARGETS[sent % MALFORMED_TARGETS.length] as string;
        sent++;
        const line = await rawUpgrade(server.port, target);
        outcomes.set(line, (outcomes.get(line) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));

    expect(outcomes.get('hung') ?? 0).toBe(0);
    for (const line of outcomes.keys()) expect(line).toMatch(/^HTTP\/1\.1 (400|404) /);
    expect(await healthy(server)).toBe(true);
    // Sockets closing on the server's side may take a moment to be released.
    await expect.poll(() => openDescriptors(pid), { timeout: 10_000 }).toBeLessThanOrEqual(before + 2);
    // One log line per second at most, not a stack per request.
    const refusalLines = server
      .output()
      .split('\n')
      .filter((l) => l.includes('refused') || l.includes('upgrade failed'));
    expect(refusalLines.length).toBeLessThan(100);
    expect(server.output()).not.toContain('uncaught exception');
  }, 120_000);
});
