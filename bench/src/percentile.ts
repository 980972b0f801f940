/**
 * Nearest-rank percentile (`p` in 0..100) of `sorted`, which must be in ascending order.
 * Nearest rank never invents a value between two samples, so p99 is a latency someone really saw.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
