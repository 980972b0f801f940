import { type Kysely, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { ADOPTED_USER_VERSION, adoptLegacyBookkeeping } from './adoptLegacyBookkeeping.ts';
import { type Database, DialectName } from './Database.ts';
import * as documentLog from './migrations/0001_documentLog.ts';
import * as accounts from './migrations/0002_accounts.ts';
import * as comments from './migrations/0003_comments.ts';
import * as planVersions from './migrations/0004_planVersions.ts';
import * as exchangeSessions from './migrations/0005_exchangeSessions.ts';
import * as cities from './migrations/0006_cities.ts';
import * as versions from './migrations/0007_versions.ts';
import * as files from './migrations/0008_files.ts';
import * as mail from './migrations/0009_mail.ts';
import * as templates from './migrations/0010_templates.ts';
import * as facilitation from './migrations/0011_facilitation.ts';
import * as votes from './migrations/0012_votes.ts';

type Up = (db: Kysely<unknown>, dialect: DialectName) => Promise<void>;

/** How many migrations the hand-written runners knew; only those can be adopted from their books. */
export const LEGACY_MIGRATION_COUNT = 5;

/**
 * Every schema migration, in order, for both dialects. Never edit one; add the next. The first
 * five are the schema the hand-written runners used to build (SQLite `user_version` 1–5,
 * PostgreSQL `weft_schema_migrations` ids 1–5), so old databases are adopted, not rebuilt.
 */
export const MIGRATIONS: readonly (readonly [name: string, up: Up])[] = [
  ['0001_document_log', documentLog.up],
  ['0002_accounts', accounts.up],
  ['0003_comments', comments.up],
  ['0004_plan_versions', planVersions.up],
  ['0005_exchange_sessions', exchangeSessions.up],
  ['0006_cities', cities.up],
  ['0007_versions', versions.up],
  ['0008_files', files.up],
  ['0009_mail', mail.up],
  ['0010_templates', templates.up],
  ['0011_facilitation', facilitation.up],
  ['0012_votes', votes.up],
];

/**
 * Brings the schema up to date (safely when several PostgreSQL nodes start together: Kysely's
 * migrator takes an advisory lock) and returns the names of the migrations it ran.
 */
export async function migrateToLatest(d: Database): Promise<string[]> {
  await adoptLegacyBookkeeping(
    d,
    MIGRATIONS.slice(0, LEGACY_MIGRATION_COUNT).map(([name]) => name),
  );
  const migrations: Record<string, Migration> = {};
  for (const [name, up] of MIGRATIONS) {
    migrations[name] = { up: (db) => up(db, d.dialect) };
  }
  const migrator = new Migrator({
    db: d.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      failed
        ? `Migration ${failed} failed: ${String(error)}`
        : `Database schema cannot be migrated: ${String(error)}`,
      { cause: error },
    );
  }
  if (d.dialect === DialectName.sqlite) {
    // Today's runner read user_version; a value past its list makes an older Weft refuse to start.
    await sql.raw(`PRAGMA user_version = ${ADOPTED_USER_VERSION}`).execute(d.db);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
