import pg from 'pg';
import type { Logger } from 'pino';

/** A pool whose idle-connection errors (server restart, failover) are logged instead of crashing. */
export function createPostgresPool(connectionString: string, logger: Logger, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (err) => logger.warn({ err }, 'idle PostgreSQL connection failed'));
  return pool;
}
