/** A login session; only a hash of the cookie secret is kept. Times are epoch milliseconds. */
export interface SessionRecord {
  id: string;
  secretHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

/** Login sessions. Every implementation runs `sessionStoreContract.ts`. */
export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  /** The session with this secret hash if it has not expired at `now`. */
  findValid(secretHash: string, now: number): Promise<SessionRecord | null>;
  /** The deleted session, or null if there was none. */
  delete(id: string): Promise<SessionRecord | null>;
  /** Drops sessions that expired before `now`; returns how many. */
  deleteExpired(now: number): Promise<number>;
}
