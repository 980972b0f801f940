import type { RaisedHand, SessionTimer } from '@weft/protocol';

/** A session's timer as stored: the state the last action left it in (see `timerAt`). */
export interface StoredTimer extends SessionTimer {
  /** Epoch ms of the last action. */
  updatedAt: number;
  updatedBy: string;
}

/** Timers and raised hands of live sessions. Every implementation runs `facilitationStoreContract.ts`. */
export interface FacilitationStore {
  /** Null until a facilitator first acted on the session's timer. */
  getTimer(sessionId: string): Promise<StoredTimer | null>;
  /**
   * Reads the timer, lets `change` compute the next one and writes it, all in one transaction so
   * two facilitators acting at once cannot lose one action; an error thrown by `change` writes nothing.
   */
  updateTimer(sessionId: string, change: (current: StoredTimer | null) => StoredTimer): Promise<StoredTimer>;
  /** Oldest first; hands raised in the same millisecond keep the order they were raised in. */
  listHands(sessionId: string): Promise<RaisedHand[]>;
  /** False when this person's hand was already up (it keeps its place). */
  raiseHand(sessionId: string, hand: RaisedHand): Promise<boolean>;
  /** False when the hand was not up. */
  lowerHand(sessionId: string, userId: string): Promise<boolean>;
}
