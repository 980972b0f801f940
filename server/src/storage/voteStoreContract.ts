import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStores } from './AccountStores.ts';
import { testUserRecord } from './testUserRecord.ts';
import type { VoteRecord, VoteStore } from './VoteStore.ts';

export interface VoteStoreHarness {
  store: VoteStore;
  accounts: AccountStores;
  dispose(): Promise<void>;
}

/** The behaviour every VoteStore must show. */
export function runVoteStoreContract(name: string, create: () => Promise<VoteStoreHarness>): void {
  describe(`VoteStore contract: ${name}`, () => {
    let h: VoteStoreHarness;
    let userId: string;
    let workspaceId: string;
    let documentId: string;
    const vote = (overrides: Partial<VoteRecord> = {}): VoteRecord => ({
      id: crypto.randomUUID(),
      workspaceId,
      documentId,
      sessionId: null,
      title: 'Ưu tiên – Gent ⇄ Huế',
      dotsPerPerson: 3,
      anonymous: false,
      area: null,
      status: 'open',
      createdAt: 1000,
      createdBy: userId,
      revealedAt: null,
      closedAt: null,
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      const user = testUserRecord();
      await h.accounts.users.create(user);
      userId = user.id;
      workspaceId = crypto.randomUUID();
      await h.accounts.workspaces.create(
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
      documentId = crypto.randomUUID();
      await h.accounts.documents.create({
        id: documentId,
        workspaceId,
        type: 'whiteboard',
        title: 'Board',
        archived: false,
        createdAt: 1,
        updatedAt: 1,
        createdBy: userId,
      });
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[VS1] a created vote reads back unchanged (area included); unknown id is null; list oldest first', async () => {
      const a = vote({ area: { x: -10.5, y: 20, w: 300, h: 200 }, anonymous: true, createdAt: 2000 });
      const b = vote({ createdAt: 1500, sessionId: 'session-1' });
      await h.store.create(a);
      await h.store.create(b);
      expect(await h.store.get(a.id)).toEqual(a);
      expect(await h.store.get('nope')).toBeNull();
      expect((await h.store.listByDocument(documentId)).map((v) => v.id)).toEqual([b.id, a.id]);
    });

    it('[VS2] N+1 parallel casts by one person store exactly N dots at indexes 0..N-1', async () => {
      const v = vote({ dotsPerPerson: 4 });
      await h.store.create(v);
      const outcomes = await Promise.all(
        Array.from({ length: 9 }, (_, i) => h.store.castDot(v.id, userId, `sticky-${i % 2}`, 2000 + i)),
      );
      expect(outcomes.filter((o) => o.ok)).toHaveLength(4);
      expect(outcomes.filter((o) => !o.ok)).toEqual(
        Array.from({ length: 5 }, () => ({ ok: false, reason: 'noDotsLeft' })),
      );
      const dots = await h.store.dots(v.id);
      expect(dots.map((d) => d.index).sort()).toEqual([0, 1, 2, 3]);
    });

    it('[VS3] several dots on one target; taking one back frees its index for the next cast', async () => {
      const v = vote({ dotsPerPerson: 2 });
      await h.store.create(v);
      expect(await h.store.castDot(v.id, userId, 'a', 1)).toEqual({ ok: true });
      expect(await h.store.castDot(v.id, userId, 'a', 2)).toEqual({ ok: true });
      expect(await h.store.removeDot(v.id, userId, 'b')).toEqual({ ok: false, reason: 'noDotOnTarget' });
      expect(await h.store.removeDot(v.id, userId, 'a')).toEqual({ ok: true });
      expect(await h.store.dots(v.id)).toEqual([{ userId, index: 0, targetId: 'a' }]);
      expect(await h.store.castDot(v.id, userId, 'b', 3)).toEqual({ ok: true });
      expect(await h.store.castDot(v.id, userId, 'b', 4)).toEqual({ ok: false, reason: 'noDotsLeft' });
      expect((await h.store.dots(v.id)).map((d) => [d.index, d.targetId])).toEqual([
        [0, 'a'],
        [1, 'b'],
      ]);
    });

    it('[VS4] a closed vote refuses casts and take-backs; status moves keep their times', async () => {
      const v = vote();
      await h.store.create(v);
      await h.store.castDot(v.id, userId, 'a', 1);
      expect(await h.store.setStatus(v.id, 'revealed', 5000)).toMatchObject({
        status: 'revealed',
        revealedAt: 5000,
      });
      expect(await h.store.castDot(v.id, userId, 'a', 2)).toEqual({ ok: true });
      expect(await h.store.setStatus(v.id, 'closed', 6000)).toMatchObject({
        status: 'closed',
        revealedAt: 5000,
        closedAt: 6000,
      });
      expect(await h.store.castDot(v.id, userId, 'a', 3)).toEqual({ ok: false, reason: 'closed' });
      expect(await h.store.removeDot(v.id, userId, 'a')).toEqual({ ok: false, reason: 'closed' });
      expect(await h.store.dots(v.id)).toHaveLength(2);
      expect(await h.store.castDot('nope', userId, 'a', 3)).toEqual({ ok: false, reason: 'noVote' });
      expect(await h.store.setStatus('nope', 'closed', 1)).toBeNull();
    });

    it('[VS5] delete removes the vote and its dots and reports whether it existed', async () => {
      const v = vote();
      await h.store.create(v);
      await h.store.castDot(v.id, userId, 'a', 1);
      expect(await h.store.delete(v.id)).toBe(true);
      expect(await h.store.delete(v.id)).toBe(false);
      expect(await h.store.get(v.id)).toBeNull();
      expect(await h.store.dots(v.id)).toEqual([]);
    });
  });
}
