import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultMailPreferences, type MailStore, type NewOutboxRow } from './MailStore.ts';

export interface MailStoreHarness {
  store: MailStore;
  /** A second store over the same database, as another node would have. */
  other(): MailStore;
  /** A user id that exists (preferences reference users). */
  newUserId(): Promise<string>;
  dispose(): Promise<void>;
}

/** The behaviour every MailStore must show. */
export function runMailStoreContract(name: string, create: () => Promise<MailStoreHarness>): void {
  describe(`MailStore contract: ${name}`, () => {
    let h: MailStoreHarness;
    beforeEach(async () => {
      h = await create();
    });
    afterEach(async () => {
      await h.dispose();
    });
    const row = (over: Partial<NewOutboxRow> = {}): NewOutboxRow => ({
      id: crypto.randomUUID(),
      dedupeKey: crypto.randomUUID(),
      userId: 'u1',
      toAddress: 'mai@example.org',
      kind: 'notice',
      payload: { body: 'Sợi tái chế — प्रिया' },
      createdAt: 1000,
      dueAt: 2000,
      ...over,
    });

    it('[MS1] enqueue ignores a dedupe key seen before', async () => {
      expect(await h.store.enqueue([row({ dedupeKey: 'k' })])).toBe(1);
      expect(await h.store.enqueue([row({ dedupeKey: 'k' }), row({ dedupeKey: 'k2' })])).toBe(1);
    });

    it('[MS2] nothing is claimed before it is due; a due notice takes its recipient’s other notices along', async () => {
      await h.store.enqueue([
        row({ dueAt: 2000, createdAt: 1 }),
        row({ dueAt: 5000, createdAt: 2 }),
        row({ userId: 'u2', dueAt: 9000 }),
      ]);
      expect(await h.store.claimDue(1999, 1000, 'm0')).toBeNull();
      const claimed = await h.store.claimDue(2000, 1000, 'm1');
      expect(claimed?.messageId).toBe('m1');
      expect(claimed?.rows).toHaveLength(2);
      expect(claimed?.rows[0]?.payload).toEqual({ body: 'Sợi tái chế — प्रिया' });
      expect(await h.store.claimDue(2500, 1000, 'm2')).toBeNull();
    });

    it('[MS3] an expired lease gives the same message id and rows back; a sent mail never returns', async () => {
      await h.store.enqueue([row(), row({ kind: 'digest', userId: 'u1' })]);
      const first = await h.store.claimDue(2000, 1000, 'm1');
      const second = await h.store.claimDue(2000, 1000, 'm2');
      expect(first?.rows).toHaveLength(1);
      expect(second?.rows).toHaveLength(1);
      expect(await h.store.claimDue(2999, 1000, 'm3')).toBeNull();
      const again = await h.store.claimDue(3000, 1000, 'm4');
      expect(again?.messageId).toBe('m1');
      expect(again?.rows.map((r) => r.id)).toEqual(first?.rows.map((r) => r.id));
      await h.store.markSent('m1', 3001);
      await h.store.markSent('m2', 3001);
      expect(await h.store.claimDue(99_999, 1000, 'm5')).toBeNull();
    });

    it('[MS4] a retry is due at its time with the attempt counted; a failure is listed for its user', async () => {
      await h.store.enqueue([row()]);
      await h.store.claimDue(2000, 1000, 'm1');
      await h.store.markRetry('m1', 'connection refused', 10_000);
      expect(await h.store.stats()).toEqual({ waiting: 0, retrying: 1, sent: 0, failed: 0 });
      expect(await h.store.claimDue(9999, 1000, 'x')).toBeNull();
      const retried = await h.store.claimDue(10_000, 1000, 'x');
      expect(retried?.messageId).toBe('m1');
      expect(retried?.rows[0]?.attempts).toBe(1);
      await h.store.markFailed('m1', '550 no such user', 10_500);
      expect(await h.store.stats()).toEqual({ waiting: 0, retrying: 0, sent: 0, failed: 1 });
      const failures = await h.store.listFailures('u1', 10);
      expect(failures).toHaveLength(1);
      expect(failures[0]?.lastError).toBe('550 no such user');
      expect(failures[0]?.attempts).toBe(2);
      expect(await h.store.claimDue(99_999, 1000, 'y')).toBeNull();
    });

    it('[MS7] an invitation’s link is not kept once its mail is done with', async () => {
      await h.store.enqueue([row({ kind: 'invite', payload: { url: 'https://x/invite/secret' } })]);
      await h.store.claimDue(2000, 1000, 'm1');
      await h.store.markFailed('m1', '550 no such user', 2001);
      const [failed] = await h.store.listFailures('u1', 1);
      expect(JSON.stringify(failed?.payload)).not.toContain('secret');
    });

    it('[MS5] two stores over one database never lease the same mail at once', async () => {
      const other = h.other();
      await h.store.enqueue(Array.from({ length: 20 }, (_, i) => row({ userId: `u${i}` })));
      const claims = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? h.store : other).claimDue(2000, 60_000, `m${i}`)),
      );
      const ids = claims.flatMap((c) => c?.rows.map((r) => r.id) ?? []);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    });

    it('[MS6] preferences default, then read back; settings init once', async () => {
      const userId = await h.newUserId();
      expect(await h.store.getPreferences(userId)).toEqual(defaultMailPreferences);
      const prefs = { ...defaultMailPreferences, mentions: 'digest' as const, mutedWorkspaces: ['w1'] };
      await h.store.setPreferences(userId, prefs, 1);
      expect(await h.store.getPreferences(userId)).toEqual(prefs);
      expect(await h.store.getSetting('k')).toBeNull();
      expect(await h.store.initSetting('k', 'a')).toBe('a');
      expect(await h.store.initSetting('k', 'b')).toBe('a');
      await h.store.setSetting('k', 'c');
      expect(await h.store.getSetting('k')).toBe('c');
    });
  });
}
