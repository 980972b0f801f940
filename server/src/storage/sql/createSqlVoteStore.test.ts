import { DialectName } from '../db/Database.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { runVoteStoreContract } from '../voteStoreContract.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlVoteStore } from './createSqlVoteStore.ts';

for (const dialect of Object.values(DialectName)) {
  runVoteStoreContract(dialect, async () => {
    const t = await openTestDatabase(dialect);
    return {
      store: createSqlVoteStore(t.database),
      accounts: createSqlAccountStores(t.database),
      dispose: () => t.dispose(),
    };
  });
}
