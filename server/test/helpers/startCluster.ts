import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../src/storage/testing/createTestDatabase.ts';
import { type ServerProcess, spawnServer } from './spawnServer.ts';

export interface Cluster {
  /** A fresh PostgreSQL database shared by every node of this cluster. */
  db: TestDatabase;
  /** Unique per cluster, so parallel test runs on one Redis never hear each other. */
  redisPrefix: string;
  /** Starts one more node (a `server/src/main.ts` process) on the shared database and Redis. */
  spawnNode(env?: Record<string, string>): Promise<ServerProcess>;
  /** Kills every node still running and drops the database. */
  close(): Promise<void>;
}

/** Several Weft processes on one PostgreSQL database and the machine's Redis (TEST_REDIS_URL). */
export async function startCluster(common: Record<string, string> = {}): Promise<Cluster> {
  const db = await createTestDatabase();
  const redisPrefix = `weft-test-${randomBytes(4).toString('hex')}:`;
  // Nodes keep nothing on disk with DATABASE_URL set; DATA_DIR only has to be writable.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-cluster-'));
  const nodes: ServerProcess[] = [];
  return {
    db,
    redisPrefix,
    async spawnNode(env = {}) {
      // Generous: several tsx processes starting on a busy machine can take well over 30 s.
      const node = await spawnServer(
        {
          DATABASE_URL: db.url,
          REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
          REDIS_PREFIX: redisPrefix,
          DATA_DIR: dataDir,
          ...common,
          ...env,
        },
        { startTimeoutMs: 120_000 },
      );
      nodes.push(node);
      return node;
    },
    async close() {
      for (const node of nodes)
        if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGKILL');
      await Promise.all(nodes.map((n) => n.exited));
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
