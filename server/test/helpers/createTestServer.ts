import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/createLogger.ts';
import { createWeftServer, type WeftServer } from '../../src/createWeftServer.ts';

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Set when the test asked for a metrics listener (METRICS_PORT=0). */
  metricsPort: number | undefined;
  /** `ws://127.0.0.1:<port>/yjs`, the WebsocketProvider server URL. */
  wsUrl: string;
  server: WeftServer;
  dataDir: string;
  clock: TestClock;
  close(): Promise<void>;
}

/** A real Weft server on a free port with its own temporary DATA_DIR; `close()` removes both. */
export async function createTestServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; keepData?: boolean } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'weft-test-'));
  // Port 0 picks a free port so test files run in parallel; cheap scrypt keeps sign-ups fast.
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SCRYPT_COST: '10',
    DOC_IDLE_MS: '100',
    // No metrics listener unless a test asks for one (METRICS_PORT=0): parallel servers, one port.
    METRICS_PORT: 'off',
    ...env,
  });
  let offset = 0;
  const clock: TestClock = {
    now: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
  const server = await createWeftServer(config, createLogger(config.logLevel), { now: clock.now });
  const { port, metricsPort } = await server.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    metricsPort,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    server,
    dataDir,
    clock,
    async close() {
      await server.close();
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
