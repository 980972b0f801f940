import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../openStorage.ts';
import {
  copyLegacySqliteFixture,
  expectedFixtureReads,
  restoreLegacyPostgresFixture,
} from '../testing/legacyFixtures.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { FIXTURE, readFixture } from './fixtureData.ts';

const logger = pino({ level: 'silent' });

/** 0006_cities turned the workspace's city names into rows and matched members by profile city. */
async function citiesMigrated(storage: Storage): Promise<void> {
  const { workspaces } = storage.accounts;
  const cities = (await workspaces.get(FIXTURE.workspace))?.cities ?? [];
  expect(cities.map(({ name, timeZone }) => ({ name, timeZone }))).toEqual([
    { name: 'Ghent', timeZone: 'Europe/Brussels' },
    { name: 'Huế', timeZone: 'Asia/Ho_Chi_Minh' },
  ]);
  const cityOf = async (userId: string) => {
    const member = await workspaces.getMember(FIXTURE.workspace, userId);
    return cities.find((c) => c.id === member?.cityId)?.name;
  };
  expect(await cityOf(FIXTURE.mai)).toBe('Huế');
  expect(await cityOf(FIXTURE.jan)).toBe('Ghent');
}

/** After the upgrade the database still takes writes that continue its sequences and ids. */
async function writesContinue(storage: Storage): Promise<void> {
  const before = await storage.docStore.load(FIXTURE.note);
  const [seq] = await storage.docStore.append([{ docId: FIXTURE.note, update: new Uint8Array([0, 0]) }]);
  expect(seq).toBeGreaterThan(before?.lastSeq ?? Number.POSITIVE_INFINITY);
  expect(await storage.accounts.users.create(testUserRecord())).toBe(true);
  const reply = await storage.comments.comments.addMessage({
    id: 'm-after-upgrade',
    threadId: FIXTURE.thread,
    authorId: FIXTURE.mai,
    body: 'sau khi nâng cấp',
    mentions: [],
    createdAt: FIXTURE.at + 100,
    clientId: null,
  });
  const messages = await storage.comments.comments.listMessages([FIXTURE.thread]);
  expect(reply.record.seq).toBeGreaterThan(Math.max(...messages.slice(0, -1).map((m) => m.seq)));
  // Same creation time as the fixture's token: the insertion order (rowid / identity) breaks the tie.
  await storage.accounts.tokens.create({
    id: 'tok-3',
    userId: FIXTURE.mai,
    name: 'new',
    secretHash: 'token-hash-3',
    createdAt: FIXTURE.at,
    lastUsedAt: null,
    revokedAt: null,
  });
  expect((await storage.accounts.tokens.listActive(FIXTURE.mai)).map((t) => t.id)).toEqual([
    FIXTURE.token,
    'tok-3',
  ]);
}

describe('databases written before the Kysely data layer', () => {
  it('[UP1] a SQLite file of main upgrades in place and reads back everything it held', async () => {
    const legacy = copyLegacySqliteFixture();
    try {
      const storage = await openStorage(
        { dataDir: legacy.dir, databaseUrl: undefined, databasePoolSize: 1 },
        logger,
      );
      try {
        expect(await readFixture(storage)).toEqual(expectedFixtureReads());
        await citiesMigrated(storage);
        await writesContinue(storage);
      } finally {
        await storage.close();
      }
      // Opening again finds nothing to migrate and the same rows.
      const again = await openStorage(
        { dataDir: legacy.dir, databaseUrl: undefined, databasePoolSize: 1 },
        logger,
      );
      await again.close();
    } finally {
      legacy.dispose();
    }
  });

  it('[UP2] a PostgreSQL database of main upgrades in place and reads back everything it held', async () => {
    const legacy = await restoreLegacyPostgresFixture();
    try {
      const storage = await openStorage(
        { dataDir: '', databaseUrl: legacy.url, databasePoolSize: 2 },
        logger,
      );
      try {
        expect(await readFixture(storage)).toEqual(expectedFixtureReads());
        await citiesMigrated(storage);
        await writesContinue(storage);
      } finally {
        await storage.close();
      }
    } finally {
      await legacy.drop();
    }
  });
});
