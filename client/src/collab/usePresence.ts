import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from './createCollabSession.ts';

export interface PresentPerson extends PresenceUser {
  clientId: number;
  isSelf: boolean;
}

function isPresenceUser(value: unknown): value is PresenceUser {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.userId === 'string' && typeof v.name === 'string' && typeof v.color === 'string';
}

/** People in the document from awareness, one entry per user even with several tabs open. */
export function readPresence(awareness: Awareness): PresentPerson[] {
  const byUser = new Map<string, PresentPerson>();
  for (const [clientId, state] of awareness.getStates()) {
    const user: unknown = (state as { user?: unknown }).user;
    if (!isPresenceUser(user)) continue;
    const isSelf = clientId === awareness.clientID;
    const known = byUser.get(user.userId);
    if (!known || isSelf) byUser.set(user.userId, { ...user, city: user.city ?? '', clientId, isSelf });
  }
  return [...byUser.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  );
}

export function usePresence(awareness: Awareness): PresentPerson[] {
  const [people, setPeople] = useState(() => readPresence(awareness));
  useEffect(() => {
    const update = () => setPeople(readPresence(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return people;
}
