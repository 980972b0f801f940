/** False when every value is undefined: an UPDATE would have nothing to SET. */
export function hasChanges(set: Record<string, unknown>): boolean {
  return Object.values(set).some((v) => v !== undefined);
}
