import { toInstant, zonedParts } from './zonedParts.ts';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO-8601 local time with offset, e.g. `2026-03-29T03:00:00+02:00`; stable for tests and machines. */
export function formatIsoInZone(instant: Date | string | number, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(p.offsetMinutes);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

/** Human-readable local date and time in the reader's language, e.g. `29 Mar 2026, 03:00 CEST`. */
export function formatInZone(
  instant: Date | string | number,
  timeZone: string,
  locale = 'en-GB',
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const withZone: Intl.DateTimeFormatOptions = options.timeStyle
    ? { ...options, timeZone }
    : { timeZoneName: 'short', ...options, timeZone };
  const text = new Intl.DateTimeFormat(locale, withZone).format(toInstant(instant));
  if (!options.timeStyle) return text;
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the zone's short name is appended.
  const zoneName = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(toInstant(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
  return zoneName ? `${text} ${zoneName}` : text;
}
