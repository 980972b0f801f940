import { type ColumnDataType, type CreateTableBuilder, type Expression, sql } from 'kysely';
import { type DialectName, DialectName as Names } from '../Database.ts';

type DataType = ColumnDataType | Expression<unknown>;
type AnyTable = CreateTableBuilder<string, string>;

/** The column types that differ between the dialects, named by what they hold. */
export interface ColumnTypes {
  /** Epoch milliseconds, sequence numbers: INTEGER in SQLite, BIGINT in PostgreSQL. */
  long: DataType;
  bytes: DataType;
  json: DataType;
  flag: DataType;
  flagDefault: boolean | number;
  textList: DataType;
  /** PostgreSQL only: an identity column that keeps insertion order (SQLite has its rowid). */
  withOrd<B extends AnyTable>(table: B): B;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  const pg = dialect === Names.postgres;
  return {
    long: pg ? 'bigint' : 'integer',
    bytes: pg ? 'bytea' : 'blob',
    json: pg ? 'jsonb' : 'text',
    flag: pg ? 'boolean' : 'integer',
    flagDefault: pg ? false : 0,
    textList: pg ? sql`text[]` : 'text',
    withOrd: <B extends AnyTable>(table: B): B =>
      pg ? (table.addColumn('ord', 'bigint', (c) => c.generatedAlwaysAsIdentity()) as B) : table,
  };
}
