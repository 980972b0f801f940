import { type Kysely, sql } from 'kysely';
import { type DialectName, DialectName as Names } from '../Database.ts';
import { columnTypes } from './columnTypes.ts';

/** Document updates and snapshots. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  const pg = dialect === Names.postgres;
  await db.schema
    .createTable('doc_updates')
    .addColumn('seq', pg ? 'bigserial' : 'integer', (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('data', t.bytes, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_updates_doc_seq').on('doc_updates').columns(['doc_id', 'seq']).execute();
  await db.schema
    .createTable('doc_snapshots')
    .addColumn('doc_id', 'text', (c) => c.primaryKey())
    .addColumn('data', t.bytes, (c) => c.notNull())
    .addColumn('through_seq', t.long, (c) => c.notNull())
    .addColumn('updated_at', pg ? 'timestamptz' : 'integer', (c) =>
      pg ? c.notNull().defaultTo(sql`now()`) : c.notNull(),
    )
    .execute();
}
