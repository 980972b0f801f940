import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime.ts';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('formatRelativeTime', () => {
  it('picks the largest unit that fits', () => {
    expect(formatRelativeTime('2025-03-10T11:57:00Z', now, 'en')).toBe('3 minutes ago');
    expect(formatRelativeTime('2025-03-10T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime('2025-03-09T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2025-02-24T12:00:00Z', now, 'en')).toBe('2 weeks ago');
  });

  it('says "now" for the last few seconds and speaks the reader language', () => {
    expect(formatRelativeTime('2025-03-10T11:59:50Z', now, 'en')).toBe('now');
    expect(formatRelativeTime('2025-03-10T09:00:00Z', now, 'nl')).toBe('3 uur geleden');
    expect(formatRelativeTime('2025-03-10T09:00:00Z', now, 'vi')).toBe('3 giờ trước');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatRelativeTime('not a date', now, 'en')).toBe('not a date');
  });
});
