import type { Pool } from 'pg';
import { postgresMigrations } from './postgresMigrations.ts';

// Any constant works; it only has to be the same on every node.
const MIGRATION_LOCK_KEY = 0x77_65_66_74;

/** Applies pending migrations once, even when several nodes start at the same moment. */
export async function migratePostgres(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS weft_schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ id: number }>('SELECT id FROM weft_schema_migrations');
    const applied = new Set(rows.map((r) => r.id));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...postgresMigrations.map((m) => m.id));
    if (newest > known) {
      throw new Error(
        `Database schema version ${newest} is newer than this Weft (${known}); refusing to start`,
      );
    }
    const ran: number[] = [];
    for (const migration of postgresMigrations) {
      if (applied.has(migration.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO weft_schema_migrations (id, name) VALUES ($1, $2)', [
          migration.id,
          migration.name,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      ran.push(migration.id);
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
