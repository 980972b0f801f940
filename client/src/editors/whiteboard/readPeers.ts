import type { Point } from '@weft/model';
import type { RemotePeer } from './renderScene.ts';

/** The part of y-protocols' Awareness this reads, so tests can pass a plain object. */
export interface AwarenessLike {
  clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
}

function point(value: unknown): Point | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : null;
}

/** Other people's cursors and selections; fields other clients send are checked, never trusted. */
export function readPeers(awareness: AwarenessLike): RemotePeer[] {
  const peers: RemotePeer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = (state.user ?? {}) as Record<string, unknown>;
    const selection = Array.isArray(state.selection)
      ? state.selection.filter((id): id is string => typeof id === 'string').slice(0, 10_000)
      : [];
    const cursor = point(state.cursor);
    if (!cursor && selection.length === 0) return;
    peers.push({
      clientId,
      name: typeof user.name === 'string' ? user.name.slice(0, 60) : '?',
      colour:
        typeof user.colour === 'string' && /^#[0-9a-f]{3,8}$/i.test(user.colour) ? user.colour : '#64748b',
      cursor,
      selection,
    });
  });
  return peers;
}
