import type { PresenceRecord, PresenceStore } from '../PresenceStore.ts';
import { parsePresenceRecord } from '../parsePresenceRecord.ts';
import type { PresenceRedisClient } from './createPresenceRedisClient.ts';

export interface RedisPresenceStoreOptions {
  /** Prepended to every key, so tests and deployments can share one Redis. */
  keyPrefix: string;
  ttlMs: number;
  now?: () => number;
}

// Atomically drops expired connections (sorted set by expiry + hash of records) and reads the rest,
// so a concurrent put can never lose its record to a prune that read it as expired.
const LIST_SCRIPT = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if #expired > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
  redis.call('HDEL', KEYS[2], unpack(expired))
end
local live = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf')
if #live == 0 then return {} end
return redis.call('HMGET', KEYS[2], unpack(live))
`;

/**
 * Presence shared by every node through Redis. Per workspace: a sorted set of connection ids
 * scored by expiry time and a hash of their records; both keys expire when nobody refreshes them.
 * The store does not own the client: whoever created it closes it.
 */
export function createRedisPresenceStore(
  client: PresenceRedisClient,
  opts: RedisPresenceStoreOptions,
): PresenceStore {
  const now = opts.now ?? Date.now;
  // The `{workspaceId}` hash tag keeps both keys of a workspace in one Redis Cluster slot.
  const liveKey = (workspaceId: string) => `${opts.keyPrefix}presence:{${workspaceId}}:live`;
  const recordsKey = (workspaceId: string) => `${opts.keyPrefix}presence:{${workspaceId}}:records`;
  const keyTtlMs = opts.ttlMs * 2;

  return {
    ttlMs: opts.ttlMs,
    async put(records) {
      if (records.length === 0) return;
      const expiresAt = now() + opts.ttlMs;
      const byWorkspace = new Map<string, PresenceRecord[]>();
      for (const r of records) {
        const list = byWorkspace.get(r.workspaceId) ?? [];
        list.push(r);
        byWorkspace.set(r.workspaceId, list);
      }
      const multi = client.multi();
      for (const [workspaceId, list] of byWorkspace) {
        const live = liveKey(workspaceId);
        const hash = recordsKey(workspaceId);
        multi.zAdd(
          live,
          list.map((r) => ({ score: expiresAt, value: r.connectionId })),
        );
        multi.hSet(hash, Object.fromEntries(list.map((r) => [r.connectionId, JSON.stringify(r)])));
        multi.pExpire(live, keyTtlMs);
        multi.pExpire(hash, keyTtlMs);
      }
      await multi.exec();
    },
    async remove(workspaceId, connectionIds) {
      if (connectionIds.length === 0) return;
      await client
        .multi()
        .zRem(liveKey(workspaceId), [...connectionIds])
        .hDel(recordsKey(workspaceId), [...connectionIds])
        .exec();
    },
    async list(workspaceId) {
      const reply = await client.eval(LIST_SCRIPT, {
        keys: [liveKey(workspaceId), recordsKey(workspaceId)],
        arguments: [String(now())],
      });
      if (!Array.isArray(reply)) return [];
      const records: PresenceRecord[] = [];
      for (const raw of reply) {
        const record = typeof raw === 'string' ? parsePresenceRecord(raw) : null;
        if (record) records.push(record);
      }
      return records;
    },
    async isReady() {
      return client.isReady;
    },
    onRecovered(listener) {
      client.on('ready', listener);
      return () => {
        client.off('ready', listener);
      };
    },
    async close() {
      // The client belongs to the caller; nothing of the store's own to release.
    },
  };
}
