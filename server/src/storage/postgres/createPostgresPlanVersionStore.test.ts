import { pino } from 'pino';
import { expect, it } from 'vitest';
import { runPlanVersionStoreContract } from '../planVersionStoreContract.ts';
import { createTestDatabase } from '../testing/createTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createPostgresAccountStores } from './createPostgresAccountStores.ts';
import { createPostgresPlanVersionStore } from './createPostgresPlanVersionStore.ts';
import { createPostgresPool } from './createPostgresPool.ts';
import { migratePostgres } from './migratePostgres.ts';

const logger = pino({ level: 'silent' });

async function postgresHarness() {
  const db = await createTestDatabase();
  const pool = createPostgresPool(db.url, logger, 4);
  await migratePostgres(pool);
  const stores = createPostgresAccountStores(pool);
  let workspaceId: string | null = null;
  const user = testUserRecord();
  return {
    pool,
    store: createPostgresPlanVersionStore(pool),
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
          { workspaceId, userId: user.id, role: 'facilitator', joinedAt: 1 },
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
    async dispose() {
      await pool.end();
      await db.drop();
    },
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

runPlanVersionStoreContract('postgres', postgresHarness);

it('PostgreSQL refuses to change a stored version', async () => {
  const h = await postgresHarness();
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
    await expect(h.pool.query("UPDATE plan_versions SET name = 'forged' WHERE id = 'v1'")).rejects.toThrow(
      /immutable/,
    );
  } finally {
    await h.dispose();
  }
});

it('PostgreSQL lets exactly one of two concurrent saves at the same revision win', async () => {
  const h = await postgresHarness();
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
