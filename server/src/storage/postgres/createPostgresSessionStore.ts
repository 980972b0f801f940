import type { Pool } from 'pg';
import type { SessionRecord, SessionStore } from '../SessionStore.ts';
import { fromBigint } from './fromBigint.ts';

interface SessionRow {
  id: string;
  secret_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

const COLUMNS = 'id, secret_hash, user_id, created_at, expires_at';

export function createPostgresSessionStore(pool: Pool): SessionStore {
  return {
    async create(s) {
      await pool.query(`INSERT INTO sessions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, [
        s.id,
        s.secretHash,
        s.userId,
        s.createdAt,
        s.expiresAt,
      ]);
    },
    async findValid(secretHash, now) {
      const { rows } = await pool.query<SessionRow>(
        `SELECT ${COLUMNS} FROM sessions WHERE secret_hash = $1 AND expires_at > $2`,
        [secretHash, now],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async delete(id) {
      const { rows } = await pool.query<SessionRow>(
        `DELETE FROM sessions WHERE id = $1 RETURNING ${COLUMNS}`,
        [id],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async deleteExpired(now) {
      const result = await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
      return result.rowCount ?? 0;
    },
  };
}

function toRecord(r: SessionRow): SessionRecord {
  return {
    id: r.id,
    secretHash: r.secret_hash,
    userId: r.user_id,
    createdAt: fromBigint(r.created_at),
    expiresAt: fromBigint(r.expires_at),
  };
}
