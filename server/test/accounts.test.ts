import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, createToken, sessionCookieOf, signUp, type TestUser } from './helpers/testApi.ts';

let t: TestServer;
let fac: TestUser;
let workspaceId: string;
let documentId: string;

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  workspaceId = (await t.server.services.workspaces.create(fac.id, { title: 'W' })).workspace.id;
  documentId = (await t.server.services.documents.create(fac.id, workspaceId, { type: 'note', title: 'N' }))
    .id;
});

afterAll(async () => {
  await t?.close();
});

/** Every byte SQLite holds on disk, the write-ahead log included. */
function databaseBytes(): string {
  return ['weft.db', 'weft.db-wal']
    .map((f) => path.join(t.dataDir, f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString('latin1'))
    .join('');
}

describe('sign-up, log-in, sessions', () => {
  it('signs up with full Unicode profile and sets an httpOnly SameSite session cookie', async () => {
    const res = await api(t.url, 'POST', '/api/auth/signup', {
      body: {
        email: '  Nguyen.Van.An@Example.VN ',
        password: 'mật khẩu rất dài',
        displayName: 'Nguyễn Văn An',
        city: 'Huế',
        organisation: 'नगर निगम',
        language: 'vi',
        timeZone: 'Asia/Ho_Chi_Minh',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      user: {
        email: 'nguyen.van.an@example.vn',
        displayName: 'Nguyễn Văn An',
        city: 'Huế',
        organisation: 'नगर निगम',
        language: 'vi',
        timeZone: 'Asia/Ho_Chi_Minh',
      },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('weft_session=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const me = await api(t.url, 'GET', '/api/me', { as: { cookie: sessionCookieOf(res) } });
    expect(me.body).toMatchObject({ user: { displayName: 'Nguyễn Văn An' } });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const user = await signUp(t.url);
    const res = await api(t.url, 'POST', '/api/auth/signup', {
      body: { email: user.email.toUpperCase(), password: 'another long one', displayName: 'Twin' },
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'conflict' } });
  });

  it('logs in with the right password only; wrong password and unknown email read the same', async () => {
    const user = await signUp(t.url);
    const ok = await api(t.url, 'POST', '/api/auth/login', {
      body: { email: user.email, password: user.password },
    });
    expect(ok.status).toBe(200);
    expect(sessionCookieOf(ok)).not.toBe(user.cookie);
    const wrong = await api(t.url, 'POST', '/api/auth/login', {
      body: { email: user.email, password: 'wrong password' },
    });
    const unknown = await api(t.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'wrong password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('stores only a salted scrypt hash of the password, never the password itself', async () => {
    const password = 'ZebraCorrectHorse-Ghent-2026';
    const a = await signUp(t.url, 'A', { password });
    const b = await signUp(t.url, 'B', { password });
    const db = new Database(path.join(t.dataDir, 'weft.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT password_hash FROM users WHERE id IN (?, ?)').all(a.id, b.id) as {
        password_hash: string;
      }[];
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row.password_hash).toMatch(/^scrypt\$\d+\$8\$3\$[\w-]+\$[\w-]+$/);
      expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
    } finally {
      db.close();
    }
    expect(databaseBytes()).not.toContain(password);
  });

  it('sessions expire', async () => {
    const user = await signUp(t.url);
    t.clock.advance(15 * 24 * 3_600_000);
    try {
      expect((await api(t.url, 'GET', '/api/me', { as: { cookie: user.cookie } })).status).toBe(401);
    } finally {
      t.clock.advance(-15 * 24 * 3_600_000);
    }
  });

  it('PATCH /api/me updates the profile and validates the time zone', async () => {
    const user = await signUp(t.url);
    const ok = await api(t.url, 'PATCH', '/api/me', {
      as: { cookie: user.cookie },
      body: { timeZone: 'Asia/Kolkata', language: 'hi', city: 'पुणे' },
    });
    expect(ok.body).toMatchObject({ user: { timeZone: 'Asia/Kolkata', language: 'hi', city: 'पुणे' } });
    const bad = await api(t.url, 'PATCH', '/api/me', {
      as: { cookie: user.cookie },
      body: { timeZone: 'Mars/Olympus' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'timeZone' }] } });
    const lang = await api(t.url, 'PATCH', '/api/me', {
      as: { cookie: user.cookie },
      body: { language: 'fr' },
    });
    expect(lang.status).toBe(400);
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores only its hash, authenticates Bearer requests and lists without secrets', async () => {
    const user = await signUp(t.url);
    const { id, secret } = await createToken(t.url, { cookie: user.cookie }, 'nightly export');
    expect(secret).toMatch(/^wft_[\w-]{43}$/);
    expect(databaseBytes()).not.toContain(secret);
    const me = await api(t.url, 'GET', '/api/me', { as: { bearer: secret } });
    expect(me.body).toMatchObject({ user: { id: user.id } });
    const list = await api(t.url, 'GET', '/api/tokens', { as: { bearer: secret } });
    expect(list.body).toEqual({
      tokens: [{ id, name: 'nightly export', createdAt: expect.any(String), lastUsedAt: expect.any(String) }],
    });
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect((await api(t.url, 'DELETE', `/api/tokens/${id}`, { as: { bearer: secret } })).status).toBe(204);
    expect((await api(t.url, 'GET', '/api/me', { as: { bearer: secret } })).status).toBe(401);
    expect((await api(t.url, 'GET', '/api/tokens', { as: { cookie: user.cookie } })).body).toEqual({
      tokens: [],
    });
  });

  it('a Bearer header wins over a cookie, so a bad token is never rescued by ambient cookies', async () => {
    const res = await api(t.url, 'GET', '/api/me', {
      headers: { cookie: fac.cookie, authorization: 'Bearer wft_nope' },
    });
    expect(res.status).toBe(401);
    expect((await api(t.url, 'GET', '/api/me', { headers: { authorization: 'Basic abc' } })).status).toBe(
      401,
    );
  });
});

describe('CSRF header rule', () => {
  it('cookie-authenticated writes need X-Requested-With: weft; reads and Bearer writes do not', async () => {
    const noHeader = await api(t.url, 'POST', '/api/workspaces', {
      as: { cookie: fac.cookie },
      body: { title: 'Forged' },
      noCsrfHeader: true,
    });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body).toMatchObject({ error: { code: 'forbidden' } });
    const wrongValue = await api(t.url, 'POST', '/api/workspaces', {
      as: { cookie: fac.cookie },
      body: { title: 'Forged' },
      noCsrfHeader: true,
      headers: { 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(wrongValue.status).toBe(403);
    for (const method of ['PATCH', 'DELETE'] as const) {
      const path = method === 'PATCH' ? '/api/me' : '/api/tokens/x';
      expect(
        (await api(t.url, method, path, { as: { cookie: fac.cookie }, body: {}, noCsrfHeader: true })).status,
      ).toBe(403);
    }
    const logout = await api(t.url, 'POST', '/api/auth/logout', {
      as: { cookie: fac.cookie },
      noCsrfHeader: true,
    });
    expect(logout.status).toBe(403);
    const signup = await api(t.url, 'POST', '/api/auth/signup', {
      body: { email: 'csrf@example.org', password: 'long enough pw', displayName: 'X' },
      noCsrfHeader: true,
    });
    expect(signup.status).toBe(403);
    expect(
      (await api(t.url, 'GET', '/api/me', { as: { cookie: fac.cookie }, noCsrfHeader: true })).status,
    ).toBe(200);
    const { secret } = await createToken(t.url, { cookie: fac.cookie });
    const bearer = await api(t.url, 'POST', '/api/workspaces', {
      as: { bearer: secret },
      body: { title: 'Script' },
      noCsrfHeader: true,
    });
    expect(bearer.status).toBe(201);
    // The refused write really did nothing.
    const titles = (
      (await api(t.url, 'GET', '/api/workspaces', { as: { cookie: fac.cookie } })).body as {
        workspaces: { title: string }[];
      }
    ).workspaces.map((w) => w.title);
    expect(titles).not.toContain('Forged');
  });
});

describe('bad input on every route', () => {
  const routes = (): [string, string][] => [
    ['POST', '/api/auth/signup'],
    ['POST', '/api/auth/login'],
    ['PATCH', '/api/me'],
    ['POST', '/api/tokens'],
    ['POST', '/api/workspaces'],
    ['PATCH', `/api/workspaces/${workspaceId}`],
    ['PATCH', `/api/workspaces/${workspaceId}/members/${fac.id}`],
    ['POST', `/api/workspaces/${workspaceId}/invites`],
    ['POST', `/api/workspaces/${workspaceId}/documents`],
    ['PATCH', `/api/documents/${documentId}`],
  ];
  const wrongTypes = {
    email: 42,
    password: ['x'],
    displayName: { a: 1 },
    name: false,
    title: 7,
    description: 1,
    cities: 'Ghent',
    role: 'owner',
    expiresInHours: 'soon',
    type: 'spreadsheet',
    timeZone: 3,
    language: 'klingon',
    city: 5,
  };

  it('malformed JSON → 400 bad_request, wrong types → 400 validation_failed with details, oversize → 413', async () => {
    const as = { cookie: fac.cookie };
    const statuses: Record<string, number[]> = {};
    for (const [method, path] of routes()) {
      const key = `${method} ${path}`;
      const malformed = await api(t.url, method, path, { as, rawBody: '{"title": "unterminated' });
      const wrong = await api(t.url, method, path, { as, body: wrongTypes });
      const array = await api(t.url, method, path, { as, body: [1, 2] });
      const text = await api(t.url, method, path, {
        as,
        rawBody: 'title=x',
        headers: { 'content-type': 'text/plain' },
      });
      const huge = await api(t.url, method, path, { as, body: { title: 'x'.repeat(1_100_000) } });
      const long = await api(t.url, method, path, { as, body: { ...wrongTypes, title: 'ế'.repeat(5000) } });
      statuses[key] = [malformed.status, wrong.status, array.status, text.status, huge.status, long.status];
      expect(malformed.body, key).toMatchObject({ error: { code: 'bad_request' } });
      expect(wrong.body, key).toMatchObject({
        error: { code: 'validation_failed', details: expect.any(Array) },
      });
      expect(huge.body, key).toMatchObject({ error: { code: 'payload_too_large' } });
      for (const res of [malformed, wrong, array, text, huge, long]) {
        expect(JSON.stringify(res.body), key).not.toMatch(/stack|\bat .*\.ts:\d+/);
      }
    }
    const expected = Object.fromEntries(
      routes().map(([m, p]) => [`${m} ${p}`, [400, 400, 400, 400, 413, 400]]),
    );
    expect(statuses).toEqual(expected);
    // The server is still fine after all that.
    expect((await api(t.url, 'GET', '/api/me', { as })).status).toBe(200);
  });

  it('unknown API routes answer 404 JSON', async () => {
    const res = await api(t.url, 'GET', '/api/nope', { as: { cookie: fac.cookie } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('security headers', () => {
  it('sends helmet headers with a CSP that allows the client and its sockets', async () => {
    for (const path of ['/api/me', '/healthz', '/api/nope']) {
      const res = await fetch(t.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self' ws: wss:");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('rate limits on log-in and sign-up', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await createTestServer({ AUTH_RATE_LIMIT: '3', AUTH_RATE_LIMIT_IP: '8' });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('per IP and email, then per IP; 429 rate_limited JSON', async () => {
    const attempt = (email: string) =>
      api(limited.url, 'POST', '/api/auth/login', { body: { email, password: 'guessing password' } });
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await attempt('victim@example.org')).status);
    expect(first).toEqual([401, 401, 401, 429]);
    const blocked = await attempt('victim@example.org');
    expect(blocked.body).toMatchObject({ error: { code: 'rate_limited' } });
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another email from the same address still gets through, until the per-IP limit.
    const others = [];
    for (let i = 0; i < 4; i++) others.push((await attempt(`other${i}@example.org`)).status);
    expect(others).toEqual([401, 401, 401, 429]);
    const signup = await api(limited.url, 'POST', '/api/auth/signup', {
      body: { email: 'new@example.org', password: 'long enough pw', displayName: 'New' },
    });
    expect(signup.status).toBe(429);
  });
});
