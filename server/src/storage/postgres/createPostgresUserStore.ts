import type { Language } from '@weft/protocol';
import type { Pool } from 'pg';
import type { UserRecord, UserStore } from '../UserStore.ts';
import { fromBigint } from './fromBigint.ts';

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  city: string;
  organisation: string;
  language: string;
  time_zone: string;
  created_at: string;
}

const COLUMNS = 'id, email, password_hash, display_name, city, organisation, language, time_zone, created_at';

export function createPostgresUserStore(pool: Pool): UserStore {
  return {
    async create(u) {
      const result = await pool.query(
        `INSERT INTO users (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (email) DO NOTHING`,
        [
          u.id,
          u.email,
          u.passwordHash,
          u.displayName,
          u.city,
          u.organisation,
          u.language,
          u.timeZone,
          u.createdAt,
        ],
      );
      return result.rowCount === 1;
    },
    async findById(id) {
      const { rows } = await pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findByEmail(email) {
      const { rows } = await pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = $1`, [email]);
      return rows[0] ? toRecord(rows[0]) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      const { rows } = await pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ANY($1::text[])`, [
        [...ids],
      ]);
      return rows.map(toRecord);
    },
    async update(id, patch) {
      // One statement: coalesce keeps every field the patch leaves out.
      const { rows } = await pool.query<UserRow>(
        `UPDATE users SET display_name = coalesce($2, display_name), city = coalesce($3, city),
           organisation = coalesce($4, organisation), language = coalesce($5, language),
           time_zone = coalesce($6, time_zone)
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          patch.displayName ?? null,
          patch.city ?? null,
          patch.organisation ?? null,
          patch.language ?? null,
          patch.timeZone ?? null,
        ],
      );
      return rows[0] ? toRecord(rows[0]) : null;
    },
  };
}

function toRecord(r: UserRow): UserRecord {
  return {
    id: r.id,
    email: r.email,
    passwordHash: r.password_hash,
    displayName: r.display_name,
    city: r.city,
    organisation: r.organisation,
    language: r.language as Language,
    timeZone: r.time_zone,
    createdAt: fromBigint(r.created_at),
  };
}
