import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/**
 * Dot votes on a document and their dots. A dot is (vote, user, dot index): the primary key is what
 * stops a person from ever holding more than the vote's dots, however many requests race.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('session_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dots_per_person', 'integer', (c) => c.notNull())
    .addColumn('anonymous', t.flag, (c) => c.notNull().defaultTo(t.flagDefault))
    .addColumn('area', t.json)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('revealed_at', t.long)
    .addColumn('closed_at', t.long)
    .execute();
  await db.schema.createIndex('votes_document').on('votes').columns(['document_id', 'created_at']).execute();
  await db.schema
    .createTable('vote_dots')
    .addColumn('vote_id', 'text', (c) => c.notNull().references('votes.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('dot_index', 'integer', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('cast_at', t.long, (c) => c.notNull())
    .addPrimaryKeyConstraint('vote_dots_pk', ['vote_id', 'user_id', 'dot_index'])
    .execute();
}
