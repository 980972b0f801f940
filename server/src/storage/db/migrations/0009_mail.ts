import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/**
 * Email: the outbox (one row per notice, digest or invitation; rows sent together share a
 * message id), each user's preferences, and small named values (cursors, last digests).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Makes enqueueing idempotent: the same event never yields two rows for one recipient.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text')
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('due_at', t.long, (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('lease_until', t.long)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', t.long)
    .addColumn('failed_at', t.long)
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['sent_at', 'failed_at', 'due_at'])
    .execute();
  await db.schema.createIndex('mail_outbox_message').on('mail_outbox').column('message_id').execute();
  await db.schema.createIndex('mail_outbox_user').on('mail_outbox').columns(['user_id', 'kind']).execute();
  await db.schema
    .createTable('mail_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('prefs', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.long, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
