/** Today's calendar date (YYYY-MM-DD) where the viewer is, not in UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const format = (zone: string | undefined) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .reduce<Record<string, string>>((acc, part) => {
        acc[part.type] = part.value;
        return acc;
      }, {});
  let parts: Record<string, string>;
  try {
    parts = format(timeZone);
  } catch {
    // An unknown zone from a profile falls back to the browser's own.
    parts = format(undefined);
  }
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * A plan date (a calendar day, no time) in the reader's language. Formatted at noon UTC in UTC,
 * so no time zone can shift it to the previous or next day.
 */
export function formatPlanDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Due before the viewer's today and not finished. */
export function isOverdue(dueDate: string | null, status: string, today: string): boolean {
  return dueDate !== null && dueDate < today && status !== 'done' && status !== 'dropped';
}
