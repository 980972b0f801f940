import type { ActivityStore } from './ActivityStore.ts';
import type { DocumentMetaStore } from './DocumentMetaStore.ts';
import type { MailStore } from './MailStore.ts';
import type { WorkspaceStore } from './WorkspaceStore.ts';

/** The stores whose writes may need to commit together, bound to one transaction. */
export interface StoresInTransaction {
  documents: DocumentMetaStore;
  activity: ActivityStore;
  workspaces: WorkspaceStore;
  /** The outbox: an email is queued in the same transaction as the event that causes it. */
  mail: MailStore;
}

/**
 * Runs `fn` in one database transaction: every write it makes through `stores` commits together,
 * or none does when it throws.
 */
export type WriteTogether = <T>(fn: (stores: StoresInTransaction) => Promise<T>) => Promise<T>;
