export const VersionKind = {
  /** Named by a person. */
  named: 'named',
  /** Taken by the server: after a burst of editing, or just before a restore. */
  auto: 'auto',
  /** Recorded when an exchange session ended, one per linked document. */
  session: 'session',
} as const;
export type VersionKind = (typeof VersionKind)[keyof typeof VersionKind];

/** An immutable full state of a document at one moment. */
export interface DocumentVersionRecord {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  /** Epoch milliseconds. */
  createdAt: number;
  /** The user who named or restored it; null for versions the server took by itself. */
  createdBy: string | null;
  /** The exchange session it records (`kind: 'session'`), else null. */
  sessionId: string | null;
  /** `Y.encodeStateAsUpdate` of the document. */
  state: Uint8Array;
}

export interface DocumentVersionSummary extends Omit<DocumentVersionRecord, 'state'> {
  /** Size of the uncompressed state in bytes. */
  stateBytes: number;
}

export interface SessionEndRecord {
  sessionId: string;
  endedAt: number;
  endedBy: string;
}

/** A member seen on the live session page: first joined, and last left (null while there). */
export interface AttendanceRecord {
  sessionId: string;
  userId: string;
  name: string;
  joinedAt: number;
  leftAt: number | null;
}

/**
 * Versions of every document type, stored compressed, and the end of exchange sessions. Versions
 * are never changed; only automatic ones are ever removed (thinning). Every implementation runs
 * `documentVersionStoreContract.ts`.
 */
export interface DocumentVersionStore {
  add(version: DocumentVersionRecord): Promise<DocumentVersionSummary>;
  /** Newest first (equal times: last added first), without their content. */
  list(documentId: string): Promise<DocumentVersionSummary[]>;
  /** Null when unknown or belonging to another document. */
  get(documentId: string, versionId: string): Promise<DocumentVersionRecord | null>;
  /** The newest version of `kind`, or null. */
  latest(documentId: string, kind: VersionKind): Promise<DocumentVersionSummary | null>;
  /** Removes the given versions when they are automatic ones; returns how many went. */
  removeAuto(documentId: string, versionIds: readonly string[]): Promise<number>;
  /** Session records, oldest first. */
  listBySession(sessionId: string): Promise<DocumentVersionSummary[]>;
  /** Marks the session ended; false (nothing written) when it already was. */
  endSession(end: SessionEndRecord): Promise<boolean>;
  sessionEnd(sessionId: string): Promise<SessionEndRecord | null>;
  /** A member joined the session page: the first join is kept, a later one clears `leftAt`. */
  recordJoin(sessionId: string, userId: string, name: string, at: number): Promise<void>;
  /** A member left the session page (no-op for someone never seen joining). */
  recordLeave(sessionId: string, userId: string, at: number): Promise<void>;
  /** Who attended, in order of first joining. */
  attendance(sessionId: string): Promise<AttendanceRecord[]>;
}
