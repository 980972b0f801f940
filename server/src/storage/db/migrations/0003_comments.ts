import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/**
 * Comments: threads, messages, mentions, read markers; the activity feed and last visits.
 * `comment_counter` hands out message seqs (under a row lock in PostgreSQL), so seqs commit in
 * order and a read marker never skips a message committed later.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('comment_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('value', t.long, (c) => c.notNull())
    .execute();
  await sql`INSERT INTO comment_counter (id, value) VALUES (1, 0)`.execute(db);
  await db.schema
    .createTable('comment_threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('anchor', t.json, (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('updated_at', t.long, (c) => c.notNull())
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', t.long)
    .addColumn('client_id', 'text')
    .addColumn('last_seq', t.long, (c) => c.notNull().defaultTo(0))
    .addColumn('last_at', t.long, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('comment_threads_document')
    .on('comment_threads')
    .columns(['document_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('comment_threads_workspace')
    .on('comment_threads')
    .column('workspace_id')
    .execute();
  await db.schema
    .createIndex('comment_threads_client')
    .unique()
    .on('comment_threads')
    .columns(['created_by', 'client_id'])
    .where(sql.ref('client_id'), 'is not', null)
    .execute();
  await db.schema
    .createTable('comment_messages')
    .addColumn('seq', t.long, (c) => c.notNull().unique())
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('edited_at', t.long)
    .addColumn('deleted_at', t.long)
    .addColumn('client_id', 'text')
    .execute();
  await db.schema
    .createIndex('comment_messages_thread')
    .on('comment_messages')
    .columns(['thread_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('comment_messages_client')
    .unique()
    .on('comment_messages')
    .columns(['author_id', 'client_id'])
    .where(sql.ref('client_id'), 'is not', null)
    .execute();
  await db.schema
    .createTable('comment_mentions')
    .addColumn('message_id', 'text', (c) => c.notNull().references('comment_messages.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('seq', t.long, (c) => c.notNull())
    .$call(t.withOrd)
    .addPrimaryKeyConstraint('comment_mentions_pkey', ['message_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('comment_mentions_user')
    .on('comment_mentions')
    .columns(['user_id', 'seq'])
    .execute();
  await db.schema
    .createTable('comment_reads')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text', (c) => c.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('seq', t.long, (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_reads_pkey', ['user_id', 'thread_id'])
    .execute();
  await db.schema
    .createTable('activity_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', t.long, (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('document_id', 'text')
    .addColumn('thread_id', 'text')
    .addColumn('message_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_events_workspace_at')
    .on('activity_events')
    .columns(['workspace_id', 'at'])
    .execute();
  await db.schema
    .createIndex('activity_events_message')
    .on('activity_events')
    .column('message_id')
    .where(sql.ref('message_id'), 'is not', null)
    .execute();
  await db.schema
    .createTable('workspace_visits')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('visited_at', t.long, (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_visits_pkey', ['user_id', 'workspace_id'])
    .execute();
}
