import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/**
 * Versions of every document (named, automatic, session records) with their deflated Yjs state,
 * the end of each exchange session and who attended it.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('document_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('session_id', 'text')
    .addColumn('state_bytes', 'integer', (c) => c.notNull())
    .addColumn('state', t.bytes, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_versions_document')
    .on('document_versions')
    .columns(['document_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('document_versions_session')
    .on('document_versions')
    .column('session_id')
    .execute();
  await db.schema
    .createTable('exchange_session_ends')
    .addColumn('session_id', 'text', (c) =>
      c.primaryKey().references('exchange_sessions.id').onDelete('cascade'),
    )
    .addColumn('ended_at', t.long, (c) => c.notNull())
    .addColumn('ended_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('session_attendance')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('exchange_sessions.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('joined_at', t.long, (c) => c.notNull())
    .addColumn('left_at', t.long)
    .addPrimaryKeyConstraint('session_attendance_pkey', ['session_id', 'user_id'])
    .execute();
}
