import { runActivityStoreContract } from '../activityStoreContract.ts';
import { type CommentStoresHarness, runCommentStoreContract } from '../commentStoreContract.ts';
import { DialectName } from '../db/Database.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlCommentStores } from './createSqlCommentStores.ts';

for (const dialect of Object.values(DialectName)) {
  const harness = async (): Promise<CommentStoresHarness> => {
    const t = await openTestDatabase(dialect);
    return {
      accounts: createSqlAccountStores(t.database),
      stores: createSqlCommentStores(t.database),
      dispose: () => t.dispose(),
    };
  };
  runCommentStoreContract(dialect, harness);
  runActivityStoreContract(dialect, harness);
}
