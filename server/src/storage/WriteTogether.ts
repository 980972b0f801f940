import type { ActivityStore } from './ActivityStore.ts';
import type { DocumentMetaStore } from './DocumentMetaStore.ts';

/** The stores whose writes may need to commit together, bound to one transaction. */
export interface StoresInTransaction {
  documents: DocumentMetaStore;
  activity: ActivityStore;
}

/**
 * Runs `fn` in one database transaction: every write it makes through `stores` commits together,
 * or none does when it throws.
 */
export type WriteTogether = <T>(fn: (stores: StoresInTransaction) => Promise<T>) => Promise<T>;
