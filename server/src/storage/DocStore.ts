/** What storage holds for one document: a merged snapshot plus the updates appended since. */
export interface StoredDocument {
  snapshot: Uint8Array | null;
  /** Updates after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the newest update (or of the snapshot's last update); 0 for none. */
  lastSeq: number;
}

export interface CompactionResult {
  /** Updates folded into the snapshot (0 when there was nothing to do). */
  folded: number;
  snapshotBytes: number;
}

export interface UpdateEntry {
  docId: string;
  update: Uint8Array;
}

/**
 * Durable storage of Yjs documents as an append-only update log with compaction.
 * Every implementation runs the contract suite in `docStoreContract.ts`.
 */
export interface DocStore {
  /** null when nothing was ever stored for `docId`. */
  load(docId: string): Promise<StoredDocument | null>;
  /**
   * Appends all entries in one transaction: all are durable when the promise resolves, or none
   * is when it rejects. Resolves to the sequence number given to each entry, in order.
   */
  append(entries: readonly UpdateEntry[]): Promise<number[]>;
  /**
   * Folds the stored snapshot and every logged update up to `throughSeq` into a new snapshot and
   * drops those updates, atomically. It reads what storage holds (not what a node has in memory),
   * so updates appended by another node are never dropped unmerged. Later updates are kept.
   */
  compact(docId: string, throughSeq: number): Promise<CompactionResult>;
  /** Number of updates in the log after the snapshot (for tests, metrics and compaction). */
  logLength(docId: string): Promise<number>;
  /** True when the store can serve reads and writes. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}
