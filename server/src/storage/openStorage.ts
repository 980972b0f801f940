import path from 'node:path';
import type { Logger } from 'pino';
import type { AccountStores } from './AccountStores.ts';
import type { CommentStores } from './ActivityStore.ts';
import type { DocStore } from './DocStore.ts';
import type { DocumentVersionStore } from './DocumentVersionStore.ts';
import { type Database, DialectName } from './db/Database.ts';
import { migrateToLatest } from './db/migrateToLatest.ts';
import type { FacilitationStore } from './FacilitationStore.ts';
import type { FileStore } from './FileStore.ts';
import { createDiskBlobStore } from './files/createDiskBlobStore.ts';
import { createSqlBlobStore } from './files/createSqlBlobStore.ts';
import { createSqlFileStore } from './files/createSqlFileStore.ts';
import type { MailStore } from './MailStore.ts';
import type { PlanVersionStore } from './PlanVersionStore.ts';
import { createSqlAccountStores } from './sql/createSqlAccountStores.ts';
import { createSqlActivityStore } from './sql/createSqlActivityStore.ts';
import { createSqlCommentStores } from './sql/createSqlCommentStores.ts';
import { createSqlDocStore } from './sql/createSqlDocStore.ts';
import { createSqlDocumentMetaStore } from './sql/createSqlDocumentMetaStore.ts';
import { createSqlDocumentVersionStore } from './sql/createSqlDocumentVersionStore.ts';
import { createSqlFacilitationStore } from './sql/createSqlFacilitationStore.ts';
import { createSqlMailStore } from './sql/createSqlMailStore.ts';
import { createSqlPlanVersionStore } from './sql/createSqlPlanVersionStore.ts';
import { createSqlTemplateStore } from './sql/createSqlTemplateStore.ts';
import { createSqlVoteStore } from './sql/createSqlVoteStore.ts';
import type { TemplateStore } from './TemplateStore.ts';
import type { VoteStore } from './VoteStore.ts';
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
  /** Versions of every document and the ends of exchange sessions. */
  readonly documentVersions: DocumentVersionStore;
  /** Uploaded files: bytes on disk under `dataDir/files` with SQLite, in the database with PostgreSQL. */
  readonly files: FileStore;
  /** The email outbox, preferences and mail bookkeeping. */
  readonly mail: MailStore;
  readonly templates: TemplateStore;
  /** Timers and raised hands of live sessions. */
  readonly facilitation: FacilitationStore;
  /** Dot votes and their dots. */
  readonly votes: VoteStore;
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
  // Only the configured driver is loaded: an idle SQLite server never holds pg in its heap, nor a
  // PostgreSQL one better-sqlite3.
  const database = opts.databaseUrl
    ? (await import('./db/openPostgresDatabase.ts')).openPostgresDatabase(
        opts.databaseUrl,
        logger,
        opts.databasePoolSize,
      )
    : (await import('./db/openSqliteDatabase.ts')).openSqliteDatabase(opts.dataDir);
  try {
    const ran = await migrateToLatest(database);
    if (ran.length > 0)
      logger.info({ migrations: ran, dialect: database.dialect }, 'database schema migrated');
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }
  return createStorage(database, path.join(opts.dataDir, 'files'));
}

/**
 * The stores over an open, migrated database. With SQLite, file bytes go to `blobDir` when given
 * (content-addressed files); PostgreSQL keeps them in the database so every node sees them.
 */
export function createStorage(database: Database, blobDir?: string): Storage {
  const blobs =
    database.dialect === DialectName.sqlite && blobDir
      ? createDiskBlobStore(blobDir)
      : createSqlBlobStore(database);
  return {
    kind: database.dialect,
    docStore: createSqlDocStore(database),
    accounts: createSqlAccountStores(database),
    comments: createSqlCommentStores(database),
    planVersions: createSqlPlanVersionStore(database),
    documentVersions: createSqlDocumentVersionStore(database),
    files: createSqlFileStore(database, blobs),
    mail: createSqlMailStore(database),
    templates: createSqlTemplateStore(database),
    facilitation: createSqlFacilitationStore(database),
    votes: createSqlVoteStore(database),
    writeTogether: (fn) =>
      database.db.transaction().execute((trx) => {
        const bound = { ...database, db: trx };
        return fn({
          documents: createSqlDocumentMetaStore(bound),
          activity: createSqlActivityStore(bound),
          workspaces: createSqlAccountStores(bound).workspaces,
          mail: createSqlMailStore(bound),
        });
      }),
    close: () => database.close(),
  };
}
