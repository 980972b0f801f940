import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/** Facilitation of live sessions: one timer per session and its queue of raised hands. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('session_timers')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('exchange_sessions.id').onDelete('cascade'),
    )
    .addColumn('item_index', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('duration_ms', t.long, (c) => c.notNull())
    .addColumn('ends_at', t.long)
    .addColumn('remaining_ms', t.long)
    .addColumn('ended_at', t.long)
    .addColumn('updated_at', t.long, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('session_hands')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('exchange_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .$call(t.withOrd)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('raised_at', t.long, (c) => c.notNull())
    .addPrimaryKeyConstraint('session_hands_pk', ['session_id', 'user_id'])
    .execute();
}
