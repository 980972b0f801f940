import { DialectName } from '../db/Database.ts';
import { runDocStoreContract } from '../docStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { createSqlDocStore } from './createSqlDocStore.ts';

for (const dialect of Object.values(DialectName)) {
  runDocStoreContract(dialect, async () => {
    const t = await openTestDatabase(dialect);
    return {
      store: createSqlDocStore(t.database),
      reopen: async () => createSqlDocStore(await t.reopen()),
      dispose: () => t.dispose(),
    };
  });
}
