import { sql } from 'kysely';
import { type Database, DialectName } from './Database.ts';

/**
 * The schema as the database reports it (columns, indexes, constraints, triggers), the migration
 * bookkeeping (Kysely's and the old runner's) left out, so two databases built different ways compare.
 */
export async function describeSchema(d: Database): Promise<unknown> {
  if (d.dialect === DialectName.sqlite) {
    const { rows: objects } = await sql<{ type: string; name: string; tbl_name: string }>`
      SELECT type, name, tbl_name FROM sqlite_master
      WHERE name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name`.execute(d.db);
    const tables = [];
    for (const o of objects.filter((x) => x.type === 'table')) {
      const columns =
        await sql`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(${o.name})`.execute(
          d.db,
        );
      const indexes =
        await sql`SELECT name, "unique", partial FROM pragma_index_list(${o.name}) ORDER BY name`.execute(
          d.db,
        );
      const keys =
        await sql`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(${o.name}) ORDER BY "from"`.execute(
          d.db,
        );
      tables.push({ table: o.name, columns: columns.rows, indexes: indexes.rows, keys: keys.rows });
    }
    return { objects, tables };
  }
  const { rows: columns } = await sql`
    SELECT table_name, column_name, ordinal_position, data_type, is_nullable, column_default, is_identity
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' AND table_name <> 'weft_schema_migrations'
    ORDER BY table_name, ordinal_position`.execute(d.db);
  const { rows: indexes } = await sql`
    SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%' AND tablename <> 'weft_schema_migrations'
    ORDER BY indexname`.execute(d.db);
  const { rows: constraints } = await sql`
    SELECT conrelid::regclass::text AS on_table, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE 'kysely_%' AND conrelid::regclass::text <> 'weft_schema_migrations'
    ORDER BY on_table, conname`.execute(d.db);
  const { rows: triggers } = await sql`
    SELECT tgname, tgrelid::regclass::text AS on_table FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`.execute(
    d.db,
  );
  return { columns, indexes, constraints, triggers };
}
