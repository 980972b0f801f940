/** Wall-clock fields of an instant in an IANA time zone, plus the zone's UTC offset then. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC, e.g. 120 for CEST, 330 for IST. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws a RangeError for an unknown zone, which callers see as is.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function toInstant(value: Date | string | number): Date {
  const d = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a valid instant: ${String(value)}`);
  return d;
}

export function zonedParts(instant: Date | string | number, timeZone: string): ZonedParts {
  const d = toInstant(instant);
  const fields: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(d)) {
    if (p.type !== 'literal') fields[p.type] = Number(p.value);
  }
  const get = (k: string) => fields[k] ?? 0;
  const wallAsUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const wholeSeconds = Math.floor(d.getTime() / 1000) * 1000;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    offsetMinutes: Math.round((wallAsUtc - wholeSeconds) / 60_000),
  };
}
