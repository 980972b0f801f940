import type { ReaderGroupResult } from './readerGroup.ts';

/** Per update reached by any reader: the earliest and the latest latency over all groups, each sorted. */
export function perUpdateExtremes(groups: readonly Pick<ReaderGroupResult, 'firstMs' | 'lastMs'>[]): {
  firstReaderMs: Float64Array;
  lastReaderMs: Float64Array;
} {
  const first: number[] = [];
  const last: number[] = [];
  const slots = groups[0]?.firstMs.length ?? 0;
  for (let slot = 0; slot < slots; slot++) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const g of groups) {
      const f = g.firstMs[slot] as number;
      const l = g.lastMs[slot] as number;
      if (f < lo) lo = f;
      if (l > hi) hi = l;
    }
    if (lo === Number.POSITIVE_INFINITY) continue;
    first.push(lo);
    last.push(hi);
  }
  return { firstReaderMs: Float64Array.from(first).sort(), lastReaderMs: Float64Array.from(last).sort() };
}
