import { describe, expect, it } from 'vitest';
import { latestDigestTime, nextDigestTime } from './digestTime.ts';

const at = (iso: string) => Date.parse(iso);

describe('latestDigestTime', () => {
  it('is 08:00 local today once it has passed, else yesterday', () => {
    expect(latestDigestTime(at('2026-03-27T01:00:00Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      at: at('2026-03-27T01:00:00Z'),
      date: '2026-03-27',
    });
    expect(latestDigestTime(at('2026-03-27T00:59:59Z'), 'Asia/Ho_Chi_Minh')).toEqual({
      at: at('2026-03-26T01:00:00Z'),
      date: '2026-03-26',
    });
  });

  it('follows Brussels across the spring DST change (07:00Z in CET, 06:00Z in CEST)', () => {
    expect(latestDigestTime(at('2026-03-28T07:00:00Z'), 'Europe/Brussels').at).toBe(
      at('2026-03-28T07:00:00Z'),
    );
    expect(latestDigestTime(at('2026-03-29T06:00:00Z'), 'Europe/Brussels').at).toBe(
      at('2026-03-29T06:00:00Z'),
    );
    expect(latestDigestTime(at('2026-03-29T05:59:00Z'), 'Europe/Brussels').date).toBe('2026-03-28');
  });

  it('handles the first day of a month and a zone west of UTC', () => {
    expect(latestDigestTime(at('2026-04-01T05:00:00Z'), 'America/New_York')).toEqual({
      at: at('2026-03-31T12:00:00Z'),
      date: '2026-03-31',
    });
  });

  it('knows the next one, across the DST change and a month end', () => {
    expect(nextDigestTime('2026-03-28', 'Europe/Brussels')).toBe(at('2026-03-29T06:00:00Z'));
    expect(nextDigestTime('2026-03-31', 'Asia/Ho_Chi_Minh')).toBe(at('2026-04-01T01:00:00Z'));
  });
});
