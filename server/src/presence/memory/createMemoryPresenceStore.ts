import type { PresenceRecord, PresenceStore } from '../PresenceStore.ts';

export interface MemoryPresenceStoreOptions {
  ttlMs: number;
  now?: () => number;
}

interface Entry {
  record: PresenceRecord;
  expiresAt: number;
}

/** Presence for a single node: nothing to share, nothing that can fail. */
export function createMemoryPresenceStore(opts: MemoryPresenceStoreOptions): PresenceStore {
  const now = opts.now ?? Date.now;
  const workspaces = new Map<string, Map<string, Entry>>();

  const prune = (workspaceId: string): Map<string, Entry> | undefined => {
    const entries = workspaces.get(workspaceId);
    if (!entries) return undefined;
    const t = now();
    for (const [id, e] of entries) if (e.expiresAt <= t) entries.delete(id);
    if (entries.size === 0) workspaces.delete(workspaceId);
    return entries.size === 0 ? undefined : entries;
  };

  return {
    ttlMs: opts.ttlMs,
    async put(records) {
      const expiresAt = now() + opts.ttlMs;
      for (const record of records) {
        let entries = workspaces.get(record.workspaceId);
        if (!entries) {
          entries = new Map();
          workspaces.set(record.workspaceId, entries);
        }
        entries.set(record.connectionId, { record: { ...record }, expiresAt });
      }
    },
    async remove(workspaceId, connectionIds) {
      const entries = workspaces.get(workspaceId);
      if (!entries) return;
      for (const id of connectionIds) entries.delete(id);
      if (entries.size === 0) workspaces.delete(workspaceId);
    },
    async list(workspaceId) {
      const entries = prune(workspaceId);
      if (!entries) return [];
      return [...entries.values()].map((e) => ({ ...e.record }));
    },
    async isReady() {
      return true;
    },
    onRecovered() {
      return () => {};
    },
    async close() {
      workspaces.clear();
    },
  };
}
