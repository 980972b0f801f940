import { sql } from 'kysely';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/createTestDatabase.ts';
import { copyLegacySqliteFixture, restoreLegacyPostgresFixture } from '../testing/legacyFixtures.ts';
import type { Database } from './Database.ts';
import { describeSchema } from './describeSchema.ts';
import { LEGACY_MIGRATION_COUNT, MIGRATIONS, migrateToLatest } from './migrateToLatest.ts';
import { openPostgresDatabase } from './openPostgresDatabase.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

const logger = pino({ level: 'silent' });
const ALL = MIGRATIONS.map(([name]) => name);
// Migrations newer than the hand-written runners: an adopted database runs exactly these.
const AFTER_LEGACY = ALL.slice(LEGACY_MIGRATION_COUNT);

async function userVersion(d: Database): Promise<number> {
  const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(d.db);
  return rows[0]?.user_version ?? -1;
}

describe('SQLite migrations', () => {
  it('[MG1] a fresh database gets the same schema as one written by the old runner, which is adopted in place', async () => {
    const legacy = copyLegacySqliteFixture();
    const fresh = copyLegacySqliteFixture();
    const old = openSqliteDatabase(legacy.dir, legacy.fileName);
    const empty = openSqliteDatabase(fresh.dir, 'empty.db');
    try {
      expect(await userVersion(old)).toBe(5);
      expect(await migrateToLatest(old)).toEqual(AFTER_LEGACY);
      const adopted = await describeSchema(old);
      expect(await migrateToLatest(empty)).toEqual(ALL);
      expect(await describeSchema(empty)).toEqual(adopted);
      // An older Weft reads user_version and refuses a database past its own list.
      expect(await userVersion(old)).toBeGreaterThan(5);
      expect(await migrateToLatest(empty)).toEqual([]);
    } finally {
      await old.close();
      await empty.close();
      legacy.dispose();
      fresh.dispose();
    }
  });

  it('[MG2] refuses a database whose old schema version is newer than this list', async () => {
    const legacy = copyLegacySqliteFixture();
    const d = openSqliteDatabase(legacy.dir, legacy.fileName);
    try {
      await sql.raw('PRAGMA user_version = 6').execute(d.db);
      await expect(migrateToLatest(d)).rejects.toThrow(/newer than this Weft/);
    } finally {
      await d.close();
      legacy.dispose();
    }
  });
});

describe('PostgreSQL migrations', () => {
  it('[MG1] a fresh database gets the same schema as one written by the old runner, which is adopted in place', async () => {
    const legacy = await restoreLegacyPostgresFixture();
    const fresh = await createTestDatabase();
    const old = openPostgresDatabase(legacy.url, logger, 2);
    const empty = openPostgresDatabase(fresh.url, logger, 2);
    try {
      expect(await migrateToLatest(old)).toEqual(AFTER_LEGACY);
      const adopted = await describeSchema(old);
      expect(await migrateToLatest(empty)).toEqual(ALL);
      const { rows } = await sql<{ id: number }>`SELECT id FROM weft_schema_migrations ORDER BY id`.execute(
        old.db,
      );
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 1000]);
      const schema = (await describeSchema(empty)) as { columns: unknown[] };
      expect(schema).toEqual(adopted);
    } finally {
      await old.close();
      await empty.close();
      await legacy.drop();
      await fresh.drop();
    }
  });

  it('[MG3] runs each migration once when several nodes start together', async () => {
    const fresh = await createTestDatabase();
    const nodes = [1, 2, 3].map(() => openPostgresDatabase(fresh.url, logger, 2));
    try {
      const ran = await Promise.all(nodes.map((n) => migrateToLatest(n)));
      expect(ran.flat().sort()).toEqual(ALL);
    } finally {
      await Promise.all(nodes.map((n) => n.close()));
      await fresh.drop();
    }
  });
});
