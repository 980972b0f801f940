import { zonedParts, zonedTimeToUtc } from '@weft/time';

export const DIGEST_HOUR = 8;

const isoDate = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The latest 08:00 in `timeZone` at or before `now`, and its local date. DST-correct: 08:00 is
 * read in the offset in force that day, so it moves against UTC when the clocks change.
 */
export function latestDigestTime(now: number, timeZone: string): { at: number; date: string } {
  const p = zonedParts(now, timeZone);
  const today = isoDate(p.year, p.month, p.day);
  const at = zonedTimeToUtc(today, DIGEST_HOUR, 0, timeZone).getTime();
  if (at <= now) return { at, date: today };
  const yesterday = isoDate(p.year, p.month, p.day - 1);
  return { at: zonedTimeToUtc(yesterday, DIGEST_HOUR, 0, timeZone).getTime(), date: yesterday };
}

/** The 08:00 in `timeZone` that follows the one on local date `date`. */
export function nextDigestTime(date: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc(isoDate(y, m, d + 1), DIGEST_HOUR, 0, timeZone).getTime();
}
