import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDateTime.ts';

describe('formatDateTime', () => {
  const instant = '2025-03-10T23:30:00Z';

  it("shows the instant in the reader's own time zone", () => {
    expect(formatDateTime(instant, 'en', 'Europe/Brussels')).toContain('Mar 11, 2025');
    expect(formatDateTime(instant, 'en', 'America/New_York')).toContain('Mar 10, 2025');
    expect(formatDateTime(instant, 'en', 'Asia/Ho_Chi_Minh')).toMatch(/6:30\s?AM/);
  });

  it('uses the language for month names', () => {
    expect(formatDateTime(instant, 'nl', 'Europe/Brussels', 'date')).toContain('mrt');
    expect(formatDateTime(instant, 'vi', 'Asia/Ho_Chi_Minh', 'date')).toMatch(/11.*2025/);
  });

  it('falls back for an unknown time zone or a bad date', () => {
    expect(formatDateTime(instant, 'en', 'Not/AZone', 'date')).toMatch(/2025/);
    expect(formatDateTime('yesterday', 'en', 'Europe/Brussels')).toBe('yesterday');
  });
});
