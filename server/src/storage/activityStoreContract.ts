import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from './ActivityStore.ts';
import { type CommentFixture, type CommentStoresHarness, commentFixture } from './commentStoreContract.ts';

/** The behaviour every ActivityStore must show. */
export function runActivityStoreContract(name: string, create: () => Promise<CommentStoresHarness>): void {
  describe(`ActivityStore contract: ${name}`, () => {
    let f: CommentFixture;
    const event = (overrides: Partial<ActivityRecord> = {}): ActivityRecord => ({
      id: crypto.randomUUID(),
      workspaceId: f.workspaceId,
      type: 'thread.created',
      at: 100,
      actorId: f.a,
      documentId: f.documentId,
      threadId: null,
      messageId: null,
      summary: 'Chúng ta cần thêm dữ liệu',
      ...overrides,
    });
    const activity = () => f.h.stores.activity;
    const all = { since: null, excludeActor: null, limit: 100 };

    beforeEach(async () => {
      f = await commentFixture(create);
    });
    afterEach(async () => {
      await f.h.dispose();
    });

    it('[AS1] events read back newest first with actor and document names', async () => {
      const e1 = event({ at: 100 });
      const e2 = event({ at: 200, type: 'document.created', actorId: null, documentId: null });
      await activity().record(e1);
      await activity().record(e2);
      const { events, truncated } = await activity().list(f.workspaceId, all);
      expect(truncated).toBe(false);
      expect(events).toEqual([
        { ...e2, actorName: null, documentTitle: null },
        { ...e1, actorName: 'Anh', documentTitle: 'Biên bản' },
      ]);
      expect((await activity().list('other', all)).events).toEqual([]);
    });

    it('[AS2] since is exclusive; excludeActor drops only that actor; limit truncates', async () => {
      for (const at of [100, 200, 300]) await activity().record(event({ at }));
      await activity().record(event({ at: 250, actorId: f.b }));
      await activity().record(event({ at: 260, actorId: null }));
      const since200 = await activity().list(f.workspaceId, { ...all, since: 200 });
      expect(since200.events.map((e) => e.at)).toEqual([300, 260, 250]);
      const notA = await activity().list(f.workspaceId, { ...all, excludeActor: f.a });
      expect(notA.events.map((e) => e.at)).toEqual([260, 250]);
      const two = await activity().list(f.workspaceId, { ...all, limit: 2 });
      expect(two).toMatchObject({ truncated: true });
      expect(two.events.map((e) => e.at)).toEqual([300, 260]);
    });

    it('[AS3] forgetMessage removes the events showing that message', async () => {
      await activity().record(event({ messageId: 'm1' }));
      await activity().record(event({ messageId: 'm2' }));
      await activity().forgetMessage('m1');
      expect((await activity().list(f.workspaceId, all)).events.map((e) => e.messageId)).toEqual(['m2']);
    });

    it('[AS4] recordVisit returns the previous visit, per user and workspace', async () => {
      expect(await activity().getVisit(f.a, f.workspaceId)).toBeNull();
      expect(await activity().recordVisit(f.a, f.workspaceId, 1000)).toBeNull();
      expect(await activity().recordVisit(f.a, f.workspaceId, 2000)).toBe(1000);
      expect(await activity().getVisit(f.a, f.workspaceId)).toBe(2000);
      expect(await activity().getVisit(f.b, f.workspaceId)).toBeNull();
    });
  });
}
