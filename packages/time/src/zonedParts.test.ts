import { describe, expect, it } from 'vitest';
import { formatInZone, formatIsoInZone } from './formatInZone.ts';
import { showInCities } from './memberCities.ts';
import { zonedParts } from './zonedParts.ts';
import { zonedTimeToUtc } from './zonedTimeToUtc.ts';

describe('instants in zones across Belgian DST changes', () => {
  it('springs forward in Brussels at 01:00 UTC on 2026-03-29; Huế and Tiruppur do not change', () => {
    expect(formatIsoInZone('2026-03-29T00:59:59Z', 'Europe/Brussels')).toBe('2026-03-29T01:59:59+01:00');
    expect(formatIsoInZone('2026-03-29T01:00:00Z', 'Europe/Brussels')).toBe('2026-03-29T03:00:00+02:00');
    for (const t of ['2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z']) {
      expect(zonedParts(t, 'Asia/Ho_Chi_Minh').offsetMinutes).toBe(420);
      expect(zonedParts(t, 'Asia/Kolkata').offsetMinutes).toBe(330);
    }
  });

  it('falls back in Brussels at 01:00 UTC on 2026-10-25', () => {
    expect(formatIsoInZone('2026-10-25T00:59:59Z', 'Europe/Brussels')).toBe('2026-10-25T02:59:59+02:00');
    expect(formatIsoInZone('2026-10-25T01:00:00Z', 'Europe/Brussels')).toBe('2026-10-25T02:00:00+01:00');
  });

  it('shows one session start in each member city, before and after the spring change', () => {
    const before = showInCities('2026-03-27T08:00:00Z');
    expect(before.map((c) => [c.city, c.iso])).toEqual([
      ['Ghent', '2026-03-27T09:00:00+01:00'],
      ['Huế', '2026-03-27T15:00:00+07:00'],
      ['Tiruppur', '2026-03-27T13:30:00+05:30'],
    ]);
    const after = showInCities('2026-03-30T08:00:00Z');
    expect(after.map((c) => c.iso)).toEqual([
      '2026-03-30T10:00:00+02:00',
      '2026-03-30T15:00:00+07:00',
      '2026-03-30T13:30:00+05:30',
    ]);
    expect(after[0]?.label).toContain('10:00');
    expect(after[0]?.label).toMatch(/CEST|GMT\+2/);
  });

  it('formats for readers in Dutch and Vietnamese', () => {
    const nl = formatInZone('2026-10-26T08:00:00Z', 'Europe/Brussels', 'nl-BE');
    expect(nl).toContain('09:00');
    const vi = formatInZone('2026-10-26T08:00:00Z', 'Asia/Ho_Chi_Minh', 'vi-VN');
    expect(vi).toContain('15:00');
  });

  it('turns local wall times into UTC, including skipped and repeated ones', () => {
    expect(zonedTimeToUtc('2026-03-29', 9, 0, 'Europe/Brussels').toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-03-28', 9, 0, 'Europe/Brussels').toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    // 02:30 does not exist on the spring-forward night: it becomes 03:30 CEST.
    expect(zonedTimeToUtc('2026-03-29', 2, 30, 'Europe/Brussels').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 02:30 happens twice on the fall-back night: the first (CEST) is taken.
    expect(zonedTimeToUtc('2026-10-25', 2, 30, 'Europe/Brussels').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-10-25', 9, 0, 'Asia/Kolkata').toISOString()).toBe('2026-10-25T03:30:00.000Z');
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => zonedParts('not a date', 'Europe/Brussels')).toThrow(RangeError);
    expect(() => zonedParts('2026-01-01T00:00:00Z', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zonedTimeToUtc('2026-02-30', 9, 0, 'Europe/Brussels')).toThrow(RangeError);
  });
});
