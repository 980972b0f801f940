import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccountStoresHarness } from '../AccountStores.ts';
import { runDocumentMetaStoreContract } from '../documentMetaStoreContract.ts';
import { runExchangeSessionStoreContract } from '../exchangeSessionStoreContract.ts';
import { runSessionStoreContract } from '../sessionStoreContract.ts';
import { runTokenStoreContract } from '../tokenStoreContract.ts';
import { runUserStoreContract } from '../userStoreContract.ts';
import { runWorkspaceStoreContract } from '../workspaceStoreContract.ts';
import { createSqliteAccountStores } from './createSqliteAccountStores.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

async function sqliteHarness(): Promise<AccountStoresHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-accounts-'));
  const db = openSqliteDatabase(dir);
  return {
    stores: createSqliteAccountStores(db),
    dispose: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

runUserStoreContract('sqlite', sqliteHarness);
runSessionStoreContract('sqlite', sqliteHarness);
runTokenStoreContract('sqlite', sqliteHarness);
runWorkspaceStoreContract('sqlite', sqliteHarness);
runDocumentMetaStoreContract('sqlite', sqliteHarness);
runExchangeSessionStoreContract('sqlite', sqliteHarness);
