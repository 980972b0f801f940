import type { UserRecord } from '../storage/UserStore.ts';
import type { CityRecord, MemberRecord } from '../storage/WorkspaceStore.ts';

const fold = (name: string) => name.normalize('NFC').toLocaleLowerCase();

/**
 * The members who speak for `city` (a plan party, by name) in a workspace, e.g. whom a sign-off
 * request goes to. The one place this is decided: the city a member represents in the workspace;
 * a member without one (joined before cities were entities) by the city on their profile.
 */
export function cityRepresentatives(
  city: string,
  members: readonly MemberRecord[],
  users: ReadonlyMap<string, UserRecord>,
  cities: readonly CityRecord[],
): string[] {
  const wanted = fold(city);
  const record = cities.find((c) => fold(c.name) === wanted);
  return members
    .filter((m) => m.role === 'facilitator' || m.role === 'editor')
    .filter((m) =>
      m.cityId !== null ? m.cityId === record?.id : fold(users.get(m.userId)?.city ?? '') === wanted,
    )
    .map((m) => m.userId);
}
