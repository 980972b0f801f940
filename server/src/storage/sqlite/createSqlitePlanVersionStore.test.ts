import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runPlanVersionStoreContract } from '../planVersionStoreContract.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { createSqliteAccountStores } from './createSqliteAccountStores.ts';
import { createSqlitePlanVersionStore } from './createSqlitePlanVersionStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

function sqliteHarness() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-plans-'));
  const db = openSqliteDatabase(dir);
  const stores = createSqliteAccountStores(db);
  let workspaceId: string | null = null;
  const user = testUserRecord();
  return {
    db,
    store: createSqlitePlanVersionStore(db),
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
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

runPlanVersionStoreContract('sqlite', async () => sqliteHarness());

it('SQLite refuses to change a stored version', async () => {
  const h = sqliteHarness();
  try {
    const docId = await h.newDocumentId();
    const state = {
      status: 'agreed' as const,
      parties: ['Ghent'],
      contentHash: 'sha256:00',
      proposedBy: null,
      proposedAt: null,
      signatures: [],
      versions: [],
    };
    await h.store.saveSignOff(docId, state, 0, {
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
    expect(() => h.db.prepare("UPDATE plan_versions SET name = 'forged' WHERE id = 'v1'").run()).toThrow(
      /immutable/,
    );
  } finally {
    await h.dispose();
  }
});
