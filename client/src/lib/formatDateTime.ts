/**
 * The one place the client turns instants and dates into text: Intl-based, in the reader's
 * language and time zone, in a few named styles so every page shows the same formats.
 */
export type DateTimeStyle =
  /** 11 Mar 2025 */
  | 'date'
  /** 06:30 */
  | 'time'
  /** 11 Mar 2025, 06:30 */
  | 'dateTime'
  /** 11 Mar 2025, 06:30 GMT+7: where the reader must know which zone is meant */
  | 'dateTimeZone'
  /** 3 minutes ago, gisteren, 2 giờ trước */
  | 'relative';

// The Intl locale of each UI language: day before month in all four, 24-hour clocks except in
// Hindi (India reads 12-hour times).
const LOCALES: Record<string, string> = { en: 'en-GB', nl: 'nl-BE', vi: 'vi-VN', hi: 'hi-IN' };

/** The Intl locale for a UI language (`en` -> `en-GB`); another tag is used as it is. */
export function intlLocale(language: string): string {
  return LOCALES[language.toLowerCase().split('-')[0] ?? ''] ?? language;
}

const OPTIONS: Record<Exclude<DateTimeStyle, 'relative'>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  dateTimeZone: { dateStyle: 'medium', timeStyle: 'short' },
};

function format(date: Date, locale: string, options: Intl.DateTimeFormatOptions, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown time zone from a profile must not break the page; fall back to the browser's.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

function zoneName(date: Date, locale: string, timeZone: string): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function relative(date: Date, locale: string, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 45) return rtf.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(seconds, 'second');
}

/**
 * Formats an instant (ISO-8601 string, Date or epoch ms) for a reader: their language, their
 * time zone, one of the named styles. Text that is not a date comes back unchanged.
 */
export function formatDateTime(
  instant: string | number | Date,
  language: string,
  timeZone: string,
  style: DateTimeStyle = 'dateTime',
  now: number = Date.now(),
): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  const locale = intlLocale(language);
  if (style === 'relative') return relative(date, locale, now);
  const text = format(date, locale, OPTIONS[style], timeZone);
  if (style !== 'dateTimeZone') return text;
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the zone's short name is appended.
  const zone = zoneName(date, locale, timeZone);
  return zone ? `${text} ${zone}` : text;
}

/**
 * A calendar date (YYYY-MM-DD, no time, e.g. a plan's due date) in the reader's language,
 * formatted at noon UTC in UTC so no time zone can move it to the day before or after.
 */
export function formatCalendarDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return format(date, intlLocale(language), OPTIONS.date, 'UTC');
}
