import type { Language } from '@weft/protocol';
import type { Selectable } from 'kysely';
import type { Database } from '../db/Database.ts';
import type { WeftDatabase } from '../db/WeftDatabase.ts';
import type { UserRecord, UserStore } from '../UserStore.ts';
import { hasChanges } from './hasChanges.ts';

type UserRow = Selectable<WeftDatabase['users']>;

export function createSqlUserStore({ db }: Database): UserStore {
  const select = () => db.selectFrom('users').selectAll();
  return {
    async create(u) {
      const result = await db
        .insertInto('users')
        .values({
          id: u.id,
          email: u.email,
          password_hash: u.passwordHash,
          display_name: u.displayName,
          city: u.city,
          organisation: u.organisation,
          language: u.language,
          time_zone: u.timeZone,
          created_at: u.createdAt,
        })
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    },
    async findById(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async findByEmail(email) {
      const row = await select().where('email', '=', email).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return (
        await select()
          .where('id', 'in', [...ids])
          .execute()
      ).map(toRecord);
    },
    async update(id, patch) {
      // One statement with only the given fields, so concurrent patches of other fields both land.
      const set = {
        display_name: patch.displayName,
        city: patch.city,
        organisation: patch.organisation,
        language: patch.language,
        time_zone: patch.timeZone,
        password_hash: patch.passwordHash,
      };
      if (!hasChanges(set)) return this.findById(id);
      const row = await db
        .updateTable('users')
        .set(set)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row ? toRecord(row) : null;
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
