import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { type Database, DialectName } from './Database.ts';
import type { WeftDatabase } from './WeftDatabase.ts';

const INT8_OID = 20;

/**
 * A pool whose idle-connection errors (server restart, failover) are logged instead of crashing.
 * BIGINT columns hold epoch milliseconds and sequence numbers, far below 2^53, so they are read as
 * numbers (for this pool only, not through pg's global parsers).
 */
export function openPostgresDatabase(connectionString: string, logger: Logger, max = 10): Database {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID && format !== 'binary'
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', (err) => logger.warn({ err }, 'idle PostgreSQL connection failed'));
  const db = new Kysely<WeftDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: DialectName.postgres, close: () => db.destroy() };
}
