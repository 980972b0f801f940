import { type Kysely, sql } from 'kysely';
import { DEFAULT_MIGRATION_TABLE } from 'kysely/migration';
import { type Database, DialectName } from './Database.ts';
import type { WeftDatabase } from './WeftDatabase.ts';

/** What SQLite's user_version is set to once Kysely keeps the books (see migrateToLatest.ts). */
export const ADOPTED_USER_VERSION = 1000;
/** The row left in PostgreSQL's old table so an older Weft refuses the database. */
const ADOPTED_LEGACY_ID = 1000;
// Same key as the old PostgreSQL runner, so an old and a new node never adopt at once.
const LEGACY_LOCK_KEY = 0x77_65_66_74;

/**
 * A database written before Kysely recorded its migrations in SQLite's `user_version` or
 * PostgreSQL's `weft_schema_migrations`; their first N entries are the first N Kysely migrations.
 * Records those as done in Kysely's table (once), so the migrator only runs what is new.
 */
export async function adoptLegacyBookkeeping(d: Database, names: readonly string[]): Promise<void> {
  if (d.dialect === DialectName.sqlite) {
    const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(d.db);
    const version = rows[0]?.user_version ?? 0;
    if (version === 0 || version === ADOPTED_USER_VERSION) return;
    if (version > names.length) {
      throw new Error(`Database schema version ${version} is newer than this Weft; refusing to start`);
    }
    await d.db.transaction().execute(async (trx) => {
      await record(trx, names.slice(0, version));
      await sql.raw(`PRAGMA user_version = ${ADOPTED_USER_VERSION}`).execute(trx);
    });
    return;
  }
  await d.db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${LEGACY_LOCK_KEY})`.execute(trx);
    const { rows: found } = await sql<{
      t: string | null;
    }>`SELECT to_regclass('weft_schema_migrations') AS t`.execute(trx);
    if (!found[0]?.t) return;
    const { rows } = await sql<{ id: number }>`SELECT id FROM weft_schema_migrations`.execute(trx);
    const ids = rows.map((r) => Number(r.id)).filter((id) => id !== ADOPTED_LEGACY_ID);
    if (ids.some((id) => id > names.length)) {
      throw new Error(
        `Database schema version ${Math.max(...ids)} is newer than this Weft; refusing to start`,
      );
    }
    await record(
      trx,
      names.filter((_, i) => ids.includes(i + 1)),
    );
    await sql`INSERT INTO weft_schema_migrations (id, name)
      VALUES (${ADOPTED_LEGACY_ID}, 'migrations moved to kysely_migration') ON CONFLICT (id) DO NOTHING`.execute(
      trx,
    );
  });
}

async function record(db: Kysely<WeftDatabase>, names: readonly string[]): Promise<void> {
  // The same table Kysely's Migrator creates, so it finds these rows as already executed.
  await db.schema
    .createTable(DEFAULT_MIGRATION_TABLE)
    .ifNotExists()
    .addColumn('name', 'varchar(255)', (c) => c.notNull().primaryKey())
    .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
    .execute();
  const timestamp = new Date().toISOString();
  for (const name of names) {
    await sql`INSERT INTO ${sql.table(DEFAULT_MIGRATION_TABLE)} (name, timestamp) VALUES (${name}, ${timestamp})
      ON CONFLICT (name) DO NOTHING`.execute(db);
  }
}
