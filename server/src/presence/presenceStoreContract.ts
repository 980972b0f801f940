import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresenceRecord, PresenceStore } from './PresenceStore.ts';

export interface PresenceStoreHarness {
  store: PresenceStore;
  /** A second store over the same backend, as another node would have. */
  peer: PresenceStore;
  dispose: () => Promise<void>;
}

/** Creates stores with this ttl that read time from `now`, so expiry is tested without waiting. */
export type PresenceStoreFactory = (opts: {
  ttlMs: number;
  now: () => number;
}) => Promise<PresenceStoreHarness>;

const TTL = 20_000;

function record(over: Partial<PresenceRecord> = {}): PresenceRecord {
  return {
    workspaceId: 'ws-ghent-hue',
    connectionId: 'conn-1',
    nodeId: 'node-a',
    userId: 'u-lan',
    name: 'Nguyễn Thị Lan',
    city: 'Huế',
    colour: '#1e88e5',
    documentId: 'doc-notes',
    sessionId: null,
    activity: 'active',
    viewport: { x: 10, y: -20.5, zoom: 1.25, anchor: 'p:3' },
    lastSeen: 1_780_000_000_000,
    ...over,
  };
}

const byConnection = (a: PresenceRecord, b: PresenceRecord) => a.connectionId.localeCompare(b.connectionId);

/** The behaviour every PresenceStore must show; rule ids are cited in failures and docs. */
export function runPresenceStoreContract(name: string, create: PresenceStoreFactory): void {
  describe(`PresenceStore contract: ${name}`, () => {
    let h: PresenceStoreHarness;
    let t: number;
    beforeEach(async () => {
      t = 1_780_000_000_000;
      h = await create({ ttlMs: TTL, now: () => t });
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('[PS1] list of a workspace nobody joined is empty', async () => {
      expect(await h.store.list('never-joined')).toEqual([]);
    });

    it('[PS2] a put record lists back with every field, Unicode intact', async () => {
      const r = record({ name: 'प्रिया शर्मा', city: 'Tiruppur', sessionId: 'session-3', viewport: null });
      await h.store.put([r]);
      expect(await h.store.list(r.workspaceId)).toEqual([r]);
    });

    it('[PS3] putting the same connection again replaces its record', async () => {
      await h.store.put([record()]);
      const moved = record({ documentId: 'doc-plan', activity: 'idle', lastSeen: t + 5 });
      await h.store.put([moved]);
      expect(await h.store.list(moved.workspaceId)).toEqual([moved]);
    });

    it('[PS4] several connections of one or more users list side by side', async () => {
      const a = record({ connectionId: 'c-a' });
      const b = record({ connectionId: 'c-b', documentId: 'doc-board' });
      const c = record({ connectionId: 'c-c', userId: 'u-pieter', name: 'Pieter', city: 'Ghent' });
      await h.store.put([a, b, c]);
      expect((await h.store.list(a.workspaceId)).sort(byConnection)).toEqual([a, b, c]);
    });

    it('[PS5] remove deletes only the named connections; unknown ids are ignored', async () => {
      await h.store.put([record({ connectionId: 'c-a' }), record({ connectionId: 'c-b' })]);
      await h.store.remove('ws-ghent-hue', ['c-a', 'c-unknown']);
      await h.store.remove('ws-unknown', ['c-b']);
      expect((await h.store.list('ws-ghent-hue')).map((r) => r.connectionId)).toEqual(['c-b']);
    });

    it('[PS6] workspaces are isolated', async () => {
      await h.store.put([
        record({ workspaceId: 'ws-1' }),
        record({ workspaceId: 'ws-2', connectionId: 'c-2' }),
      ]);
      expect((await h.store.list('ws-1')).map((r) => r.connectionId)).toEqual(['conn-1']);
      expect((await h.store.list('ws-2')).map((r) => r.connectionId)).toEqual(['c-2']);
    });

    it('[PS7] a record expires ttlMs after its last put', async () => {
      await h.store.put([record()]);
      t += TTL - 1;
      expect(await h.store.list('ws-ghent-hue')).toHaveLength(1);
      t += 1;
      expect(await h.store.list('ws-ghent-hue')).toEqual([]);
    });

    it('[PS8] putting again restarts the expiry (the heartbeat)', async () => {
      await h.store.put([record()]);
      t += TTL - 1000;
      await h.store.put([record()]);
      t += TTL - 1000;
      expect(await h.store.list('ws-ghent-hue')).toHaveLength(1);
    });

    it('[PS9] a pruned record stays gone even if the clock is set back', async () => {
      await h.store.put([record()]);
      t += TTL;
      expect(await h.store.list('ws-ghent-hue')).toEqual([]);
      t -= TTL;
      expect(await h.store.list('ws-ghent-hue')).toEqual([]);
    });

    it('[PS10] another node sees my records, and mine expire when I stop putting while theirs live', async () => {
      await h.store.put([record({ connectionId: 'c-mine', nodeId: 'node-a' })]);
      await h.peer.put([record({ connectionId: 'c-peer', nodeId: 'node-b', userId: 'u-b', name: 'B' })]);
      expect((await h.peer.list('ws-ghent-hue')).map((r) => r.connectionId).sort()).toEqual([
        'c-mine',
        'c-peer',
      ]);
      t += TTL / 2;
      await h.peer.put([record({ connectionId: 'c-peer', nodeId: 'node-b', userId: 'u-b', name: 'B' })]);
      t += TTL / 2;
      expect((await h.store.list('ws-ghent-hue')).map((r) => r.nodeId)).toEqual(['node-b']);
    });

    it('[PS11] put of nothing and remove of nothing are no-ops', async () => {
      await h.store.put([]);
      await h.store.remove('ws-ghent-hue', []);
      expect(await h.store.list('ws-ghent-hue')).toEqual([]);
    });

    it('[PS12] a connected store is ready and reports its ttl', async () => {
      expect(await h.store.isReady()).toBe(true);
      expect(h.store.ttlMs).toBe(TTL);
    });
  });
}
