import type { AuthorizeWorkspace } from '../../src/http/presenceRoutes.ts';
import type { SocketAuth, SocketPrincipal, WorkspaceRole } from '../../src/realtime/SocketAuth.ts';

export interface TestUser extends SocketPrincipal {
  /** API token, sent as `auth: { token }` or `Authorization: Bearer`. */
  token: string;
  /** Value of the `weft_session` cookie. */
  session: string;
}

/**
 * A real, if tiny, account table: sessions and tokens resolve to users, memberships to roles.
 * The functions have the shapes the accounts work provides, so these tests hold after wiring.
 */
export function createTestAccounts() {
  const users = new Map<string, TestUser>();
  const members = new Map<string, Map<string, WorkspaceRole>>();

  const byToken = (token: string) => [...users.values()].find((u) => u.token === token) ?? null;
  const bySession = (cookieHeader: string | undefined) => {
    const match = /(?:^|;\s*)weft_session=([^;]+)/.exec(cookieHeader ?? '');
    return match ? ([...users.values()].find((u) => u.session === match[1]) ?? null) : null;
  };
  const principalOf = (u: TestUser | null): SocketPrincipal | null =>
    u ? { userId: u.userId, name: u.name, city: u.city } : null;

  const socketAuth: SocketAuth = {
    async authenticate(handshake) {
      const auth = handshake.auth as { token?: unknown };
      if (typeof auth.token === 'string') return principalOf(byToken(auth.token));
      return principalOf(bySession(handshake.headers.cookie));
    },
    async canAccessWorkspace(principal, workspaceId) {
      return members.get(workspaceId)?.get(principal.userId) ?? null;
    },
  };

  const authorizeWorkspace: AuthorizeWorkspace = async (req, workspaceId) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const user = bearer?.[1] ? byToken(bearer[1]) : bySession(req.headers.cookie);
    if (!user) return { ok: false, refusal: 'unauthenticated', message: 'sign in first' };
    if (!members.get(workspaceId)?.has(user.userId))
      return { ok: false, refusal: 'forbidden', message: 'not a member' };
    return { ok: true };
  };

  return {
    socketAuth,
    authorizeWorkspace,
    addUser(userId: string, name: string, city: string | null): TestUser {
      const user = { userId, name, city, token: `wft_${userId}_token`, session: `sess-${userId}` };
      users.set(userId, user);
      return user;
    },
    addMember(workspaceId: string, userId: string, role: WorkspaceRole): void {
      const m = members.get(workspaceId) ?? new Map<string, WorkspaceRole>();
      m.set(userId, role);
      members.set(workspaceId, m);
    },
    removeMember(workspaceId: string, userId: string): void {
      members.get(workspaceId)?.delete(userId);
    },
  };
}
