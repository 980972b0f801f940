import { zonedParts } from './zonedParts.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` strictly; throws a RangeError otherwise. */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const m = DATE.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    !m ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return { year, month, day };
}

/**
 * The UTC instant of a wall-clock time in a zone. A time skipped by a DST change (02:30 on the
 * spring-forward night in Brussels) moves forward by the gap; a repeated one takes the earlier.
 */
export function zonedTimeToUtc(date: string, hour: number, minute: number, timeZone: string): Date {
  const { year, month, day } = parseDate(date);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force just before and after; the first whose result reads back wins.
  const before = zonedParts(wall - 86_400_000, timeZone).offsetMinutes;
  const after = zonedParts(wall + 86_400_000, timeZone).offsetMinutes;
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = wall - offset * 60_000;
    const p = zonedParts(candidate, timeZone);
    if (p.hour === hour && p.minute === minute && p.day === day) return new Date(candidate);
  }
  // In a spring-forward gap: keep the wall time's distance from midnight, using the earlier offset.
  return new Date(wall - Math.min(before, after) * 60_000);
}
