import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/Database.ts';
import { DialectName } from '../db/Database.ts';
import { runPlanVersionStoreContract } from '../planVersionStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';
import { createSqlPlanVersionStore } from './createSqlPlanVersionStore.ts';

async function harness(dialect: DialectName) {
  const t = await openTestDatabase(dialect);
  const stores = createSqlAccountStores(t.database);
  let workspaceId: string | null = null;
  const user = testUserRecord();
  return {
    database: t.database as Database,
    store: createSqlPlanVersionStore(t.database),
    // Versions reference documents, so each test document is a real row.
    async newDocumentId() {
      if (!workspaceId) {
        await stores.users.create(user);
        workspaceId = crypto.randomUUID();
        await stores.workspaces.create(
          {
            id: workspaceId,
            title: 'W',
            description: '',
            cities: [],
            archived: false,
            createdAt: 1,
            createdBy: user.id,
          },
          { workspaceId, userId: user.id, role: 'facilitator', joinedAt: 1, cityId: null },
        );
      }
      const id = crypto.randomUUID();
      await stores.documents.create({
        id,
        workspaceId,
        type: 'actionPlan',
        title: 'Kế hoạch hành động',
        archived: false,
        createdAt: 1,
        updatedAt: 1,
        createdBy: user.id,
      });
      return id;
    },
    dispose: () => t.dispose(),
  };
}

const signOff = {
  status: 'agreed' as const,
  parties: ['Ghent', 'Huế'],
  contentHash: 'sha256:00',
  proposedBy: null,
  proposedAt: null,
  signatures: [],
  versions: [],
};

for (const dialect of Object.values(DialectName)) {
  runPlanVersionStoreContract(dialect, () => harness(dialect));

  describe(`${dialect} PlanVersionStore`, () => {
    it('[PVX1] the database itself refuses to change a stored version', async () => {
      const h = await harness(dialect);
      try {
        const docId = await h.newDocumentId();
        await h.store.saveSignOff(docId, signOff, 0, {
          id: 'v1',
          documentId: docId,
          number: 1,
          name: 'Agreed v1',
          contentHash: 'sha256:00',
          signatures: [],
          agreedAt: '2026-11-28T05:00:00.000Z',
          createdAt: 1,
          state: new Uint8Array([0]),
        });
        await expect(
          sql`UPDATE plan_versions SET name = 'forged' WHERE id = 'v1'`.execute(h.database.db),
        ).rejects.toThrow(/immutable/);
      } finally {
        await h.dispose();
      }
    });

    it('[PVX2] lets exactly one of two concurrent saves at the same revision win', async () => {
      const h = await harness(dialect);
      try {
        const docId = await h.newDocumentId();
        expect(await h.store.saveSignOff(docId, signOff, 0)).toBe(1);
        for (let round = 1; round <= 5; round++) {
          const results = await Promise.all([
            h.store.saveSignOff(docId, signOff, round),
            h.store.saveSignOff(docId, signOff, round),
          ]);
          expect(results.filter((r) => r === round + 1)).toHaveLength(1);
          expect(results.filter((r) => r === null)).toHaveLength(1);
        }
        expect((await h.store.getSignOff(docId))?.revision).toBe(6);
      } finally {
        await h.dispose();
      }
    });
  });
}
