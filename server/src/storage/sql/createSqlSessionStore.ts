import type { Selectable } from 'kysely';
import type { Database } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { SessionRecord, SessionStore } from '../SessionStore.ts';

type SessionRow = Selectable<WeftDatabase['sessions']>;

export function createSqlSessionStore({ db }: Database): SessionStore {
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({
          id: s.id,
          secret_hash: s.secretHash,
          user_id: s.userId,
          created_at: s.createdAt,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async findValid(secretHash, now) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('secret_hash', '=', secretHash)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async delete(id) {
      const row = await db.deleteFrom('sessions').where('id', '=', id).returningAll().executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async deleteExpired(now) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
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
