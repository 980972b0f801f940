import { DialectName } from '../db/Database.ts';
import { runFacilitationStoreContract } from '../facilitationStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlFacilitationStore } from './createSqlFacilitationStore.ts';

for (const dialect of Object.values(DialectName)) {
  runFacilitationStoreContract(dialect, async () => {
    const t = await openTestDatabase(dialect);
    return {
      store: createSqlFacilitationStore(t.database),
      accounts: createSqlAccountStores(t.database),
      dispose: () => t.dispose(),
    };
  });
}
