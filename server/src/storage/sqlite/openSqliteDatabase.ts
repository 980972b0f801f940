import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteMigrations } from './sqliteMigrations.ts';

export type SqliteDatabase = Database.Database;

/** Opens (creating if needed) `weft.db` in `dataDir` and brings its schema up to date. */
export function openSqliteDatabase(dataDir: string, fileName = 'weft.db'): SqliteDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, fileName));
  // WAL + NORMAL: a commit survives a killed process (the WAL is in the OS cache at once);
  // only a power loss can drop the last commits.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: SqliteDatabase): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > sqliteMigrations.length) {
    throw new Error(
      `Database schema version ${current} is newer than this Weft (${sqliteMigrations.length}); refusing to start`,
    );
  }
  for (let version = current; version < sqliteMigrations.length; version++) {
    const sql = sqliteMigrations[version] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
