import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import { testUserRecord } from './testUserRecord.ts';

/** The behaviour every UserStore must show; rule ids are cited in failures and docs. */
export function runUserStoreContract(name: string, create: () => Promise<AccountStoresHarness>): void {
  describe(`UserStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    beforeEach(async () => {
      h = await create();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[US1] a created user is found by id and by email, unchanged', async () => {
      const user = testUserRecord({ displayName: 'अनन्या शर्मा' });
      expect(await h.stores.users.create(user)).toBe(true);
      expect(await h.stores.users.findById(user.id)).toEqual(user);
      expect(await h.stores.users.findByEmail(user.email)).toEqual(user);
    });

    it('[US2] a second user with the same email is refused and nothing is stored', async () => {
      const first = testUserRecord({ email: 'same@example.org' });
      const second = testUserRecord({ email: 'same@example.org' });
      await h.stores.users.create(first);
      expect(await h.stores.users.create(second)).toBe(false);
      expect(await h.stores.users.findById(second.id)).toBeNull();
    });

    it('[US3] unknown ids and emails are null', async () => {
      expect(await h.stores.users.findById('nope')).toBeNull();
      expect(await h.stores.users.findByEmail('nobody@example.org')).toBeNull();
    });

    it('[US4] update changes only the given fields and returns the result; unknown id is null', async () => {
      const user = testUserRecord();
      await h.stores.users.create(user);
      const updated = await h.stores.users.update(user.id, {
        city: 'Gent',
        language: 'nl',
        displayName: undefined,
      });
      expect(updated).toEqual({ ...user, city: 'Gent', language: 'nl' });
      expect(await h.stores.users.findById(user.id)).toEqual(updated);
      expect(await h.stores.users.update('nope', { city: 'x' })).toBeNull();
    });

    it('[US5] findByIds returns the known users among the ids', async () => {
      const a = testUserRecord();
      const b = testUserRecord();
      await h.stores.users.create(a);
      await h.stores.users.create(b);
      const found = await h.stores.users.findByIds([a.id, 'missing', b.id]);
      expect(found.map((u) => u.id).sort()).toEqual([a.id, b.id].sort());
      expect(await h.stores.users.findByIds([])).toEqual([]);
    });

    it('[US6] update sets a new password hash and leaves the rest', async () => {
      const user = testUserRecord();
      await h.stores.users.create(user);
      expect(await h.stores.users.update(user.id, { passwordHash: 'new-hash' })).toEqual({
        ...user,
        passwordHash: 'new-hash',
      });
    });
  });
}
