import { readyTimer } from '@weft/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStores } from './AccountStores.ts';
import type { FacilitationStore, StoredTimer } from './FacilitationStore.ts';
import { testUserRecord } from './testUserRecord.ts';

export interface FacilitationStoreHarness {
  store: FacilitationStore;
  accounts: AccountStores;
  dispose(): Promise<void>;
}

/** The behaviour every FacilitationStore must show. */
export function runFacilitationStoreContract(
  name: string,
  create: () => Promise<FacilitationStoreHarness>,
): void {
  describe(`FacilitationStore contract: ${name}`, () => {
    let h: FacilitationStoreHarness;
    let userIds: string[];
    let sessionId: string;
    const newUser = async (name: string) => {
      const user = { ...testUserRecord(), displayName: name };
      await h.accounts.users.create(user);
      return user.id;
    };
    const newSession = async () => {
      const id = crypto.randomUUID();
      const workspaceId = crypto.randomUUID();
      const [owner = ''] = userIds;
      await h.accounts.workspaces.create(
        {
          id: workspaceId,
          title: 'W',
          description: '',
          cities: [],
          archived: false,
          createdAt: 1,
          createdBy: owner,
        },
        { workspaceId, userId: owner, role: 'facilitator', joinedAt: 1, cityId: null },
      );
      await h.accounts.exchangeSessions.create({
        id,
        workspaceId,
        title: 'Phiên 3',
        startsAt: 0,
        durationMinutes: 60,
        agenda: [],
        documentIds: [],
        videoUrl: null,
        createdAt: 1,
        updatedAt: 1,
        createdBy: owner,
      });
      return id;
    };
    const stored = (overrides: Partial<StoredTimer> = {}): StoredTimer => ({
      ...readyTimer([{ minutes: 10 }]),
      updatedAt: 1000,
      updatedBy: userIds[0] ?? '',
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      userIds = [await newUser('Sofie'), await newUser('Nguyễn Thị Lan'), await newUser('प्रिया')];
      sessionId = await newSession();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[FS1] a timer is null until written; updateTimer sees the current one and stores the next', async () => {
      expect(await h.store.getTimer(sessionId)).toBeNull();
      const first = stored({ status: 'running', endsAt: 1_800_000_000_000, remainingMs: null });
      const seen: (StoredTimer | null)[] = [];
      const keep = (next: StoredTimer) => (current: StoredTimer | null) => {
        seen.push(current);
        return next;
      };
      expect(await h.store.updateTimer(sessionId, keep(first))).toEqual(first);
      expect(await h.store.getTimer(sessionId)).toEqual(first);
      const second = stored({ status: 'paused', remainingMs: 42, endsAt: null, endedAt: 7, itemIndex: 2 });
      await h.store.updateTimer(sessionId, keep(second));
      expect(await h.store.getTimer(sessionId)).toEqual(second);
      expect(seen).toEqual([null, first]);
    });

    it('[FS2] a change that throws writes nothing', async () => {
      await h.store.updateTimer(sessionId, () => stored());
      await expect(
        h.store.updateTimer(sessionId, () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await h.store.getTimer(sessionId)).toEqual(stored());
    });

    it('[FS3] hands queue oldest first, ties in raising order; raising twice keeps the place', async () => {
      const [a = '', b = '', c = ''] = userIds;
      expect(await h.store.raiseHand(sessionId, { userId: b, name: 'Nguyễn Thị Lan', raisedAt: 2000 })).toBe(
        true,
      );
      expect(await h.store.raiseHand(sessionId, { userId: c, name: 'प्रिया', raisedAt: 1000 })).toBe(true);
      expect(await h.store.raiseHand(sessionId, { userId: a, name: 'Sofie', raisedAt: 2000 })).toBe(true);
      expect(await h.store.raiseHand(sessionId, { userId: c, name: 'प्रिया', raisedAt: 3000 })).toBe(false);
      expect(await h.store.listHands(sessionId)).toEqual([
        { userId: c, name: 'प्रिया', raisedAt: 1000 },
        { userId: b, name: 'Nguyễn Thị Lan', raisedAt: 2000 },
        { userId: a, name: 'Sofie', raisedAt: 2000 },
      ]);
      expect(await h.store.listHands(await newSession())).toEqual([]);
    });

    it('[FS4] lowering removes only that hand and reports whether it was up', async () => {
      const [a = '', b = ''] = userIds;
      await h.store.raiseHand(sessionId, { userId: a, name: 'Sofie', raisedAt: 1 });
      await h.store.raiseHand(sessionId, { userId: b, name: 'Lan', raisedAt: 2 });
      expect(await h.store.lowerHand(sessionId, a)).toBe(true);
      expect(await h.store.lowerHand(sessionId, a)).toBe(false);
      expect((await h.store.listHands(sessionId)).map((x) => x.userId)).toEqual([b]);
    });

    it('[FS5] deleting the session removes its timer and hands', async () => {
      await h.store.updateTimer(sessionId, () => stored());
      await h.store.raiseHand(sessionId, { userId: userIds[0] ?? '', name: 'Sofie', raisedAt: 1 });
      expect(await h.accounts.exchangeSessions.delete(sessionId)).toBe(true);
      expect(await h.store.getTimer(sessionId)).toBeNull();
      expect(await h.store.listHands(sessionId)).toEqual([]);
    });
  });
}
