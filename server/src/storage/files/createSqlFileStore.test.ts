import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { DialectName } from '../db/Database.ts';
import { type FileStoreHarness, runFileStoreContract } from '../fileStoreContract.ts';
import { createSqlAccountStores } from '../sql/createSqlAccountStores.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createDiskBlobStore } from './createDiskBlobStore.ts';
import { createSqlBlobStore } from './createSqlBlobStore.ts';
import { createSqlFileStore } from './createSqlFileStore.ts';

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

async function harness(dialect: DialectName, blobsOnDisk: boolean): Promise<FileStoreHarness> {
  const t = await openTestDatabase(dialect);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-blobs-'));
  const blobs = blobsOnDisk ? createDiskBlobStore(dir) : createSqlBlobStore(t.database);
  const accounts = createSqlAccountStores(t.database);
  const user = testUserRecord();
  await accounts.users.create(user);
  return {
    store: createSqlFileStore(t.database, blobs),
    async newWorkspaceId() {
      const id = crypto.randomUUID();
      await accounts.workspaces.create(
        { id, title: 'W', description: '', cities: [], archived: false, createdAt: 1, createdBy: user.id },
        { workspaceId: id, userId: user.id, role: 'facilitator', joinedAt: 1, cityId: null },
      );
      return id;
    },
    async blobCount() {
      if (blobsOnDisk) return countFiles(dir);
      const row = await sql<{ n: number }>`SELECT count(*) AS n FROM file_blobs`.execute(t.database.db);
      return Number(row.rows[0]?.n);
    },
    async dispose() {
      await t.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

runFileStoreContract('sqlite, bytes on disk', () => harness(DialectName.sqlite, true));
runFileStoreContract('sqlite, bytes in the database', () => harness(DialectName.sqlite, false));
runFileStoreContract('postgres, bytes in the database', () => harness(DialectName.postgres, false));
