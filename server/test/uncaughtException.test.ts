import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureServerBuild } from '../scripts/buildIfStale.ts';
import { killSpawnedServers, spawnServer } from './helpers/spawnServer.ts';

const dirs: string[] = [];
afterEach(() => {
  killSpawnedServers();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Preloaded into the server process: SIGUSR2 makes it throw from a callback nobody catches.
const THROW_ON_SIGNAL = `data:text/javascript,${encodeURIComponent(
  'process.on("SIGUSR2",()=>setImmediate(()=>{throw new Error("planted failure")}))',
)}`;

describe('an uncaught exception', () => {
  // From source, and as `pnpm start` runs it (the bundle).
  it.each([
    ['the TypeScript source', undefined],
    ['the bundle', ['bundle/main.js']],
  ])(
    'in %s is logged, the server closes its listeners and the process exits non-zero',
    async (_, nodeArgs) => {
      if (nodeArgs) ensureServerBuild();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-uncaught-'));
      dirs.push(dir);
      const server = await spawnServer(
        { DATA_DIR: dir, NODE_OPTIONS: `--import=${THROW_ON_SIGNAL}` },
        nodeArgs ? { nodeArgs } : {},
      );
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      server.child.kill('SIGUSR2');
      const exit = await server.exited;
      expect(exit.code).toBe(1);
      expect(server.output()).toContain('planted failure');
      expect(server.output()).toContain('uncaught exception; exiting');
      expect(server.output()).toContain('weft stopped');
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    },
    // Room for a build of the bundle when it is stale.
    120_000,
  );
});
