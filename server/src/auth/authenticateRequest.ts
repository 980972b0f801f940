import type { IncomingHttpHeaders } from 'node:http';
import type { AccountService } from '../services/AccountService.ts';
import type { Principal } from '../services/Principal.ts';
import { readCredential } from './readCredential.ts';

/**
 * Who sent a request, upgrade or socket.io handshake: a Bearer header or `token` (query or
 * handshake auth) wins; a session cookie counts only from the page's own origin, because browsers
 * send cookies on cross-site WebSocket and polling requests too.
 */
export async function authenticateRequest(
  headers: IncomingHttpHeaders,
  accounts: AccountService,
  token?: string | null,
): Promise<Principal | null | 'cross-site'> {
  const credential = readCredential(headers, token);
  if (!credential || credential.kind === 'malformed') return null;
  if (credential.kind === 'bearer') return accounts.authenticateToken(credential.secret);
  if (!isSameOrigin(headers)) return 'cross-site';
  return accounts.authenticateSession(credential.secret);
}

function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
