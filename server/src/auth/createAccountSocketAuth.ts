import type { AuthorizeWorkspace } from '../http/presenceRoutes.ts';
import type { SocketAuth } from '../realtime/SocketAuth.ts';
import type { AccountService } from '../services/AccountService.ts';
import type { WorkspaceService } from '../services/WorkspaceService.ts';
import { authenticateRequest } from './authenticateRequest.ts';

/** socket.io authentication by session cookie or `auth: { token }`, and membership by workspace role. */
export function createAccountSocketAuth(accounts: AccountService, workspaces: WorkspaceService): SocketAuth {
  return {
    async authenticate(handshake) {
      const auth: unknown = handshake.auth;
      const token =
        typeof auth === 'object' && auth !== null && typeof (auth as { token?: unknown }).token === 'string'
          ? (auth as { token: string }).token
          : null;
      const principal = await authenticateRequest(handshake.headers, accounts, token);
      if (!principal || principal === 'cross-site') return null;
      const user = await accounts.getUser(principal.userId);
      return {
        userId: user.id,
        name: user.displayName,
        city: user.city || null,
        credentialId: principal.credential.id,
        ...(principal.credential.expiresAt !== undefined
          ? { expiresAt: principal.credential.expiresAt }
          : {}),
      };
    },
    async canAccessWorkspace(principal, workspaceId) {
      return workspaces.roleOf(principal.userId, workspaceId);
    },
  };
}

/** Authorises REST reads of a workspace's live state (presence) for its members. */
export function createWorkspaceReadAuthorizer(
  accounts: AccountService,
  workspaces: WorkspaceService,
): AuthorizeWorkspace {
  return async (req, workspaceId) => {
    const principal = await authenticateRequest(req.headers, accounts);
    if (principal === 'cross-site') return { ok: false, status: 403, message: 'cross-site request refused' };
    if (!principal) return { ok: false, status: 401, message: 'log in or send a Bearer token' };
    const role = await workspaces.roleOf(principal.userId, workspaceId);
    if (!role) return { ok: false, status: 403, message: 'not a member of this workspace' };
    return { ok: true };
  };
}
