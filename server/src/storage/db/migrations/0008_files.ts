import type { Kysely } from 'kysely';
import type { DialectName } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/**
 * Files of a workspace: metadata in `files`, bytes content-addressed (sha256) in `file_blobs`,
 * which PostgreSQL deployments use so every node serves the same files (SQLite ones keep the bytes
 * on disk under DATA_DIR and leave this table empty).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('file_blobs')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('bytes', t.bytes, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', t.long, (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('thumb_hash', 'text')
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('files_workspace_id_idx')
    .on('files')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema.createIndex('files_content_hash_idx').on('files').column('content_hash').execute();
  await db.schema.createIndex('files_thumb_hash_idx').on('files').column('thumb_hash').execute();
}
