import { pino } from 'pino';
import { runActivityStoreContract } from '../activityStoreContract.ts';
import { type CommentStoresHarness, runCommentStoreContract } from '../commentStoreContract.ts';
import { createTestDatabase } from '../testing/createTestDatabase.ts';
import { createPostgresAccountStores } from './createPostgresAccountStores.ts';
import { createPostgresCommentStores } from './createPostgresCommentStores.ts';
import { createPostgresPool } from './createPostgresPool.ts';
import { migratePostgres } from './migratePostgres.ts';

const logger = pino({ level: 'silent' });

async function postgresHarness(): Promise<CommentStoresHarness> {
  const db = await createTestDatabase();
  const pool = createPostgresPool(db.url, logger, 4);
  await migratePostgres(pool);
  return {
    accounts: createPostgresAccountStores(pool),
    stores: createPostgresCommentStores(pool),
    dispose: async () => {
      await pool.end();
      await db.drop();
    },
  };
}

runCommentStoreContract('postgres', postgresHarness);
runActivityStoreContract('postgres', postgresHarness);
