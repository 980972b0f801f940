import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDocStoreContract } from '../docStoreContract.ts';
import { createSqliteDocStore } from './createSqliteDocStore.ts';
import { openSqliteDatabase, type SqliteDatabase } from './openSqliteDatabase.ts';

runDocStoreContract('sqlite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-docstore-'));
  let db: SqliteDatabase = openSqliteDatabase(dir);
  return {
    store: createSqliteDocStore(db),
    reopen: async () => {
      db.close();
      db = openSqliteDatabase(dir);
      return createSqliteDocStore(db);
    },
    dispose: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
