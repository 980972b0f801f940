import { expect } from 'vitest';

/** How a test caller proves who it is: a session cookie, an API token, or nothing. */
export interface Credentials {
  cookie?: string;
  bearer?: string;
}

export interface ApiResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface RequestOptions {
  as?: Credentials;
  body?: unknown;
  /** Sent as is instead of JSON-encoding `body`. */
  rawBody?: string;
  /** Leave out `X-Requested-With: weft` (CSRF tests). */
  noCsrfHeader?: boolean;
  headers?: Record<string, string>;
}

export function credentialHeaders(as: Credentials | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (as?.cookie) headers.cookie = as.cookie;
  if (as?.bearer) headers.authorization = `Bearer ${as.bearer}`;
  return headers;
}

/** One REST call against a test server; the body is parsed as JSON when there is one. */
export async function api(
  base: string,
  method: string,
  path: string,
  opts: RequestOptions = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...credentialHeaders(opts.as), ...opts.headers };
  if (!opts.noCsrfHeader) headers['x-requested-with'] = 'weft';
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Non-JSON bodies are returned as text so tests can show them.
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** `weft_session=<secret>` */
  cookie: string;
}

export function sessionCookieOf(res: ApiResponse): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('weft_session='));
  if (!cookie) throw new Error('no session cookie set');
  return cookie.split(';')[0] as string;
}

let counter = 0;

/** Signs up a fresh user (unique email) and returns its session cookie. */
export async function signUp(
  base: string,
  displayName = 'Tester',
  extra: Record<string, unknown> = {},
): Promise<TestUser> {
  counter++;
  const email = `user${counter}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const password = 'correct horse battery';
  const res = await api(base, 'POST', '/api/auth/signup', {
    body: { email, password, displayName, ...extra },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const user = (res.body as { user: { id: string } }).user;
  return { id: user.id, email, password, cookie: sessionCookieOf(res) };
}

/** Creates an API token for `user` and returns its secret. */
export async function createToken(
  base: string,
  user: Credentials,
  name = 'script',
): Promise<{ id: string; secret: string }> {
  const res = await api(base, 'POST', '/api/tokens', { as: user, body: { name } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const body = res.body as { token: { id: string }; secret: string };
  return { id: body.token.id, secret: body.secret };
}
