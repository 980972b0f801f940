import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStores } from './AccountStores.ts';
import type { TemplateRecord, TemplateStore } from './TemplateStore.ts';
import { testUserRecord } from './testUserRecord.ts';

export interface TemplateStoreHarness {
  store: TemplateStore;
  accounts: AccountStores;
  dispose(): Promise<void>;
}

/** The behaviour every TemplateStore must show. */
export function runTemplateStoreContract(name: string, create: () => Promise<TemplateStoreHarness>): void {
  describe(`TemplateStore contract: ${name}`, () => {
    let h: TemplateStoreHarness;
    let userId: string;
    let workspaceId: string;
    const newWorkspace = async () => {
      const id = crypto.randomUUID();
      await h.accounts.workspaces.create(
        { id, title: 'W', description: '', cities: [], archived: false, createdAt: 1, createdBy: userId },
        { workspaceId: id, userId, role: 'facilitator', joinedAt: 1, cityId: null },
      );
      return id;
    };
    const template = (overrides: Partial<TemplateRecord> = {}): TemplateRecord => ({
      id: crypto.randomUUID(),
      workspaceId,
      type: 'whiteboard',
      title: 'Chuỗi giá trị may mặc – Gent ⇄ Huế',
      state: new Uint8Array([1, 0, 255, 7, 0]),
      createdAt: 1000,
      createdBy: userId,
      ...overrides,
    });
    beforeEach(async () => {
      h = await create();
      const user = testUserRecord();
      await h.accounts.users.create(user);
      userId = user.id;
      workspaceId = await newWorkspace();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[TS1] a created template reads back unchanged, bytes and Unicode included; unknown id is null', async () => {
      const t = template();
      await h.store.create(t);
      expect(await h.store.get(t.id)).toEqual(t);
      expect(await h.store.get('nope')).toBeNull();
    });

    it('[TS2] listByWorkspace: oldest first, ties in creation order, without state, other workspaces apart', async () => {
      const late = template({ createdAt: 3000, type: 'note' });
      const tieA = template({ createdAt: 2000 });
      const tieB = template({ createdAt: 2000, type: 'actionPlan' });
      const elsewhere = template({ workspaceId: await newWorkspace() });
      for (const t of [late, tieA, tieB, elsewhere]) await h.store.create(t);
      const listed = await h.store.listByWorkspace(workspaceId);
      expect(listed.map((t) => t.id)).toEqual([tieA.id, tieB.id, late.id]);
      const { state: _state, ...summary } = tieB;
      expect(listed[1]).toEqual(summary);
      expect(await h.store.listByWorkspace('none')).toEqual([]);
    });

    it('[TS3] delete removes only that template and reports whether it existed', async () => {
      const a = template();
      const b = template();
      await h.store.create(a);
      await h.store.create(b);
      expect(await h.store.delete(a.id)).toBe(true);
      expect(await h.store.delete(a.id)).toBe(false);
      expect(await h.store.get(a.id)).toBeNull();
      expect((await h.store.listByWorkspace(workspaceId)).map((t) => t.id)).toEqual([b.id]);
    });

    it('[TS4] a large state survives the round trip byte for byte', async () => {
      const state = new Uint8Array(64 * 1024).map((_, i) => (i * 31) % 256);
      const t = template({ state });
      await h.store.create(t);
      expect((await h.store.get(t.id))?.state).toEqual(state);
    });
  });
}
