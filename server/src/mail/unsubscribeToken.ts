import { createHmac, timingSafeEqual } from 'node:crypto';

/** What one unsubscribe link turns off. */
export const UnsubscribeScope = { notices: 'notices', digest: 'digest', all: 'all' } as const;
export type UnsubscribeScope = (typeof UnsubscribeScope)[keyof typeof UnsubscribeScope];

export interface UnsubscribeClaim {
  userId: string;
  scope: UnsubscribeScope;
}

const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

/** `<base64url(userId:scope)>.<hmac>`: needs no login and never expires, so a mail's link keeps working. */
export function createUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  const data = Buffer.from(`${claim.userId}:${claim.scope}`).toString('base64url');
  return `${data}.${sign(secret, data)}`;
}

/** The claim of a genuine token, or null for anything forged or malformed. */
export function readUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const [data, mac, extra] = token.split('.');
  if (!data || !mac || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, data));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const decoded = Buffer.from(data, 'base64url').toString();
  const at = decoded.lastIndexOf(':');
  const userId = decoded.slice(0, at);
  const scope = decoded.slice(at + 1);
  if (at <= 0 || !Object.values(UnsubscribeScope).includes(scope as UnsubscribeScope)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}
