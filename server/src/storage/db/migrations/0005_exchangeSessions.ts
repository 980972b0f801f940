import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/** Exchange sessions (meetings of a workspace): agenda items and linked document ids as JSON. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('exchange_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(t.withOrd)
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', t.long, (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('agenda', t.json, (c) => c.notNull())
    .addColumn('document_ids', t.json, (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('updated_at', t.long, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('exchange_sessions_workspace')
    .on('exchange_sessions')
    .columns(['workspace_id', 'starts_at'])
    .execute();
}
