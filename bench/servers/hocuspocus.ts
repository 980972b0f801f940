// Hocuspocus 4.7 with its SQLite extension, in the configuration its docs show: default debounce.
import path from 'node:path';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';
import { readLauncherEnv } from './readLauncherEnv.ts';

const env = readLauncherEnv();
const server = new Server({
  port: env.port,
  address: env.host,
  quiet: true,
  // Bench readers only listen; a real provider's awareness pings would keep them alive instead.
  timeout: 10 * 60_000,
  extensions: [new SQLite({ database: path.join(env.dataDir, 'hocuspocus.db') })],
});
await server.listen();
