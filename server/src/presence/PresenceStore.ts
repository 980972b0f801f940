import type { PresenceActivity, Viewport } from '@weft/protocol';

/** One connection's presence in one workspace; a user with two tabs has two records. */
export interface PresenceRecord {
  workspaceId: string;
  /** Unique per connection across nodes (the socket.io socket id). */
  connectionId: string;
  /** The node that holds the connection, so a node can tell its own records apart. */
  nodeId: string;
  userId: string;
  name: string;
  city: string | null;
  colour: string;
  documentId: string | null;
  sessionId: string | null;
  activity: PresenceActivity;
  viewport: Viewport | null;
  /** Epoch ms of the user's last join, update or heartbeat. */
  lastSeen: number;
}

/**
 * Shared presence records with expiry: a record lives `ttlMs` after its last `put`, so the
 * records of a node that stops putting (crashed, partitioned) disappear by themselves.
 * Every implementation runs the contract suite in `presenceStoreContract.ts`.
 */
export interface PresenceStore {
  readonly ttlMs: number;
  /** Inserts or replaces records (keyed by workspaceId + connectionId) and restarts their expiry. */
  put(records: readonly PresenceRecord[]): Promise<void>;
  /** Removes these connections' records from a workspace; unknown ones are ignored. */
  remove(workspaceId: string, connectionIds: readonly string[]): Promise<void>;
  /** Live records of a workspace, in no particular order; expired ones are pruned. */
  list(workspaceId: string): Promise<PresenceRecord[]>;
  /** True when the store can serve reads and writes now. */
  isReady(): Promise<boolean>;
  /** Calls `listener` each time the store comes back after an outage, so nodes can re-publish. */
  onRecovered(listener: () => void): () => void;
  close(): Promise<void>;
}
