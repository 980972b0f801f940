import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.ts';

describe('percentile', () => {
  const oneToHundred = Float64Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank, never a value between samples', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([10, 20, 30], 99)).toBe(30);
  });

  it('gives the smallest sample for p0 and NaN for no samples', () => {
    expect(percentile(oneToHundred, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile(oneToHundred, 101)).toThrow(RangeError);
    expect(() => percentile(oneToHundred, Number.NaN)).toThrow(RangeError);
  });
});
