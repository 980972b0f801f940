import type { IncomingHttpHeaders } from 'node:http';

export const SESSION_COOKIE = 'weft_session';

/** What a request presented to prove who it is; not yet checked. */
export type PresentedCredential =
  | { kind: 'bearer'; secret: string }
  | { kind: 'session'; secret: string }
  | { kind: 'malformed' };

/**
 * Reads the credential of a request: an `Authorization: Bearer` header wins over the session
 * cookie, so a Bearer request never rides on ambient cookies. `queryToken` (the sync endpoint's
 * `?token=`) counts as Bearer.
 */
export function readCredential(
  headers: IncomingHttpHeaders,
  queryToken?: string | null,
): PresentedCredential | null {
  const auth = headers.authorization;
  if (auth !== undefined) {
    const match = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(auth.trim());
    return match?.[1] ? { kind: 'bearer', secret: match[1] } : { kind: 'malformed' };
  }
  if (queryToken) return { kind: 'bearer', secret: queryToken };
  const cookie = readCookie(headers.cookie, SESSION_COOKIE);
  return cookie ? { kind: 'session', secret: cookie } : null;
}

export function hasBearerHeader(headers: IncomingHttpHeaders): boolean {
  return /^Bearer\s/i.test(headers.authorization ?? '');
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value.length > 0 && value.length <= 512 ? value : null;
  }
  return null;
}
