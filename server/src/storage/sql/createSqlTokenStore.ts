import type { Selectable } from 'kysely';
import { type Database, insertionOrder } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { ApiTokenRecord, TokenStore } from '../TokenStore.ts';

type TokenRow = Selectable<WeftDatabase['api_tokens']>;

export function createSqlTokenStore(d: Database): TokenStore {
  const { db } = d;
  const select = () =>
    db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'name', 'secret_hash', 'created_at', 'last_used_at', 'revoked_at']);
  return {
    async create(t) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          secret_hash: t.secretHash,
          created_at: t.createdAt,
        })
        .execute();
    },
    async findActive(secretHash) {
      const row = await select()
        .where('secret_hash', '=', secretHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async listActive(userId) {
      const rows = await select()
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .orderBy('created_at')
        .orderBy(insertionOrder(d))
        .execute();
      return rows.map(toRecord);
    },
    async revoke(id, userId, at) {
      const row = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .returning(['id', 'user_id', 'name', 'secret_hash', 'created_at', 'last_used_at', 'revoked_at'])
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async touch(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
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
