import type { Signature, SignOffState } from '@weft/model';

/** A plan's sign-off state with the revision it was stored under (1 for the first save). */
export interface StoredSignOff {
  state: SignOffState;
  revision: number;
}

/** An immutable agreed version: who signed and the plan's encoded Y.Doc state at that moment. */
export interface PlanVersionRecord {
  id: string;
  documentId: string;
  /** 1, 2, … per document; unique. */
  number: number;
  name: string;
  contentHash: string;
  signatures: Signature[];
  /** ISO instant of the last signature. */
  agreedAt: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** `Y.encodeStateAsUpdate` of the plan document when it was agreed. */
  state: Uint8Array;
}

export type PlanVersionSummary = Omit<PlanVersionRecord, 'state'>;

/**
 * Sign-off state and agreed versions of action plans. Versions are written only together with
 * the state that records them and are never changed afterwards. Every implementation runs
 * `planVersionStoreContract.ts`.
 */
export interface PlanVersionStore {
  getSignOff(documentId: string): Promise<StoredSignOff | null>;
  /**
   * Stores `state` if the stored revision still equals `expectedRevision` (0: nothing stored yet)
   * and, in the same transaction, inserts `version` when given. Returns the new revision, or
   * null when someone else saved first (nothing is written then).
   */
  saveSignOff(
    documentId: string,
    state: SignOffState,
    expectedRevision: number,
    version?: PlanVersionRecord,
  ): Promise<number | null>;
  /** Oldest first, without their content. */
  listVersions(documentId: string): Promise<PlanVersionSummary[]>;
  /** Null when unknown or belonging to another document. */
  getVersion(documentId: string, versionId: string): Promise<PlanVersionRecord | null>;
}
