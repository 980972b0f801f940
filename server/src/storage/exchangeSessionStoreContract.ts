import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import type { ExchangeSessionRecord } from './ExchangeSessionStore.ts';
import { testUserRecord } from './testUserRecord.ts';

/** The behaviour every ExchangeSessionStore must show. */
export function runExchangeSessionStoreContract(
  name: string,
  create: () => Promise<AccountStoresHarness>,
): void {
  describe(`ExchangeSessionStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    let workspaceId: string;
    let userId: string;
    const session = (overrides: Partial<ExchangeSessionRecord> = {}): ExchangeSessionRecord => ({
      id: crypto.randomUUID(),
      workspaceId,
      title: 'Trao đổi Ghent – Huế, phiên 3',
      startsAt: Date.parse('2026-03-30T08:00:00Z'),
      durationMinutes: 90,
      agenda: [
        { id: 'a1', title: 'Sợi tái chế ở Tiruppur', owner: 'प्रिया', minutes: 30 },
        { id: 'a2', title: 'Sign-off', owner: '', minutes: 15 },
      ],
      documentIds: ['doc-1', 'doc-2'],
      videoUrl: 'https://meet.example.org/weft-kickoff',
      createdAt: 1000,
      updatedAt: 1000,
      createdBy: userId,
      ...overrides,
    });
    const newWorkspace = async () => {
      const id = crypto.randomUUID();
      await h.stores.workspaces.create(
        { id, title: 'W', description: '', cities: [], archived: false, createdAt: 1, createdBy: userId },
        { workspaceId: id, userId, role: 'facilitator', joinedAt: 1, cityId: null },
      );
      return id;
    };
    beforeEach(async () => {
      h = await create();
      const user = testUserRecord();
      await h.stores.users.create(user);
      userId = user.id;
      workspaceId = await newWorkspace();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[ES1] a created session reads back unchanged, Unicode included; unknown id is null', async () => {
      const s = session();
      await h.stores.exchangeSessions.create(s);
      expect(await h.stores.exchangeSessions.get(s.id)).toEqual(s);
      expect(await h.stores.exchangeSessions.get('nope')).toBeNull();
    });

    it('[ES2] listByWorkspace: earliest start first, ties in creation order, other workspaces apart', async () => {
      const late = session({ startsAt: 3000 });
      const tieA = session({ startsAt: 2000 });
      const tieB = session({ startsAt: 2000 });
      const early = session({ startsAt: 1000 });
      for (const s of [late, tieA, tieB, early]) await h.stores.exchangeSessions.create(s);
      const other = await newWorkspace();
      await h.stores.exchangeSessions.create(session({ workspaceId: other }));
      expect((await h.stores.exchangeSessions.listByWorkspace(workspaceId)).map((s) => s.id)).toEqual([
        early.id,
        tieA.id,
        tieB.id,
        late.id,
      ]);
      expect(await h.stores.exchangeSessions.listByWorkspace(other)).toHaveLength(1);
      expect(await h.stores.exchangeSessions.listByWorkspace('none')).toEqual([]);
    });

    it('[ES3] update changes only the given fields and replaces lists whole; unknown id is null', async () => {
      const s = session();
      await h.stores.exchangeSessions.create(s);
      const agenda = [{ id: 'a3', title: 'Wrap-up', owner: 'Jan', minutes: 10 }];
      const updated = await h.stores.exchangeSessions.update(s.id, {
        agenda,
        documentIds: [],
        videoUrl: null,
        updatedAt: 2000,
        title: undefined,
      });
      expect(updated).toEqual({ ...s, agenda, documentIds: [], videoUrl: null, updatedAt: 2000 });
      expect(await h.stores.exchangeSessions.get(s.id)).toEqual(updated);
      expect(await h.stores.exchangeSessions.update('nope', { title: 'x' })).toBeNull();
    });

    it('[ES4] delete removes that session once and leaves the others', async () => {
      const a = session();
      const b = session();
      await h.stores.exchangeSessions.create(a);
      await h.stores.exchangeSessions.create(b);
      expect(await h.stores.exchangeSessions.delete(a.id)).toBe(true);
      expect(await h.stores.exchangeSessions.delete(a.id)).toBe(false);
      expect(await h.stores.exchangeSessions.get(a.id)).toBeNull();
      expect(await h.stores.exchangeSessions.get(b.id)).toEqual(b);
    });
  });
}
