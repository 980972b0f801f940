import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runActivityStoreContract } from '../activityStoreContract.ts';
import { type CommentStoresHarness, runCommentStoreContract } from '../commentStoreContract.ts';
import { createSqliteAccountStores } from './createSqliteAccountStores.ts';
import { createSqliteCommentStores } from './createSqliteCommentStores.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

async function sqliteHarness(): Promise<CommentStoresHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-comments-'));
  const db = openSqliteDatabase(dir);
  return {
    accounts: createSqliteAccountStores(db),
    stores: createSqliteCommentStores(db),
    dispose: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

runCommentStoreContract('sqlite', sqliteHarness);
runActivityStoreContract('sqlite', sqliteHarness);
