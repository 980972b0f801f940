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

/** Due before the viewer's today and not finished. */
export function isOverdue(dueDate: string | null, status: string, today: string): boolean {
  return dueDate !== null && dueDate < today && status !== 'done' && status !== 'dropped';
}
