import type { ApiTokenRecord, TokenStore } from '../TokenStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  secret_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

const COLUMNS = 'id, user_id, name, secret_hash, created_at, last_used_at, revoked_at';

export function createSqliteTokenStore(db: SqliteDatabase): TokenStore {
  const insert = db.prepare<[string, string, string, string, number]>(
    'INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const findActive = db.prepare<[string], TokenRow>(
    `SELECT ${COLUMNS} FROM api_tokens WHERE secret_hash = ? AND revoked_at IS NULL`,
  );
  const listActive = db.prepare<[string], TokenRow>(
    `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at, rowid`,
  );
  const revoke = db.prepare<[number, string, string], TokenRow>(
    `UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL
     RETURNING ${COLUMNS}`,
  );
  const touch = db.prepare<[number, string]>('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');

  return {
    async create(t) {
      insert.run(t.id, t.userId, t.name, t.secretHash, t.createdAt);
    },
    async findActive(secretHash) {
      const row = findActive.get(secretHash);
      return row ? toRecord(row) : null;
    },
    async listActive(userId) {
      return listActive.all(userId).map(toRecord);
    },
    async revoke(id, userId, at) {
      const row = revoke.get(at, id, userId);
      return row ? toRecord(row) : null;
    },
    async touch(id, at) {
      touch.run(at, id);
    },
  };
}

function toRecord(r: TokenRow): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    secretHash: r.secret_hash,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}
