/** One round trip: when the request left, when the answer came (local clock) and the server's time in it. */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}

/**
 * How far the server's clock is ahead of this device's (ms): from the sample with the shortest
 * round trip, assuming the server read its clock halfway through it (NTP's idea, one hop).
 */
export function estimateOffset(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const s of samples) {
    if (s.receivedAt < s.sentAt) continue;
    if (!best || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s;
  }
  if (!best) return null;
  return Math.round(best.serverTime - (best.sentAt + best.receivedAt) / 2);
}

/** `mm:ss` (or `h:mm:ss`) of a duration, rounded up so a countdown shows 0:00 only at zero. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
