import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DialectName } from '../db/Database.ts';
import { runDocumentVersionStoreContract } from '../documentVersionStoreContract.ts';
import { createMemoryDocumentVersionStore } from '../memory/createMemoryDocumentVersionStore.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlDocumentVersionStore } from './createSqlDocumentVersionStore.ts';

async function harness(dialect: DialectName) {
  const t = await openTestDatabase(dialect);
  const stores = createSqlAccountStores(t.database);
  const user = testUserRecord();
  let workspaceId: string | null = null;
  // Versions and session ends reference real rows, so each test document and session is one.
  const workspace = async () => {
    if (workspaceId) return workspaceId;
    await stores.users.create(user);
    const id = crypto.randomUUID();
    await stores.workspaces.create(
      { id, title: 'W', description: '', cities: [], archived: false, createdAt: 1, createdBy: user.id },
      { workspaceId: id, userId: user.id, role: 'facilitator', joinedAt: 1, cityId: null },
    );
    workspaceId = id;
    return id;
  };
  return {
    database: t.database,
    store: createSqlDocumentVersionStore(t.database),
    async newDocumentId() {
      const id = crypto.randomUUID();
      await stores.documents.create({
        id,
        workspaceId: await workspace(),
        type: 'note',
        title: 'Biên bản',
        archived: false,
        createdAt: 1,
        updatedAt: 1,
        createdBy: user.id,
      });
      return id;
    },
    async newSessionId() {
      const id = crypto.randomUUID();
      await stores.exchangeSessions.create({
        id,
        workspaceId: await workspace(),
        title: 'Phiên 3',
        startsAt: 1,
        durationMinutes: 60,
        agenda: [],
        documentIds: [],
        videoUrl: null,
        createdAt: 1,
        updatedAt: 1,
        createdBy: user.id,
      });
      return id;
    },
    dispose: () => t.dispose(),
  };
}

runDocumentVersionStoreContract('memory', async () => ({
  store: createMemoryDocumentVersionStore(),
  newDocumentId: async () => crypto.randomUUID(),
  newSessionId: async () => crypto.randomUUID(),
  dispose: async () => {},
}));

for (const dialect of Object.values(DialectName)) {
  runDocumentVersionStoreContract(dialect, () => harness(dialect));

  describe(`${dialect} DocumentVersionStore`, () => {
    it('[DVX1] stores the state compressed', async () => {
      const h = await harness(dialect);
      try {
        const documentId = await h.newDocumentId();
        const state = new TextEncoder().encode('Hội thảo với các xưởng may. '.repeat(20_000));
        await h.store.add({
          id: 'v1',
          documentId,
          name: 'n',
          kind: 'named',
          createdAt: 1,
          createdBy: null,
          sessionId: null,
          state,
        });
        const row = await sql<{ n: number }>`SELECT length(state) AS n FROM document_versions`.execute(
          h.database.db,
        );
        expect(Number(row.rows[0]?.n)).toBeLessThan(state.byteLength / 10);
        expect((await h.store.get(documentId, 'v1'))?.state).toEqual(state);
      } finally {
        await h.dispose();
      }
    });
  });
}
