/**
 * Which sync frames a room sends with permessage-deflate (to clients that negotiated it; the
 * others get every frame as it is). The extension keeps its window between frames, so small
 * frames that repeat what came before (awareness states, typing) shrink several times; that
 * window costs memory per connection, so large rooms compress only large frames.
 */
export interface SyncDeflatePolicy {
  /** Rooms with at most this many connections compress every frame. */
  roomMax: number;
  /** In larger rooms, frames of at least this many bytes are compressed; 0 = none. */
  threshold: number;
}

export function shouldDeflate(
  policy: SyncDeflatePolicy | undefined,
  roomSize: number,
  bytes: number,
): boolean {
  if (!policy) return false;
  if (roomSize <= policy.roomMax) return true;
  return policy.threshold > 0 && bytes >= policy.threshold;
}
