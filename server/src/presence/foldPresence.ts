import type { PresenceUser } from '@weft/protocol';
import type { PresenceRecord } from './PresenceStore.ts';

/**
 * One entry per user from per-connection records: the active connection seen last wins, so a
 * user with an idle background tab and an active one shows as active where they work.
 * Sorted by name then userId so every client lists people in the same order.
 */
export function foldPresence(records: readonly PresenceRecord[]): PresenceUser[] {
  const best = new Map<string, PresenceRecord>();
  for (const r of records) {
    const current = best.get(r.userId);
    if (!current || ranks(r) > ranks(current)) best.set(r.userId, r);
  }
  return [...best.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
    .map((r) => ({
      userId: r.userId,
      name: r.name,
      city: r.city,
      colour: r.colour,
      documentId: r.documentId,
      sessionId: r.sessionId,
      activity: r.activity,
      viewport: r.viewport,
      lastSeen: new Date(r.lastSeen).toISOString(),
    }));
}

function ranks(r: PresenceRecord): number {
  // Activity dominates; among equals the most recent lastSeen wins.
  return (r.activity === 'active' ? 1e15 : 0) + r.lastSeen;
}
