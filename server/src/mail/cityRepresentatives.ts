import type { UserRecord } from '../storage/UserStore.ts';
import type { MemberRecord } from '../storage/WorkspaceStore.ts';

/**
 * The members who speak for `city` in a workspace, e.g. whom a sign-off request goes to. The one
 * place this is decided: today by the city on each person's profile.
 */
export function cityRepresentatives(
  city: string,
  members: readonly MemberRecord[],
  users: ReadonlyMap<string, UserRecord>,
): string[] {
  const wanted = city.normalize('NFC').toLocaleLowerCase();
  return members
    .filter((m) => m.role === 'facilitator' || m.role === 'editor')
    .filter((m) => users.get(m.userId)?.city.normalize('NFC').toLocaleLowerCase() === wanted)
    .map((m) => m.userId);
}
