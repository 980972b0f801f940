import { describe, expect, it } from 'vitest';
import { perUpdateExtremes } from './perUpdateExtremes.ts';

describe('perUpdateExtremes', () => {
  it('takes each update’s earliest and latest reader over all reader threads, skipping updates none got', () => {
    const nan = Number.NaN;
    const a = { firstMs: Float64Array.of(3, nan, 9), lastMs: Float64Array.of(20, nan, 11) };
    const b = { firstMs: Float64Array.of(2, nan, nan), lastMs: Float64Array.of(25, nan, nan) };
    const { firstReaderMs, lastReaderMs } = perUpdateExtremes([a, b]);
    expect([...firstReaderMs]).toEqual([2, 9]);
    expect([...lastReaderMs]).toEqual([11, 25]);
  });
});
