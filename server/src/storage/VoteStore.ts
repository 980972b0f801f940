import type { VoteArea, VoteStatus } from '@weft/protocol';

/** A dot vote on a document (a whiteboard's stickies). */
export interface VoteRecord {
  id: string;
  workspaceId: string;
  documentId: string;
  sessionId: string | null;
  title: string;
  dotsPerPerson: number;
  anonymous: boolean;
  area: VoteArea | null;
  status: VoteStatus;
  /** Epoch milliseconds. */
  createdAt: number;
  createdBy: string;
  revealedAt: number | null;
  closedAt: number | null;
}

export interface DotRecord {
  userId: string;
  /** 0 .. dotsPerPerson-1, unique per (vote, user). */
  index: number;
  targetId: string;
}

/** Why a dot could not be cast or taken back. */
export type DotOutcome =
  | { ok: true }
  | { ok: false; reason: 'noVote' | 'closed' | 'noDotsLeft' | 'noDotOnTarget' };

/** Votes and their dots. Every implementation runs `voteStoreContract.ts`. */
export interface VoteStore {
  create(vote: VoteRecord): Promise<void>;
  /** Null when unknown. */
  get(id: string): Promise<VoteRecord | null>;
  /** Oldest first. */
  listByDocument(documentId: string): Promise<VoteRecord[]>;
  /** Moves an open vote to revealed, or an open/revealed one to closed; null when unknown. */
  setStatus(id: string, status: VoteStatus, at: number): Promise<VoteRecord | null>;
  /** False when there was no such vote; its dots go with it. */
  delete(id: string): Promise<boolean>;
  /** Every dot of the vote, in the order they were cast. */
  dots(voteId: string): Promise<DotRecord[]>;
  /**
   * Casts one of the user's dots on `targetId` at the lowest free index, in one transaction; never
   * more than the vote's dots per person, however many calls race. Refused once the vote is closed.
   */
  castDot(voteId: string, userId: string, targetId: string, at: number): Promise<DotOutcome>;
  /** Takes back the user's most recent dot on `targetId`; refused once the vote is closed. */
  removeDot(voteId: string, userId: string, targetId: string): Promise<DotOutcome>;
}
