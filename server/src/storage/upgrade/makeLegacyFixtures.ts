// One-off: wrote fixtures/ with the stores and migrations of main at d15bb33 (before Kysely).
// Kept until those stores are gone; run with `npx tsx` from server/.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { pino } from 'pino';
import { openStorage } from '../openStorage.ts';
import { createTestDatabase } from '../testing/createTestDatabase.ts';
import { readFixture, writeFixture } from './fixtureData.ts';

const out = new URL('./fixtures/', import.meta.url).pathname;
const logger = pino({ level: 'silent' });
fs.rmSync(`${out}legacy-sqlite.db`, { force: true });
const dir = fs.mkdtempSync('/tmp/wtdata/fx-');
const sqlite = await openStorage({ dataDir: dir, databaseUrl: undefined, databasePoolSize: 2 }, logger);
await writeFixture(sqlite);
const expected = await readFixture(sqlite);
await sqlite.close();
const pgdb = await createTestDatabase();
const pg = await openStorage({ dataDir: dir, databaseUrl: pgdb.url, databasePoolSize: 2 }, logger);
await writeFixture(pg);
await pg.close();
const dump = execFileSync(
  'pg_dump',
  ['--inserts', '--no-owner', '--no-privileges', '--no-comments', pgdb.url],
  { encoding: 'utf8' },
);
await pgdb.drop();
execFileSync('sqlite3', [`${dir}/weft.db`, 'PRAGMA wal_checkpoint(TRUNCATE); VACUUM;']);
fs.copyFileSync(`${dir}/weft.db`, `${out}legacy-sqlite.db`);
fs.writeFileSync(`${out}legacy-postgres.sql`, dump);
fs.writeFileSync(`${out}expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
console.log('done', dir);
