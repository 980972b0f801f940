import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from '../AccountStores.ts';
import { DialectName } from '../db/Database.ts';
import { runDocumentMetaStoreContract } from '../documentMetaStoreContract.ts';
import { runExchangeSessionStoreContract } from '../exchangeSessionStoreContract.ts';
import { runSessionStoreContract } from '../sessionStoreContract.ts';
import { openTestDatabase } from '../testing/openTestDatabase.ts';
import { testUserRecord } from '../testUserRecord.ts';
import { runTokenStoreContract } from '../tokenStoreContract.ts';
import { runUserStoreContract } from '../userStoreContract.ts';
import { runWorkspaceStoreContract } from '../workspaceStoreContract.ts';
import { createSqlAccountStores } from './createSqlAccountStores.ts';

for (const dialect of Object.values(DialectName)) {
  const harness = async (): Promise<AccountStoresHarness> => {
    const t = await openTestDatabase(dialect);
    return { stores: createSqlAccountStores(t.database), dispose: () => t.dispose() };
  };
  runUserStoreContract(dialect, harness);
  runSessionStoreContract(dialect, harness);
  runTokenStoreContract(dialect, harness);
  runWorkspaceStoreContract(dialect, harness);
  runDocumentMetaStoreContract(dialect, harness);
  runExchangeSessionStoreContract(dialect, harness);

  describe(`${dialect} WorkspaceStore under concurrency`, () => {
    let h: AccountStoresHarness;
    beforeEach(async () => {
      h = await harness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('never leaves a workspace without a facilitator when two facilitators step down at once', async () => {
      for (let round = 0; round < 10; round++) {
        const [a, b] = [testUserRecord(), testUserRecord()];
        await h.stores.users.create(a);
        await h.stores.users.create(b);
        const id = crypto.randomUUID();
        await h.stores.workspaces.create(
          {
            id,
            title: 'Gent ⇄ Tiruppur',
            description: '',
            cities: [],
            archived: false,
            createdAt: 1,
            createdBy: a.id,
          },
          { workspaceId: id, userId: a.id, role: 'facilitator', joinedAt: 1, cityId: null },
        );
        await h.stores.workspaces.addOrPromote({
          workspaceId: id,
          userId: b.id,
          role: 'facilitator',
          joinedAt: 2,
          cityId: null,
        });
        // One removes itself while the other demotes itself: exactly one of the two may succeed.
        const results = await Promise.all([
          h.stores.workspaces.removeMember(id, a.id),
          h.stores.workspaces.changeRole(id, b.id, 'editor'),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_facilitator' }]);
        const members = await h.stores.workspaces.listMembers(id);
        expect(members.filter((m) => m.role === 'facilitator')).toHaveLength(1);
      }
    });
  });
}
