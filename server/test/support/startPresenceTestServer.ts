import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.ts';
import { createWeftServer, type WeftServer, type WeftServerOptions } from '../../src/createWeftServer.ts';

export interface RunningTestServer {
  readonly server: WeftServer;
  readonly url: string;
  close(): Promise<void>;
}

/** The real server on port 0 with its own data directory; `close()` removes both. */
export async function startPresenceTestServer(
  opts: { redisUrl?: string } & WeftServerOptions,
): Promise<RunningTestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-presence-'));
  const { redisUrl, ...overrides } = opts;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // No metrics listener unless a test asks for one (METRICS_PORT=0): parallel servers, one port.
    METRICS_PORT: 'off',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  const server = await createWeftServer(
    config,
    pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    overrides,
  );
  const { port } = await server.listen();
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
