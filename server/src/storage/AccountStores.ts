import type { DocumentMetaStore } from './DocumentMetaStore.ts';
import type { ExchangeSessionStore } from './ExchangeSessionStore.ts';
import type { SessionStore } from './SessionStore.ts';
import type { TokenStore } from './TokenStore.ts';
import type { UserStore } from './UserStore.ts';
import type { WorkspaceStore } from './WorkspaceStore.ts';

/** The account-side stores one backend (SQLite today, PostgreSQL later) provides together. */
export interface AccountStores {
  users: UserStore;
  sessions: SessionStore;
  tokens: TokenStore;
  workspaces: WorkspaceStore;
  documents: DocumentMetaStore;
  exchangeSessions: ExchangeSessionStore;
}

/** What the contract suites need: fresh stores over an empty database, and a way to drop them. */
export interface AccountStoresHarness {
  stores: AccountStores;
  dispose(): Promise<void>;
}
