/** City names compare equal when they differ only in case, surrounding spaces or Unicode form. */
export function cityKey(city: string): string {
  return city.normalize('NFC').trim().toLocaleLowerCase('und');
}

/** The party (as the plan spells it) that `city` is, or null. */
export function matchParty(parties: readonly string[], city: string): string | null {
  const key = cityKey(city);
  if (key === '') return null;
  return parties.find((party) => cityKey(party) === key) ?? null;
}
