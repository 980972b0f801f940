import type { Pool } from 'pg';
import type { AccountStores } from '../AccountStores.ts';
import { createPostgresDocumentMetaStore } from './createPostgresDocumentMetaStore.ts';
import { createPostgresExchangeSessionStore } from './createPostgresExchangeSessionStore.ts';
import { createPostgresSessionStore } from './createPostgresSessionStore.ts';
import { createPostgresTokenStore } from './createPostgresTokenStore.ts';
import { createPostgresUserStore } from './createPostgresUserStore.ts';
import { createPostgresWorkspaceStore } from './createPostgresWorkspaceStore.ts';

/** Every account-side store on one PostgreSQL pool (the same one the DocStore uses). */
export function createPostgresAccountStores(pool: Pool): AccountStores {
  return {
    users: createPostgresUserStore(pool),
    sessions: createPostgresSessionStore(pool),
    tokens: createPostgresTokenStore(pool),
    workspaces: createPostgresWorkspaceStore(pool),
    documents: createPostgresDocumentMetaStore(pool),
    exchangeSessions: createPostgresExchangeSessionStore(pool),
  };
}
