import { describe, expect, it } from 'vitest';
import { formatPlanDate, isOverdue, todayIn } from './planDates.ts';

describe('plan dates', () => {
  it('knows that it is already tomorrow in Huế while it is still today in Ghent', () => {
    const now = new Date('2026-03-10T20:30:00Z');
    expect(todayIn('Europe/Brussels', now)).toBe('2026-03-10');
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toBe('2026-03-11');
    expect(todayIn('Not/AZone', now)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows a calendar date as that same day in every language', () => {
    expect(formatPlanDate('2026-12-31', 'en')).toBe('Dec 31, 2026');
    expect(formatPlanDate('2026-01-01', 'vi')).toContain('2026');
    expect(formatPlanDate('2026-01-01', 'nl')).toBe('1 jan 2026');
  });

  it('flags unfinished items due before today', () => {
    expect(isOverdue('2026-03-10', 'planned', '2026-03-11')).toBe(true);
    expect(isOverdue('2026-03-11', 'planned', '2026-03-11')).toBe(false);
    expect(isOverdue('2026-03-10', 'done', '2026-03-11')).toBe(false);
    expect(isOverdue(null, 'planned', '2026-03-11')).toBe(false);
  });
});
