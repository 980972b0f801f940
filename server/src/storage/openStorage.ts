import type { Logger } from 'pino';
import type { AccountStores } from './AccountStores.ts';
import type { CommentStores } from './ActivityStore.ts';
import type { DocStore } from './DocStore.ts';
import { type Database, DialectName } from './db/Database.ts';
import { migrateToLatest } from './db/migrateToLatest.ts';
import { openPostgresDatabase } from './db/openPostgresDatabase.ts';
import { openSqliteDatabase } from './db/openSqliteDatabase.ts';
import type { PlanVersionStore } from './PlanVersionStore.ts';
import { createSqlAccountStores } from './sql/createSqlAccountStores.ts';
import { createSqlActivityStore } from './sql/createSqlActivityStore.ts';
import { createSqlCommentStores } from './sql/createSqlCommentStores.ts';
import { createSqlDocStore } from './sql/createSqlDocStore.ts';
import { createSqlDocumentMetaStore } from './sql/createSqlDocumentMetaStore.ts';
import { createSqlPlanVersionStore } from './sql/createSqlPlanVersionStore.ts';
import { createSqlTemplateStore } from './sql/createSqlTemplateStore.ts';
import type { TemplateStore } from './TemplateStore.ts';
import type { WriteTogether } from './WriteTogether.ts';

export const StorageKind = DialectName;
export type StorageKind = DialectName;

/** Every persistent store over one database, chosen by configuration. */
export interface Storage {
  readonly kind: StorageKind;
  readonly docStore: DocStore;
  /** Users, sessions, tokens, workspaces, document metadata and exchange sessions. */
  readonly accounts: AccountStores;
  readonly comments: CommentStores;
  readonly planVersions: PlanVersionStore;
  readonly templates: TemplateStore;
  /** Writes that belong together (a document and its activity record) in one transaction. */
  readonly writeTogether: WriteTogether;
  /** Closes the database (SQLite file or PostgreSQL pool) once nothing writes any more. */
  close(): Promise<void>;
}

export interface StorageOptions {
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
}

/**
 * PostgreSQL when `databaseUrl` is set, else SQLite in `dataDir`; migrated before this resolves
 * (safely when several nodes start together).
 */
export async function openStorage(opts: StorageOptions, logger: Logger): Promise<Storage> {
  const database = opts.databaseUrl
    ? openPostgresDatabase(opts.databaseUrl, logger, opts.databasePoolSize)
    : openSqliteDatabase(opts.dataDir);
  try {
    const ran = await migrateToLatest(database);
    if (ran.length > 0)
      logger.info({ migrations: ran, dialect: database.dialect }, 'database schema migrated');
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }
  return createStorage(database);
}

/** The stores over an open, migrated database. */
export function createStorage(database: Database): Storage {
  return {
    kind: database.dialect,
    docStore: createSqlDocStore(database),
    accounts: createSqlAccountStores(database),
    comments: createSqlCommentStores(database),
    planVersions: createSqlPlanVersionStore(database),
    templates: createSqlTemplateStore(database),
    writeTogether: (fn) =>
      database.db.transaction().execute((trx) => {
        const bound = { ...database, db: trx };
        return fn({ documents: createSqlDocumentMetaStore(bound), activity: createSqlActivityStore(bound) });
      }),
    close: () => database.close(),
  };
}
