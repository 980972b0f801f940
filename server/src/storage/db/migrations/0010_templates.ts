import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/** Workspace templates: a document's type, title and encoded Yjs state, kept to start new documents. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', t.bytes, (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('templates_workspace')
    .on('templates')
    .columns(['workspace_id', 'created_at'])
    .execute();
}
