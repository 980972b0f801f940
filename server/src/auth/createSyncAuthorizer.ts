import type { AuthorizeUpgrade } from '../realtime/attachYjsWebsocket.ts';
import type { AccountService } from '../services/AccountService.ts';
import type { DocumentService } from '../services/DocumentService.ts';
import { authenticateRequest } from './authenticateRequest.ts';

/**
 * Authorises a sync upgrade before any document is loaded: 401 without a valid session cookie,
 * `Authorization: Bearer` header or `?token=`; 404 unknown document; 403 not a member.
 */
export function createSyncAuthorizer(accounts: AccountService, documents: DocumentService): AuthorizeUpgrade {
  return async (req, documentId) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const principal = await authenticateRequest(req.headers, accounts, url.searchParams.get('token'));
    if (principal === 'cross-site') return { ok: false, status: 403, message: 'cross-site request refused' };
    if (!principal) return { ok: false, status: 401, message: 'log in or pass ?token=<api token>' };
    const access = await documents.syncAccess(principal.userId, documentId);
    if (!access.ok) return access;
    const user = await accounts.getUser(principal.userId);
    return {
      ok: true,
      canWrite: access.canWrite,
      principalId: principal.userId,
      workspaceId: access.workspaceId,
      credentialId: principal.credential.id,
      ...(principal.credential.expiresAt !== undefined ? { expiresAt: principal.credential.expiresAt } : {}),
      identity: { userId: user.id, name: user.displayName, city: user.city },
    };
  };
}
