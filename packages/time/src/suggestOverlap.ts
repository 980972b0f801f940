import { parseDate, zonedTimeToUtc } from './zonedTimeToUtc.ts';

export interface WorkingHours {
  /** Local start, hours from midnight (9 = 09:00; 8.5 = 08:30). */
  start: number;
  /** Local end, exclusive, after `start`. */
  end: number;
}

export interface OverlapInterval {
  /** ISO-8601 UTC. */
  start: string;
  end: string;
  /** The zones in working hours throughout the interval. */
  zones: string[];
}

export interface OverlapSuggestion {
  /** True when every zone is in working hours during each interval. */
  full: boolean;
  /** Longest first; empty only when not even one zone works that day. */
  intervals: OverlapInterval[];
}

const DAY = 86_400_000;

function shiftDate(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY).toISOString().slice(0, 10);
}

function localWindow(date: string, hours: WorkingHours, zone: string): [number, number] {
  const at = (h: number) => zonedTimeToUtc(date, Math.floor(h), Math.round((h % 1) * 60), zone).getTime();
  return [at(hours.start), at(hours.end)];
}

/**
 * UTC intervals on `date` (each zone's local calendar date) when everyone is in working hours;
 * when there is none, the intervals covered by the most zones (the best partial overlap).
 */
export function suggestOverlap(
  zones: readonly string[],
  workingHours: WorkingHours = { start: 9, end: 17 },
  date = new Date().toISOString().slice(0, 10),
): OverlapSuggestion {
  if (!(workingHours.start >= 0 && workingHours.end <= 24 && workingHours.start < workingHours.end)) {
    throw new RangeError('working hours must satisfy 0 <= start < end <= 24');
  }
  const unique = [...new Set(zones)];
  if (unique.length === 0) return { full: false, intervals: [] };

  // Each zone's window on the local date; neighbouring days' windows can overlap them too.
  const windows = unique.flatMap((zone) =>
    [-1, 0, 1].map((d) => ({
      zone,
      main: d === 0,
      span: localWindow(shiftDate(date, d), workingHours, zone),
    })),
  );
  const mains = windows.filter((w) => w.main);
  const from = Math.min(...mains.map((w) => w.span[0]));
  const to = Math.max(...mains.map((w) => w.span[1]));
  const cuts = [...new Set(windows.flatMap((w) => w.span).filter((t) => t > from && t < to))];
  const bounds = [from, ...cuts.sort((a, b) => a - b), to];

  const segments: { start: number; end: number; zones: string[] }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const end = bounds[i + 1] ?? 0;
    const covering = unique.filter((zone) =>
      windows.some((w) => w.zone === zone && w.span[0] <= start && w.span[1] >= end),
    );
    const last = segments.at(-1);
    if (last && last.end === start && last.zones.join() === covering.join()) last.end = end;
    else segments.push({ start, end, zones: covering });
  }

  const best = Math.max(...segments.map((s) => s.zones.length));
  if (best === 0) return { full: false, intervals: [] };
  const intervals = segments
    .filter((s) => s.zones.length === best)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    .map((s) => ({
      start: new Date(s.start).toISOString(),
      end: new Date(s.end).toISOString(),
      zones: s.zones,
    }));
  return { full: best === unique.length, intervals };
}
