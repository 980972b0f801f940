import type { SessionRecord, SessionStore } from '../SessionStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';

interface SessionRow {
  id: string;
  secret_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

const COLUMNS = 'id, secret_hash, user_id, created_at, expires_at';

export function createSqliteSessionStore(db: SqliteDatabase): SessionStore {
  const insert = db.prepare<[string, string, string, number, number]>(
    `INSERT INTO sessions (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
  );
  const findValid = db.prepare<[string, number], SessionRow>(
    `SELECT ${COLUMNS} FROM sessions WHERE secret_hash = ? AND expires_at > ?`,
  );
  const remove = db.prepare<[string], SessionRow>(`DELETE FROM sessions WHERE id = ? RETURNING ${COLUMNS}`);
  const removeExpired = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    async create(s) {
      insert.run(s.id, s.secretHash, s.userId, s.createdAt, s.expiresAt);
    },
    async findValid(secretHash, now) {
      const row = findValid.get(secretHash, now);
      return row ? toRecord(row) : null;
    },
    async delete(id) {
      const row = remove.get(id);
      return row ? toRecord(row) : null;
    },
    async deleteExpired(now) {
      return removeExpired.run(now).changes;
    },
  };
}

function toRecord(r: SessionRow): SessionRecord {
  return {
    id: r.id,
    secretHash: r.secret_hash,
    userId: r.user_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}
