import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp } from './helpers/testApi.ts';

// Its own server: password checks share the log-in rate limit, which other account tests use up.
let t: TestServer;

beforeAll(async () => {
  t = await createTestServer();
});

afterAll(async () => {
  await t?.close();
});

describe('changing the password', () => {
  it('POST /api/me/password needs the current password and a strong new one; then only the new one logs in', async () => {
    const user = await signUp(t.url);
    const change = (body: unknown) =>
      api(t.url, 'POST', '/api/me/password', { as: { cookie: user.cookie }, body });
    const wrong = await change({
      currentPassword: 'not my password',
      newPassword: 'violet tractor harbour 93',
    });
    expect(wrong.status).toBe(403);
    const weak = await change({ currentPassword: user.password, newPassword: 'password123' });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ error: { details: [{ path: 'newPassword' }] } });
    expect(
      (await change({ currentPassword: user.password, newPassword: 'violet tractor harbour 93' })).status,
    ).toBe(204);
    const login = (password: string) =>
      api(t.url, 'POST', '/api/auth/login', { body: { email: user.email, password } });
    expect((await login(user.password)).status).toBe(401);
    expect((await login('violet tractor harbour 93')).status).toBe(200);
  });
});
