import { userResponseSchema } from '@weft/protocol';

const REQUEST_TIMEOUT_MS = 30_000;

export interface WeftApiResponse {
  body: unknown;
  /** `weft_session=<secret>` when the response set a session, else null. */
  cookie: string | null;
}

/**
 * One call to Weft's REST API as a script makes it: JSON, the CSRF header cookie-authenticated
 * writes need, an optional session cookie. A non-2xx status throws with the server's answer.
 */
export async function callWeftApi(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; cookie?: string } = {},
): Promise<WeftApiResponse> {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'weft',
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('weft_session='));
  return { body: text ? JSON.parse(text) : null, cookie: setCookie?.split(';')[0] ?? null };
}

/** Signs up through `POST /api/auth/signup` and returns the new user's id and session cookie. */
export async function signUpWeftUser(
  base: string,
  user: { email: string; displayName: string; city?: string },
): Promise<{ id: string; cookie: string }> {
  const res = await callWeftApi(base, 'POST', '/api/auth/signup', {
    body: { ...user, password: 'benchmark password' },
  });
  if (!res.cookie) throw new Error('POST /api/auth/signup set no weft_session cookie');
  return { id: userResponseSchema.parse(res.body).user.id, cookie: res.cookie };
}
