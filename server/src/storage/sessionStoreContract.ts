import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import type { SessionRecord } from './SessionStore.ts';
import { testUserRecord } from './testUserRecord.ts';

/** The behaviour every SessionStore must show. */
export function runSessionStoreContract(name: string, create: () => Promise<AccountStoresHarness>): void {
  describe(`SessionStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    let userId: string;
    const session = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
      id: crypto.randomUUID(),
      secretHash: crypto.randomUUID(),
      userId,
      createdAt: 1000,
      expiresAt: 5000,
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      const user = testUserRecord();
      await h.stores.users.create(user);
      userId = user.id;
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[SS1] a session is found by its secret hash until it expires', async () => {
      const s = session();
      await h.stores.sessions.create(s);
      expect(await h.stores.sessions.findValid(s.secretHash, 4999)).toEqual(s);
      expect(await h.stores.sessions.findValid(s.secretHash, 5000)).toBeNull();
      expect(await h.stores.sessions.findValid('other', 1000)).toBeNull();
    });

    it('[SS2] delete returns the session once and it no longer authenticates', async () => {
      const s = session();
      await h.stores.sessions.create(s);
      expect(await h.stores.sessions.delete(s.id)).toEqual(s);
      expect(await h.stores.sessions.delete(s.id)).toBeNull();
      expect(await h.stores.sessions.findValid(s.secretHash, 1000)).toBeNull();
    });

    it('[SS3] deleteExpired drops only expired sessions', async () => {
      const old = session({ expiresAt: 2000 });
      const live = session({ expiresAt: 9000 });
      await h.stores.sessions.create(old);
      await h.stores.sessions.create(live);
      expect(await h.stores.sessions.deleteExpired(3000)).toBe(1);
      expect(await h.stores.sessions.findValid(live.secretHash, 3000)).toEqual(live);
    });
  });
}
