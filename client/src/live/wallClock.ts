import { zonedParts, zonedTimeToUtc } from '@weft/time';

/** A date and time as a person types them (`YYYY-MM-DD`, `HH:MM`) in a given zone. */
export interface WallClock {
  date: string;
  time: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toWallClock(instant: Date | string | number, timeZone: string): WallClock {
  const p = zonedParts(instant, timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The UTC instant of a wall-clock time in `timeZone`, or null while the fields are incomplete. */
export function fromWallClock({ date, time }: WallClock, timeZone: string): Date | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  try {
    return zonedTimeToUtc(date, Number(m[1]), Number(m[2]), timeZone);
  } catch {
    return null;
  }
}
