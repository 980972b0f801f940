import type { Language } from '@weft/protocol';
import type { UserRecord, UserStore } from '../UserStore.ts';
import type { SqliteDatabase } from './openSqliteDatabase.ts';
import { stripUndefined } from './stripUndefined.ts';

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  city: string;
  organisation: string;
  language: string;
  time_zone: string;
  created_at: number;
}

const COLUMNS = 'id, email, password_hash, display_name, city, organisation, language, time_zone, created_at';

export function createSqliteUserStore(db: SqliteDatabase): UserStore {
  const insert = db.prepare<[string, string, string, string, string, string, string, string, number]>(
    `INSERT INTO users (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
  );
  const byId = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
  const byEmail = db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = ?`);
  const updateRow = db.prepare<[string, string, string, string, string, string]>(
    `UPDATE users SET display_name = ?, city = ?, organisation = ?, language = ?, time_zone = ? WHERE id = ?`,
  );
  const updateTx = db.transaction((id: string, patch: Partial<UserRecord>): UserRecord | null => {
    const row = byId.get(id);
    if (!row) return null;
    const next = { ...toRecord(row), ...patch };
    updateRow.run(next.displayName, next.city, next.organisation, next.language, next.timeZone, id);
    return next;
  });

  return {
    async create(u) {
      const result = insert.run(
        u.id,
        u.email,
        u.passwordHash,
        u.displayName,
        u.city,
        u.organisation,
        u.language,
        u.timeZone,
        u.createdAt,
      );
      return result.changes === 1;
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    async findByEmail(email) {
      const row = byEmail.get(email);
      return row ? toRecord(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      // json_each keeps this one statement however many ids there are.
      const rows = db
        .prepare<[string], UserRow>(
          `SELECT ${COLUMNS} FROM users WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids));
      return rows.map(toRecord);
    },
    async update(id, patch) {
      return updateTx(id, stripUndefined(patch));
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
    createdAt: r.created_at,
  };
}
