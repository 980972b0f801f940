import type { AccountStores } from '../AccountStores.ts';
import { createSqliteDocumentMetaStore } from './createSqliteDocumentMetaStore.ts';
import { createSqliteExchangeSessionStore } from './createSqliteExchangeSessionStore.ts';
import { createSqliteSessionStore } from './createSqliteSessionStore.ts';
import { createSqliteTokenStore } from './createSqliteTokenStore.ts';
import { createSqliteUserStore } from './createSqliteUserStore.ts';
import { createSqliteWorkspaceStore } from './createSqliteWorkspaceStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

/** Every account-side store on one SQLite database (the same one the DocStore uses). */
export function createSqliteAccountStores(db: SqliteDatabase): AccountStores {
  return {
    users: createSqliteUserStore(db),
    sessions: createSqliteSessionStore(db),
    tokens: createSqliteTokenStore(db),
    workspaces: createSqliteWorkspaceStore(db),
    documents: createSqliteDocumentMetaStore(db),
    exchangeSessions: createSqliteExchangeSessionStore(db),
  };
}
