import type { AccessEvents } from '../services/AccessEvents.ts';
import type { CanAccessWorkspace, SocketPrincipal, WorkspaceRole } from './SocketAuth.ts';

export interface MembershipCache {
  /** The principal's role in the workspace, from cache when fresh. */
  roleOf(principal: SocketPrincipal, workspaceId: string): Promise<WorkspaceRole | null>;
  close(): void;
}

// Access events invalidate entries at once; the ttl only bounds how long a missed event could matter.
const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;

/**
 * Membership checked on every socket.io event without a storage read each time: answers are kept
 * for a while and dropped the moment an access event (local or from another node) concerns them.
 */
export function createMembershipCache(
  canAccessWorkspace: CanAccessWorkspace,
  events: AccessEvents | undefined,
  now: () => number = Date.now,
): MembershipCache {
  const entries = new Map<string, { role: Promise<WorkspaceRole | null>; at: number }>();
  const keyOf = (userId: string, workspaceId: string) => `${userId}\u0000${workspaceId}`;
  const unsubscribe = events?.subscribe((event) => {
    if (event.type === 'membershipChanged') entries.delete(keyOf(event.userId, event.workspaceId));
  });
  return {
    roleOf(principal, workspaceId) {
      const key = keyOf(principal.userId, workspaceId);
      const cached = entries.get(key);
      if (cached && now() - cached.at < TTL_MS) return cached.role;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      const role = canAccessWorkspace(principal, workspaceId);
      const entry = { role, at: now() };
      entries.set(key, entry);
      // A failed lookup is not remembered: the next event asks again.
      role.catch(() => {
        if (entries.get(key) === entry) entries.delete(key);
      });
      return role;
    },
    close() {
      unsubscribe?.();
      entries.clear();
    },
  };
}
