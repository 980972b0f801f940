import { DialectName } from '../db/Database.ts';
import { runTemplateStoreContract } from '../templateStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlTemplateStore } from './createSqlTemplateStore.ts';

for (const dialect of Object.values(DialectName)) {
  runTemplateStoreContract(dialect, async () => {
    const t = await openTestDatabase(dialect);
    return {
      store: createSqlTemplateStore(t.database),
      accounts: createSqlAccountStores(t.database),
      dispose: () => t.dispose(),
    };
  });
}
