import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { runDocStoreContract } from '../docStoreContract.ts';
import { createTestDatabase } from '../testing/createTestDatabase.ts';
import { createPostgresDocStore } from './createPostgresDocStore.ts';
import { createPostgresPool } from './createPostgresPool.ts';
import { migratePostgres } from './migratePostgres.ts';
import { postgresMigrations } from './postgresMigrations.ts';

const logger = pino({ level: 'silent' });

runDocStoreContract('postgres', async () => {
  const db = await createTestDatabase();
  let pool = createPostgresPool(db.url, logger, 4);
  await migratePostgres(pool);
  return {
    store: createPostgresDocStore(pool),
    reopen: async () => {
      await pool.end();
      pool = createPostgresPool(db.url, logger, 4);
      await migratePostgres(pool);
      return createPostgresDocStore(pool);
    },
    dispose: async () => {
      await pool.end();
      await db.drop();
    },
  };
});

describe('PostgreSQL migrations', () => {
  it('run once even when several nodes start together', async () => {
    const db = await createTestDatabase();
    const pools = [1, 2, 3].map(() => createPostgresPool(db.url, logger, 2));
    try {
      const ran = await Promise.all(pools.map((p) => migratePostgres(p)));
      expect(ran.flat().sort((a, b) => a - b)).toEqual(postgresMigrations.map((m) => m.id));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await db.drop();
    }
  });
});
