import { DialectName } from '../db/Database.ts';
import { runMailStoreContract } from '../mailStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlMailStore } from './createSqlMailStore.ts';

for (const dialect of Object.values(DialectName)) {
  runMailStoreContract(dialect, async () => {
    const t = await openTestDatabase(dialect);
    return {
      store: createSqlMailStore(t.database),
      other: () => createSqlMailStore(t.database),
      async newUserId() {
        const user = testUserRecord();
        await createSqlAccountStores(t.database).users.create(user);
        return user.id;
      },
      dispose: () => t.dispose(),
    };
  });
}
