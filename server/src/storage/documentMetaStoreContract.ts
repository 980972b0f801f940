import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import type { DocumentMetaRecord } from './DocumentMetaStore.ts';
import { testUserRecord } from './testUserRecord.ts';

/** The behaviour every DocumentMetaStore must show. */
export function runDocumentMetaStoreContract(
  name: string,
  create: () => Promise<AccountStoresHarness>,
): void {
  describe(`DocumentMetaStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    let workspaceId: string;
    let userId: string;
    const doc = (overrides: Partial<DocumentMetaRecord> = {}): DocumentMetaRecord => ({
      id: crypto.randomUUID(),
      workspaceId,
      type: 'note',
      title: 'Biên bản họp',
      archived: false,
      createdAt: 1000,
      updatedAt: 1000,
      createdBy: userId,
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      const user = testUserRecord();
      await h.stores.users.create(user);
      userId = user.id;
      workspaceId = crypto.randomUUID();
      await h.stores.workspaces.create(
        {
          id: workspaceId,
          title: 'W',
          description: '',
          cities: [],
          archived: false,
          createdAt: 1,
          createdBy: userId,
        },
        { workspaceId, userId, role: 'facilitator', joinedAt: 1, cityId: null },
      );
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[DM1] a created document reads back unchanged; unknown id is null', async () => {
      const d = doc({ type: 'actionPlan' });
      await h.stores.documents.create(d);
      expect(await h.stores.documents.get(d.id)).toEqual(d);
      expect(await h.stores.documents.get('nope')).toBeNull();
    });

    it('[DM2] listByWorkspace: non-archived first, then newest first', async () => {
      const a = doc({ createdAt: 1 });
      const b = doc({ createdAt: 2 });
      const c = doc({ createdAt: 3, archived: true });
      for (const d of [a, c, b]) await h.stores.documents.create(d);
      expect((await h.stores.documents.listByWorkspace(workspaceId)).map((d) => d.id)).toEqual([
        b.id,
        a.id,
        c.id,
      ]);
      expect(await h.stores.documents.listByWorkspace('other')).toEqual([]);
    });

    it('[DM3] update changes only the given fields; unknown id is null', async () => {
      const d = doc();
      await h.stores.documents.create(d);
      const updated = await h.stores.documents.update(d.id, {
        archived: true,
        updatedAt: 2000,
        title: undefined,
      });
      expect(updated).toEqual({ ...d, archived: true, updatedAt: 2000 });
      expect(await h.stores.documents.get(d.id)).toEqual(updated);
      expect(await h.stores.documents.update('nope', { title: 'x' })).toBeNull();
    });
  });
}
