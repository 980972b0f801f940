/** Someone in a document, as far as joins and leaves go (several tabs of one person count once). */
export interface PresenceEntry {
  userId: string;
  name: string;
  isSelf: boolean;
}

/** Names of the other people who arrived and who went between two presence lists. */
export function presenceChanges(
  before: readonly PresenceEntry[],
  after: readonly PresenceEntry[],
): { joined: string[]; left: string[] } {
  const others = (list: readonly PresenceEntry[]) =>
    new Map(list.filter((p) => !p.isSelf).map((p) => [p.userId, p.name]));
  const was = others(before);
  const is = others(after);
  return {
    joined: [...is].filter(([id]) => !was.has(id)).map(([, name]) => name),
    left: [...was].filter(([id]) => !is.has(id)).map(([, name]) => name),
  };
}
