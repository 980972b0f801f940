/** An API token; only a hash of the secret is kept. Times are epoch milliseconds. */
export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  secretHash: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** API tokens. Every implementation runs `tokenStoreContract.ts`. */
export interface TokenStore {
  create(token: ApiTokenRecord): Promise<void>;
  /** The unrevoked token with this secret hash. */
  findActive(secretHash: string): Promise<ApiTokenRecord | null>;
  /** Unrevoked tokens of a user, oldest first. */
  listActive(userId: string): Promise<ApiTokenRecord[]>;
  /** Revokes the user's token; the revoked token, or null if the user has no such active token. */
  revoke(id: string, userId: string, at: number): Promise<ApiTokenRecord | null>;
  touch(id: string, at: number): Promise<void>;
}
