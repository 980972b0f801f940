const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * Which automatic versions thinning removes: of those taken in the same hour (within the last
 * week) or the same UTC day (older), only the newest is kept.
 */
export function thinAutoVersions(
  versions: readonly { id: string; createdAt: number }[],
  now: number,
): string[] {
  const kept = new Set<string>();
  const remove: string[] = [];
  for (const v of [...versions].sort((a, b) => b.createdAt - a.createdAt)) {
    const bucket =
      now - v.createdAt < WEEK ? `h${Math.floor(v.createdAt / HOUR)}` : `d${Math.floor(v.createdAt / DAY)}`;
    if (kept.has(bucket)) remove.push(v.id);
    else kept.add(bucket);
  }
  return remove;
}
