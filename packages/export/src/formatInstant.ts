function parts(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/** "2026-05-04 08:30 UTC": the same wording in every export, whatever the server locale. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

/** "2026-05-04 15:30 Asia/Ho_Chi_Minh (GMT+7)": local wall time in the given IANA zone. */
export function formatInZone(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let p: Record<string, string>;
  try {
    p = parts(date, timeZone);
  } catch {
    return formatUtc(iso);
  }
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${timeZone} (${p.timeZoneName})`;
}
