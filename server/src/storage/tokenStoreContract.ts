import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import type { ApiTokenRecord } from './TokenStore.ts';
import { testUserRecord } from './testUserRecord.ts';

/** The behaviour every TokenStore must show. */
export function runTokenStoreContract(name: string, create: () => Promise<AccountStoresHarness>): void {
  describe(`TokenStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    let userId: string;
    let otherUserId: string;
    const token = (overrides: Partial<ApiTokenRecord> = {}): ApiTokenRecord => ({
      id: crypto.randomUUID(),
      userId,
      name: 'export script',
      secretHash: crypto.randomUUID(),
      createdAt: 1000,
      lastUsedAt: null,
      revokedAt: null,
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      const [a, b] = [testUserRecord(), testUserRecord()];
      await h.stores.users.create(a);
      await h.stores.users.create(b);
      userId = a.id;
      otherUserId = b.id;
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[TS1] an active token is found by its secret hash and listed for its user, oldest first', async () => {
      const t1 = token({ createdAt: 1 });
      const t2 = token({ createdAt: 2 });
      await h.stores.tokens.create(t2);
      await h.stores.tokens.create(t1);
      expect(await h.stores.tokens.findActive(t1.secretHash)).toEqual(t1);
      expect(await h.stores.tokens.listActive(userId)).toEqual([t1, t2]);
      expect(await h.stores.tokens.listActive(otherUserId)).toEqual([]);
    });

    it('[TS2] a revoked token is neither found nor listed, and revoking twice is null', async () => {
      const t = token();
      await h.stores.tokens.create(t);
      expect(await h.stores.tokens.revoke(t.id, userId, 7)).toEqual({ ...t, revokedAt: 7 });
      expect(await h.stores.tokens.findActive(t.secretHash)).toBeNull();
      expect(await h.stores.tokens.listActive(userId)).toEqual([]);
      expect(await h.stores.tokens.revoke(t.id, userId, 8)).toBeNull();
    });

    it("[TS3] nobody can revoke another user's token", async () => {
      const t = token();
      await h.stores.tokens.create(t);
      expect(await h.stores.tokens.revoke(t.id, otherUserId, 7)).toBeNull();
      expect(await h.stores.tokens.findActive(t.secretHash)).toEqual(t);
    });

    it('[TS4] touch records the last use', async () => {
      const t = token();
      await h.stores.tokens.create(t);
      await h.stores.tokens.touch(t.id, 4242);
      expect((await h.stores.tokens.findActive(t.secretHash))?.lastUsedAt).toBe(4242);
    });
  });
}
