import { describe, expect, it } from 'vitest';
import { isOverdue, todayIn } from './planDates.ts';

describe('plan dates', () => {
  it('knows that it is already tomorrow in Huế while it is still today in Ghent', () => {
    const now = new Date('2026-03-10T20:30:00Z');
    expect(todayIn('Europe/Brussels', now)).toBe('2026-03-10');
    expect(todayIn('Asia/Ho_Chi_Minh', now)).toBe('2026-03-11');
    expect(todayIn('Not/AZone', now)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('flags unfinished items due before today', () => {
    expect(isOverdue('2026-03-10', 'planned', '2026-03-11')).toBe(true);
    expect(isOverdue('2026-03-11', 'planned', '2026-03-11')).toBe(false);
    expect(isOverdue('2026-03-10', 'done', '2026-03-11')).toBe(false);
    expect(isOverdue(null, 'planned', '2026-03-11')).toBe(false);
  });
});
