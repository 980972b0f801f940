import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { WeftDatabase } from './WeftDatabase.ts';

export const DialectName = {
  sqlite: 'sqlite',
  postgres: 'postgres',
} as const;
export type DialectName = (typeof DialectName)[keyof typeof DialectName];

/**
 * One database behind Kysely, with the few places where SQLite and PostgreSQL store a value
 * differently. Stores are written once against this; only this file and the migrations branch on
 * the dialect's name.
 */
export interface Database {
  readonly db: Kysely<WeftDatabase>;
  readonly dialect: DialectName;
  /** Closes the SQLite file or ends the PostgreSQL pool. */
  close(): Promise<void>;
}

/** The column that keeps insertion order for ties: SQLite's rowid, PostgreSQL's identity `ord`. */
export function insertionOrder(d: Database, table?: string): RawBuilder<number> {
  const column = d.dialect === DialectName.sqlite ? 'rowid' : 'ord';
  return sql<number>`${sql.ref(table ? `${table}.${column}` : column)}`;
}

/** A list of strings as the dialect stores it: TEXT[] in PostgreSQL, JSON text in SQLite. */
export function textList(d: Database, values: readonly string[]): string[] | string {
  return d.dialect === DialectName.postgres ? [...values] : JSON.stringify(values);
}

/** Reads a JSON (or TEXT[]) column: SQLite hands back text, PostgreSQL the parsed value. */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Now, for `doc_snapshots.updated_at`: epoch ms in SQLite, TIMESTAMPTZ in PostgreSQL. */
export function snapshotTime(d: Database): RawBuilder<unknown> {
  return d.dialect === DialectName.postgres ? sql`now()` : sql`${Date.now()}`;
}

export function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Locks the selected rows until the transaction ends (PostgreSQL); SQLite's one writer needs none. */
export function lockedForUpdate<QB extends { forUpdate(): QB }>(d: Database, qb: QB): QB {
  return d.dialect === DialectName.postgres ? qb.forUpdate() : qb;
}
