import type { Awareness } from 'y-protocols/awareness';

/** What a person publishes in awareness while a plan field has their focus. */
export interface PlanFocus {
  itemId: string;
  /** An item key (`title`, `status`, …) or a sub-field such as `indicators.<id>.target`. */
  field: string;
}

export interface PeerAtField {
  clientId: number;
  name: string;
  color: string;
}

export function focusKey(itemId: string, field: string): string {
  return `${itemId}\u0000${field}`;
}

function isPlanFocus(value: unknown): value is PlanFocus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.itemId === 'string' && typeof v.field === 'string';
}

/** Other people's focused plan fields from awareness, keyed by `focusKey`; my own is left out. */
export function readPeerFocus(awareness: Awareness): Map<string, PeerAtField[]> {
  const out = new Map<string, PeerAtField[]>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const { planFocus, user } = state as { planFocus?: unknown; user?: { name?: unknown; color?: unknown } };
    if (!isPlanFocus(planFocus)) continue;
    const name = typeof user?.name === 'string' ? user.name : '?';
    const color =
      typeof user?.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#555555';
    const key = focusKey(planFocus.itemId, planFocus.field);
    out.set(key, [...(out.get(key) ?? []), { clientId, name, color }]);
  }
  return out;
}
