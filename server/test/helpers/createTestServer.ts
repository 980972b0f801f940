import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.ts';
import { createWeftServer, type WeftServer } from '../../src/createWeftServer.ts';

export interface TestServer {
  server: WeftServer;
  port: number;
  dataDir: string;
  httpUrl: string;
  wsUrl: string;
  close(): Promise<void>;
}

/** A real server on a free port (port 0) with a temp DATA_DIR, so test files run in parallel. */
export async function createTestServer(
  env: Record<string, string> = {},
  options: { dataDir?: string; keepData?: boolean } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'weft-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
  const server = createWeftServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const { port } = await server.listen();
  return {
    server,
    port,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    async close() {
      await server.close();
      if (!options.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
