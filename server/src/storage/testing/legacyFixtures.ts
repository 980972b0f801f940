import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from './createTestDatabase.ts';

const fixtures = new URL('../upgrade/fixtures/', import.meta.url).pathname;

/** What today's stores read from the fixtures (see upgrade/fixtureData.ts). */
export function expectedFixtureReads(): unknown {
  return JSON.parse(fs.readFileSync(path.join(fixtures, 'expected.json'), 'utf8'));
}

/** A copy of the SQLite file written by main before Kysely (PRAGMA user_version 5), in a temp dir. */
export function copyLegacySqliteFixture(): { dir: string; fileName: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-legacy-'));
  fs.copyFileSync(path.join(fixtures, 'legacy-sqlite.db'), path.join(dir, 'weft.db'));
  return { dir, fileName: 'weft.db', dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database restored from the pg_dump taken of main's schema and rows. */
export async function restoreLegacyPostgresFixture(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const dump = fs.readFileSync(path.join(fixtures, 'legacy-postgres.sql'), 'utf8');
    // psql meta-commands (`\restrict`) are for psql only; the rest is plain SQL.
    await client.query(
      dump
        .split('\n')
        .filter((line) => !line.startsWith('\\'))
        .join('\n'),
    );
  } finally {
    await client.end();
  }
  return db;
}
