import { type Kysely, sql } from 'kysely';
import { type DialectName, DialectName as Names } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/** Action plan sign-off state (one JSON row per plan) and immutable agreed versions. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('plan_signoffs')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('state', t.json, (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.long, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('signatures', t.json, (c) => c.notNull())
    .addColumn('agreed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', t.long, (c) => c.notNull())
    .addColumn('state', t.bytes, (c) => c.notNull())
    .addUniqueConstraint('plan_versions_document_id_number_key', ['document_id', 'number'])
    .execute();
  // Triggers are the one part written per dialect: the two databases spell them differently.
  if (dialect === Names.postgres) {
    await sql`CREATE FUNCTION plan_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'agreed plan versions are immutable';
      END
      $$`.execute(db);
    await sql`CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
      FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable()`.execute(db);
  } else {
    await sql`CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions
      BEGIN
        SELECT RAISE(ABORT, 'agreed plan versions are immutable');
      END`.execute(db);
  }
}
