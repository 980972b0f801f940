import { describe, expect, it } from 'vitest';
import { MEMBER_CITY_ZONES } from './memberCities.ts';
import { suggestOverlap } from './suggestOverlap.ts';

const cities = Object.values(MEMBER_CITY_ZONES);

describe('suggestOverlap', () => {
  it('finds 08:00–10:00 UTC for Ghent, Huế and Tiruppur in Belgian winter time', () => {
    expect(suggestOverlap(cities, undefined, '2026-03-27')).toEqual({
      full: true,
      intervals: [{ start: '2026-03-27T08:00:00.000Z', end: '2026-03-27T10:00:00.000Z', zones: cities }],
    });
    expect(suggestOverlap(cities, { start: 9, end: 17 }, '2026-10-26').intervals[0]).toMatchObject({
      start: '2026-10-26T08:00:00.000Z',
      end: '2026-10-26T10:00:00.000Z',
    });
  });

  it('widens to 07:00–10:00 UTC once Belgium is on summer time', () => {
    for (const date of ['2026-03-30', '2026-10-23']) {
      expect(suggestOverlap(cities, { start: 9, end: 17 }, date).intervals).toEqual([
        { start: `${date}T07:00:00.000Z`, end: `${date}T10:00:00.000Z`, zones: cities },
      ]);
    }
  });

  it('uses the shorter local day on the spring-forward Sunday', () => {
    // Working hours are local, so on 2026-03-29 Ghent's 09:00 is already 07:00 UTC.
    expect(suggestOverlap(['Europe/Brussels'], { start: 9, end: 17 }, '2026-03-29').intervals).toEqual([
      { start: '2026-03-29T07:00:00.000Z', end: '2026-03-29T15:00:00.000Z', zones: ['Europe/Brussels'] },
    ]);
  });

  it('returns the best partial overlap when not everyone can meet', () => {
    const zones = ['Europe/Brussels', 'America/Los_Angeles', 'Asia/Kolkata'];
    const result = suggestOverlap(zones, { start: 9, end: 17 }, '2026-01-15');
    expect(result.full).toBe(false);
    expect(result.intervals[0]).toEqual({
      start: '2026-01-15T08:00:00.000Z',
      end: '2026-01-15T11:30:00.000Z',
      zones: ['Europe/Brussels', 'Asia/Kolkata'],
    });
  });

  it('honours custom hours and rejects impossible ones', () => {
    const r = suggestOverlap(['Asia/Ho_Chi_Minh', 'Asia/Kolkata'], { start: 8.5, end: 12 }, '2026-06-01');
    expect(r.intervals).toEqual([
      {
        start: '2026-06-01T03:00:00.000Z',
        end: '2026-06-01T05:00:00.000Z',
        zones: ['Asia/Ho_Chi_Minh', 'Asia/Kolkata'],
      },
    ]);
    expect(() => suggestOverlap(cities, { start: 17, end: 9 }, '2026-06-01')).toThrow(RangeError);
    expect(suggestOverlap([], undefined, '2026-06-01')).toEqual({ full: false, intervals: [] });
  });
});
