import type { Logger } from 'pino';
import type { AccountStores } from './AccountStores.ts';
import type { CommentStores } from './ActivityStore.ts';
import type { DocStore } from './DocStore.ts';
import type { PlanVersionStore } from './PlanVersionStore.ts';
import { createPostgresAccountStores } from './postgres/createPostgresAccountStores.ts';
import { createPostgresCommentStores } from './postgres/createPostgresCommentStores.ts';
import { createPostgresDocStore } from './postgres/createPostgresDocStore.ts';
import { createPostgresPlanVersionStore } from './postgres/createPostgresPlanVersionStore.ts';
import { createPostgresPool } from './postgres/createPostgresPool.ts';
import { migratePostgres } from './postgres/migratePostgres.ts';
import { createSqliteAccountStores } from './sqlite/createSqliteAccountStores.ts';
import { createSqliteCommentStores } from './sqlite/createSqliteCommentStores.ts';
import { createSqliteDocStore } from './sqlite/createSqliteDocStore.ts';
import { createSqlitePlanVersionStore } from './sqlite/createSqlitePlanVersionStore.ts';
import { openSqliteDatabase } from './sqlite/openSqliteDatabase.ts';

export const StorageKind = {
  sqlite: 'sqlite',
  postgres: 'postgres',
} as const;
export type StorageKind = (typeof StorageKind)[keyof typeof StorageKind];

/** Every persistent store over one database, chosen by configuration. */
export interface Storage {
  readonly kind: StorageKind;
  readonly docStore: DocStore;
  /** Users, sessions, tokens, workspaces, document metadata and exchange sessions. */
  readonly accounts: AccountStores;
  readonly comments: CommentStores;
  readonly planVersions: PlanVersionStore;
  /** Closes the database (SQLite file or PostgreSQL pool) once nothing writes any more. */
  close(): Promise<void>;
}

export interface StorageOptions {
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
}

/**
 * PostgreSQL when `databaseUrl` is set (migrated before this resolves, safely when several nodes
 * start together), else SQLite in `dataDir`.
 */
export async function openStorage(opts: StorageOptions, logger: Logger): Promise<Storage> {
  if (!opts.databaseUrl) {
    const db = openSqliteDatabase(opts.dataDir);
    return {
      kind: StorageKind.sqlite,
      docStore: createSqliteDocStore(db),
      accounts: createSqliteAccountStores(db),
      comments: createSqliteCommentStores(db),
      planVersions: createSqlitePlanVersionStore(db),
      async close() {
        db.close();
      },
    };
  }
  const pool = createPostgresPool(opts.databaseUrl, logger, opts.databasePoolSize);
  try {
    const ran = await migratePostgres(pool);
    if (ran.length > 0) logger.info({ migrations: ran }, 'PostgreSQL schema migrated');
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  return {
    kind: StorageKind.postgres,
    docStore: createPostgresDocStore(pool),
    accounts: createPostgresAccountStores(pool),
    comments: createPostgresCommentStores(pool),
    planVersions: createPostgresPlanVersionStore(pool),
    close: () => pool.end(),
  };
}
