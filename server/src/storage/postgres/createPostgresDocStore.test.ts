import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { runDocStoreContract } from '../docStoreContract.ts';
import { createPostgresDocStore } from './createPostgresDocStore.ts';
import { migratePostgres } from './migratePostgres.ts';
import { postgresMigrations } from './postgresMigrations.ts';
import { createTestDatabase } from './testing/createTestDatabase.ts';

runDocStoreContract('postgres', async () => {
  const db = await createTestDatabase();
  let pool = new pg.Pool({ connectionString: db.url, max: 4 });
  await migratePostgres(pool);
  return {
    store: createPostgresDocStore(pool),
    reopen: async () => {
      await pool.end();
      pool = new pg.Pool({ connectionString: db.url, max: 4 });
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
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: db.url, max: 2 }));
    try {
      const ran = await Promise.all(pools.map((p) => migratePostgres(p)));
      expect(ran.flat().sort((a, b) => a - b)).toEqual(postgresMigrations.map((m) => m.id));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await db.drop();
    }
  });
});
