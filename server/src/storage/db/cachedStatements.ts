import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Enough for every distinct statement the stores issue; past it the oldest is dropped.
const MAX_STATEMENTS = 500;

/**
 * The better-sqlite3 file as Kysely's SqliteDialect sees it, with each SQL text prepared once.
 * Kysely prepares every query it runs; parsing the same INSERT on every tick would be the larger
 * part of an append. Safe because Kysely runs one query at a time on its single connection.
 */
export function cachedStatements(file: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => file.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        // Re-inserting keeps the map in least-recently-used order.
        cache.delete(sql);
      } else {
        statement = file.prepare(sql);
        if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
