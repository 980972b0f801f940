import { describe, expect, it } from 'vitest';
import { estimateOffset, formatCountdown } from './serverClock.ts';

describe('estimateOffset', () => {
  it('takes the midpoint of the fastest round trip', () => {
    const offset = estimateOffset([
      { sentAt: 1000, receivedAt: 1400, serverTime: 6300 },
      { sentAt: 2000, receivedAt: 2040, serverTime: 7020 },
      { sentAt: 3000, receivedAt: 3200, serverTime: 8000 },
    ]);
    expect(offset).toBe(5000);
  });

  it('knows nothing without a usable sample', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 10, receivedAt: 5, serverTime: 100 }])).toBeNull();
  });
});

describe('formatCountdown', () => {
  it('rounds up to whole seconds and shows hours only when needed', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(59_001)).toBe('01:00');
    expect(formatCountdown(1)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(3_600_000 + 61_000)).toBe('1:01:01');
  });
});
