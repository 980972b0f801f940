import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime, intlLocale } from './formatDateTime.ts';

// 23:30 UTC on 10 March: already 11 March in Huế and Kolkata, still 11 March 00:30 in Brussels.
const instant = '2025-03-10T23:30:00Z';
const now = Date.parse('2025-03-11T02:30:00Z');

describe('formatDateTime', () => {
  it("shows the instant in the reader's own time zone", () => {
    expect(formatDateTime(instant, 'en', 'Europe/Brussels')).toBe('11 Mar 2025, 00:30');
    expect(formatDateTime(instant, 'en', 'Asia/Ho_Chi_Minh')).toBe('11 Mar 2025, 06:30');
    expect(formatDateTime(instant, 'en', 'Asia/Kolkata')).toBe('11 Mar 2025, 05:00');
    expect(formatDateTime(instant, 'en', 'America/New_York', 'date')).toBe('10 Mar 2025');
  });

  it('speaks Dutch, Vietnamese and Hindi, each with its own clock', () => {
    expect(formatDateTime(instant, 'nl', 'Europe/Brussels')).toBe('11 mrt 2025, 00:30');
    expect(formatDateTime(instant, 'vi', 'Asia/Ho_Chi_Minh', 'date')).toBe('11 thg 3, 2025');
    expect(formatDateTime(instant, 'vi', 'Asia/Ho_Chi_Minh', 'time')).toBe('06:30');
    expect(formatDateTime(instant, 'hi', 'Asia/Kolkata', 'date')).toBe('11 मार्च 2025');
    expect(formatDateTime(instant, 'hi', 'Asia/Kolkata')).toBe('11 मार्च 2025, 5:00 am');
  });

  it('names the zone when asked', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Ho_Chi_Minh', 'dateTimeZone')).toBe(
      '11 Mar 2025, 06:30 GMT+7',
    );
    expect(formatDateTime(instant, 'en', 'Europe/Brussels', 'dateTimeZone')).toBe('11 Mar 2025, 00:30 CET');
  });

  it('says how long ago, in the reader’s language', () => {
    expect(formatDateTime(instant, 'en', 'UTC', 'relative', now)).toBe('3 hours ago');
    expect(formatDateTime(instant, 'nl', 'UTC', 'relative', now)).toBe('3 uur geleden');
    expect(formatDateTime(instant, 'vi', 'UTC', 'relative', now)).toBe('3 giờ trước');
    expect(formatDateTime(instant, 'hi', 'UTC', 'relative', now)).toBe('3 घंटे पहले');
    expect(formatDateTime('2025-03-11T02:29:50Z', 'en', 'UTC', 'relative', now)).toBe('now');
    expect(formatDateTime('2025-03-10T02:30:00Z', 'en', 'UTC', 'relative', now)).toBe('yesterday');
    expect(formatDateTime('2025-02-25T02:30:00Z', 'en', 'UTC', 'relative', now)).toBe('2 weeks ago');
  });

  it('falls back for an unknown time zone and returns what is not a date unchanged', () => {
    expect(formatDateTime(instant, 'en', 'Not/AZone', 'date')).toMatch(/2025/);
    expect(formatDateTime('yesterday', 'en', 'Europe/Brussels')).toBe('yesterday');
  });
});

describe('formatCalendarDate', () => {
  it('shows a calendar date as that same day in every language', () => {
    expect(formatCalendarDate('2026-12-31', 'en')).toBe('31 Dec 2026');
    expect(formatCalendarDate('2026-01-01', 'nl')).toBe('1 jan 2026');
    expect(formatCalendarDate('2026-01-01', 'vi')).toBe('1 thg 1, 2026');
    expect(formatCalendarDate('2026-01-01', 'hi')).toBe('1 जन॰ 2026');
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });
});

describe('intlLocale', () => {
  it('maps each UI language to its Intl locale', () => {
    expect(['en', 'nl', 'vi', 'hi', 'vi-VN', 'fr'].map(intlLocale)).toEqual([
      'en-GB',
      'nl-BE',
      'vi-VN',
      'hi-IN',
      'vi-VN',
      'fr',
    ]);
  });
});
