import type { Pool } from 'pg';
import type { ApiTokenRecord, TokenStore } from '../TokenStore.ts';
import { fromBigint, fromNullableBigint } from './fromBigint.ts';

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  secret_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const COLUMNS = 'id, user_id, name, secret_hash, created_at, last_used_at, revoked_at';

export function createPostgresTokenStore(pool: Pool): TokenStore {
  return {
    async create(t) {
      await pool.query(
        'INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
        [t.id, t.userId, t.name, t.secretHash, t.createdAt],
      );
    },
    async findActive(secretHash) {
      const { rows } = await pool.query<TokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE secret_hash = $1 AND revoked_at IS NULL`,
        [secretHash],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async listActive(userId) {
      const { rows } = await pool.query<TokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at, ord`,
        [userId],
      );
      return rows.map(toRecord);
    },
    async revoke(id, userId, at) {
      const { rows } = await pool.query<TokenRow>(
        `UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL
         RETURNING ${COLUMNS}`,
        [at, id, userId],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async touch(id, at) {
      await pool.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [at, id]);
    },
  };
}

function toRecord(r: TokenRow): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    secretHash: r.secret_hash,
    createdAt: fromBigint(r.created_at),
    lastUsedAt: fromNullableBigint(r.last_used_at),
    revokedAt: fromNullableBigint(r.revoked_at),
  };
}
