import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import { cachedStatements } from './cachedStatements.ts';
import { type Database, DialectName } from './Database.ts';
import type { WeftDatabase } from './WeftDatabase.ts';

// SQLite runs DDL inside transactions; saying so makes the migrator apply each migration atomically.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class WeftSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** Opens (creating if needed) `fileName` in `dataDir`; the schema is migrated separately. */
export function openSqliteDatabase(dataDir: string, fileName = 'weft.db'): Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = new BetterSqlite3(path.join(dataDir, fileName));
  // WAL + NORMAL: a commit survives a killed process (the WAL is in the OS cache at once);
  // only a power loss can drop the last commits.
  file.pragma('journal_mode = WAL');
  file.pragma('synchronous = NORMAL');
  file.pragma('foreign_keys = ON');
  file.pragma('busy_timeout = 5000');
  const db = new Kysely<WeftDatabase>({
    dialect: new WeftSqliteDialect({ database: cachedStatements(file) }),
  });
  return { db, dialect: DialectName.sqlite, close: () => db.destroy() };
}
