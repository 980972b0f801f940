import type { IncomingMessage } from 'node:http';
import type { AuthorizeUpgrade } from '../realtime/attachYjsWebsocket.ts';
import type { AccountService } from '../services/AccountService.ts';
import type { DocumentService } from '../services/DocumentService.ts';
import type { Principal } from '../services/Principal.ts';
import { readCredential } from './readCredential.ts';

/**
 * Authorises a sync upgrade before any document is loaded: 401 without a valid session cookie,
 * `Authorization: Bearer` header or `?token=`; 404 unknown document; 403 not a member.
 */
export function createSyncAuthorizer(accounts: AccountService, documents: DocumentService): AuthorizeUpgrade {
  return async (req, documentId) => {
    const principal = await authenticate(req, accounts);
    if (principal === 'cross-site') return { ok: false, status: 403, message: 'cross-site request refused' };
    if (!principal) return { ok: false, status: 401, message: 'log in or pass ?token=<api token>' };
    const access = await documents.syncAccess(principal.userId, documentId);
    if (!access.ok) return access;
    return {
      ok: true,
      canWrite: access.canWrite,
      principalId: principal.userId,
      workspaceId: access.workspaceId,
      credentialId: principal.credential.id,
    };
  };
}

async function authenticate(
  req: IncomingMessage,
  accounts: AccountService,
): Promise<Principal | null | 'cross-site'> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const credential = readCredential(req.headers, url.searchParams.get('token'));
  if (!credential || credential.kind === 'malformed') return null;
  if (credential.kind === 'bearer') return accounts.authenticateToken(credential.secret);
  // Browsers send cookies on cross-site WebSocket upgrades too; only the page's own origin may use them.
  if (!isSameOrigin(req)) return 'cross-site';
  return accounts.authenticateSession(credential.secret);
}

function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
