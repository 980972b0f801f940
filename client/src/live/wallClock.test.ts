import { describe, expect, it } from 'vitest';
import { fromWallClock, toWallClock } from './wallClock.ts';

describe('wall clock fields', () => {
  it('round-trip through UTC on both sides of the Belgian spring change', () => {
    expect(fromWallClock({ date: '2026-03-27', time: '10:00' }, 'Europe/Brussels')?.toISOString()).toBe(
      '2026-03-27T09:00:00.000Z',
    );
    expect(fromWallClock({ date: '2026-03-30', time: '10:00' }, 'Europe/Brussels')?.toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    );
    expect(toWallClock('2026-03-30T08:00:00.000Z', 'Asia/Ho_Chi_Minh')).toEqual({
      date: '2026-03-30',
      time: '15:00',
    });
    expect(toWallClock('2026-03-30T08:00:00.000Z', 'Asia/Kolkata')).toEqual({
      date: '2026-03-30',
      time: '13:30',
    });
  });

  it('is null while a field is incomplete or impossible', () => {
    expect(fromWallClock({ date: '', time: '10:00' }, 'Europe/Brussels')).toBeNull();
    expect(fromWallClock({ date: '2026-02-30', time: '10:00' }, 'Europe/Brussels')).toBeNull();
    expect(fromWallClock({ date: '2026-03-30', time: '' }, 'Europe/Brussels')).toBeNull();
  });
});
