import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountStoresHarness } from './AccountStores.ts';
import { testUserRecord } from './testUserRecord.ts';
import type { CityRecord, InviteRecord, WorkspaceRecord } from './WorkspaceStore.ts';

/** The behaviour every WorkspaceStore must show. */
export function runWorkspaceStoreContract(name: string, create: () => Promise<AccountStoresHarness>): void {
  describe(`WorkspaceStore contract: ${name}`, () => {
    let h: AccountStoresHarness;
    let alice: string;
    let bob: string;
    const city = (name: string, timeZone: string, extra: Partial<CityRecord> = {}): CityRecord => ({
      id: crypto.randomUUID(),
      name,
      timeZone,
      country: null,
      colour: null,
      ...extra,
    });
    const workspace = (overrides: Partial<WorkspaceRecord> = {}): WorkspaceRecord => ({
      id: crypto.randomUUID(),
      title: 'Gent ⇄ Huế',
      description: 'Sustainable textile value chains',
      cities: [city('Gent', 'Europe/Brussels'), city('Huế', 'Asia/Ho_Chi_Minh')],
      archived: false,
      createdAt: 1000,
      createdBy: alice,
      ...overrides,
    });
    const withFacilitator = async (w = workspace()) => {
      await h.stores.workspaces.create(w, {
        workspaceId: w.id,
        userId: alice,
        role: 'facilitator',
        joinedAt: 1000,
        cityId: null,
      });
      return w;
    };
    const invite = (workspaceId: string, overrides: Partial<InviteRecord> = {}): InviteRecord => ({
      id: crypto.randomUUID(),
      workspaceId,
      tokenHash: crypto.randomUUID(),
      role: 'editor',
      createdAt: 1000,
      expiresAt: 2000,
      revokedAt: null,
      createdBy: alice,
      cityId: null,
      ...overrides,
    });

    beforeEach(async () => {
      h = await create();
      const [a, b] = [testUserRecord(), testUserRecord()];
      await h.stores.users.create(a);
      await h.stores.users.create(b);
      alice = a.id;
      bob = b.id;
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[WS1] create stores the workspace and its first member together', async () => {
      const w = await withFacilitator();
      expect(await h.stores.workspaces.get(w.id)).toEqual(w);
      expect(await h.stores.workspaces.getMember(w.id, alice)).toEqual({
        workspaceId: w.id,
        userId: alice,
        role: 'facilitator',
        joinedAt: 1000,
        cityId: null,
      });
      expect(await h.stores.workspaces.get('nope')).toBeNull();
    });

    it('[WS2] update changes only the given fields; unknown id is null', async () => {
      const w = await withFacilitator();
      const updated = await h.stores.workspaces.update(w.id, { description: 'Pune', title: undefined });
      expect(updated).toEqual({ ...w, description: 'Pune' });
      expect(await h.stores.workspaces.get(w.id)).toEqual(updated);
      expect(await h.stores.workspaces.update('nope', { title: 'x' })).toBeNull();
    });

    it("[WS3] listForUser gives the user's workspaces with their role, non-archived first, newest first", async () => {
      const old = await withFacilitator(workspace({ createdAt: 1 }));
      const recent = await withFacilitator(workspace({ createdAt: 2 }));
      const archived = await withFacilitator(workspace({ createdAt: 3, archived: true }));
      const newest = await withFacilitator(workspace({ createdAt: 1000 }));
      await h.stores.workspaces.addOrPromote({
        workspaceId: old.id,
        userId: bob,
        role: 'viewer',
        joinedAt: 5,
        cityId: null,
      });
      const mine = await h.stores.workspaces.listForUser(alice);
      expect(mine.map((x) => x.workspace.id)).toEqual([newest.id, recent.id, old.id, archived.id]);
      expect(mine.every((x) => x.role === 'facilitator')).toBe(true);
      expect(await h.stores.workspaces.listForUser(bob)).toEqual([{ workspace: old, role: 'viewer' }]);
    });

    it('[WS4] addOrPromote adds a member, raises a lower role and never lowers a higher one', async () => {
      const w = await withFacilitator();
      const added = await h.stores.workspaces.addOrPromote({
        workspaceId: w.id,
        userId: bob,
        role: 'commenter',
        joinedAt: 2000,
        cityId: null,
      });
      expect(added.role).toBe('commenter');
      expect((await h.stores.workspaces.addOrPromote({ ...added, role: 'viewer', joinedAt: 6 })).role).toBe(
        'commenter',
      );
      const raised = await h.stores.workspaces.addOrPromote({ ...added, role: 'editor', joinedAt: 7 });
      expect(raised).toEqual({ ...added, role: 'editor' });
      expect((await h.stores.workspaces.listMembers(w.id)).map((m) => m.userId)).toEqual([alice, bob]);
    });

    it('[WS5] the last facilitator can be neither demoted nor removed', async () => {
      const w = await withFacilitator();
      expect(await h.stores.workspaces.changeRole(w.id, alice, 'editor')).toEqual({
        ok: false,
        reason: 'last_facilitator',
      });
      expect(await h.stores.workspaces.removeMember(w.id, alice)).toEqual({
        ok: false,
        reason: 'last_facilitator',
      });
      expect((await h.stores.workspaces.getMember(w.id, alice))?.role).toBe('facilitator');
    });

    it('[WS6] with two facilitators one may step down or be removed', async () => {
      const w = await withFacilitator();
      await h.stores.workspaces.addOrPromote({
        workspaceId: w.id,
        userId: bob,
        role: 'facilitator',
        joinedAt: 5,
        cityId: null,
      });
      const change = await h.stores.workspaces.changeRole(w.id, alice, 'viewer');
      expect(change).toMatchObject({ ok: true, before: { role: 'facilitator' }, after: { role: 'viewer' } });
      expect(await h.stores.workspaces.removeMember(w.id, bob)).toEqual({
        ok: false,
        reason: 'last_facilitator',
      });
      expect(await h.stores.workspaces.removeMember(w.id, alice)).toMatchObject({ ok: true, after: null });
      expect(await h.stores.workspaces.getMember(w.id, alice)).toBeNull();
    });

    it('[WS7] changing or removing a non-member reports not_member', async () => {
      const w = await withFacilitator();
      expect(await h.stores.workspaces.changeRole(w.id, bob, 'editor')).toEqual({
        ok: false,
        reason: 'not_member',
      });
      expect(await h.stores.workspaces.removeMember(w.id, bob)).toEqual({ ok: false, reason: 'not_member' });
    });

    it('[WS8] invites are found by id and token hash and listed newest first', async () => {
      const w = await withFacilitator();
      const i1 = invite(w.id, { createdAt: 1 });
      const i2 = invite(w.id, { createdAt: 2 });
      await h.stores.workspaces.createInvite(i1);
      await h.stores.workspaces.createInvite(i2);
      expect(await h.stores.workspaces.getInvite(i1.id)).toEqual(i1);
      expect(await h.stores.workspaces.findInviteByTokenHash(i2.tokenHash)).toEqual(i2);
      expect(await h.stores.workspaces.findInviteByTokenHash('nope')).toBeNull();
      expect(await h.stores.workspaces.listInvites(w.id)).toEqual([i2, i1]);
    });

    it('[WS9] revoking keeps the first revocation time and only works through the owning workspace', async () => {
      const w = await withFacilitator();
      const other = await withFacilitator();
      const i = invite(w.id);
      await h.stores.workspaces.createInvite(i);
      expect(await h.stores.workspaces.revokeInvite(other.id, i.id, 5)).toBeNull();
      expect(await h.stores.workspaces.revokeInvite(w.id, i.id, 5)).toEqual({ ...i, revokedAt: 5 });
      expect(await h.stores.workspaces.revokeInvite(w.id, i.id, 9)).toEqual({ ...i, revokedAt: 5 });
      expect(await h.stores.workspaces.revokeInvite(w.id, 'nope', 9)).toBeNull();
    });
    it('[WS10] setCities renames kept cities in place, adds new ones and keeps the given order', async () => {
      const w = await withFacilitator();
      const [gent, hue] = w.cities as [CityRecord, CityRecord];
      const surat = city('Surat', 'Asia/Kolkata', { country: 'India', colour: '#aa5500' });
      const next = [surat, { ...gent, name: 'Ghent' }, hue];
      const change = await h.stores.workspaces.setCities(w.id, next);
      expect(change).toEqual({ ok: true, workspace: { ...w, cities: next } });
      expect((await h.stores.workspaces.get(w.id))?.cities).toEqual(next);
      expect((await h.stores.workspaces.listForUser(alice))[0]?.workspace.cities).toEqual(next);
      expect(await h.stores.workspaces.setCities('nope', [])).toEqual({ ok: false, reason: 'not_found' });
    });

    it('[WS11] a city a member or open invite names cannot be removed; an unused one can', async () => {
      const w = await withFacilitator();
      const [gent, hue] = w.cities as [CityRecord, CityRecord];
      expect(await h.stores.workspaces.setMemberCity(w.id, alice, gent.id)).toMatchObject({
        cityId: gent.id,
      });
      const i = invite(w.id, { cityId: hue.id });
      await h.stores.workspaces.createInvite(i);
      expect(await h.stores.workspaces.setCities(w.id, [hue])).toEqual({
        ok: false,
        reason: 'city_in_use',
        city: gent,
      });
      expect(await h.stores.workspaces.setCities(w.id, [gent])).toEqual({
        ok: false,
        reason: 'city_in_use',
        city: hue,
      });
      await h.stores.workspaces.revokeInvite(w.id, i.id, 1500);
      expect((await h.stores.workspaces.setCities(w.id, [gent])).ok).toBe(true);
      expect((await h.stores.workspaces.get(w.id))?.cities).toEqual([gent]);
    });

    it('[WS12] setMemberCity needs a member and a city of that workspace; addOrPromote fills a missing city', async () => {
      const w = await withFacilitator();
      const other = await withFacilitator();
      const [gent, hue] = w.cities as [CityRecord, CityRecord];
      expect(await h.stores.workspaces.setMemberCity(w.id, bob, gent.id)).toBeNull();
      expect(await h.stores.workspaces.setMemberCity(w.id, alice, other.cities[0]?.id ?? '')).toBeNull();
      await h.stores.workspaces.addOrPromote({
        workspaceId: w.id,
        userId: bob,
        role: 'viewer',
        joinedAt: 5,
        cityId: null,
      });
      const raised = await h.stores.workspaces.addOrPromote({
        workspaceId: w.id,
        userId: bob,
        role: 'editor',
        joinedAt: 6,
        cityId: hue.id,
      });
      expect(raised).toMatchObject({ role: 'editor', cityId: hue.id });
      expect(await h.stores.workspaces.setMemberCity(w.id, bob, null)).toMatchObject({ cityId: null });
      expect(await h.stores.workspaces.getMember(w.id, bob)).toMatchObject({ cityId: null, role: 'editor' });
    });
  });
}
