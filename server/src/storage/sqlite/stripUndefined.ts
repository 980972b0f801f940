/** Drops keys whose value is undefined so spreading a patch never blanks a stored field. */
export function stripUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
