import type { AccountStores } from '../AccountStores.ts';
import type { Database } from '../db/Database.ts';
import { createSqlDocumentMetaStore } from './createSqlDocumentMetaStore.ts';
import { createSqlExchangeSessionStore } from './createSqlExchangeSessionStore.ts';
import { createSqlSessionStore } from './createSqlSessionStore.ts';
import { createSqlTokenStore } from './createSqlTokenStore.ts';
import { createSqlUserStore } from './createSqlUserStore.ts';
import { createSqlWorkspaceStore } from './createSqlWorkspaceStore.ts';

/** Every account-side store on one database (the same one the DocStore uses). */
export function createSqlAccountStores(d: Database): AccountStores {
  return {
    users: createSqlUserStore(d),
    sessions: createSqlSessionStore(d),
    tokens: createSqlTokenStore(d),
    workspaces: createSqlWorkspaceStore(d),
    documents: createSqlDocumentMetaStore(d),
    exchangeSessions: createSqlExchangeSessionStore(d),
  };
}
