/** Formats an ISO-8601 instant for a reader: their language, their own time zone. */
export function formatDateTime(
  iso: string,
  language: string,
  timeZone: string,
  style: 'date' | 'dateTime' = 'dateTime',
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions =
    style === 'date'
      ? { dateStyle: 'medium', timeZone }
      : { dateStyle: 'medium', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(language, options).format(date);
  } catch {
    // An unknown time zone from a profile must not break the page; fall back to the browser's.
    const { timeZone: _ignored, ...rest } = options;
    return new Intl.DateTimeFormat(language, rest).format(date);
  }
}
