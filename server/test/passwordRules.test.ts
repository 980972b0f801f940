import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api } from './helpers/testApi.ts';

let t: TestServer;

beforeAll(async () => {
  t = await createTestServer();
});

afterAll(async () => {
  await t?.close();
});

const signup = (email: string, password: string, displayName = 'Priya Shah') =>
  api(t.url, 'POST', '/api/auth/signup', { body: { email, password, displayName } });

describe('password rules at sign-up', () => {
  it('refuses a common password and one equal to the email or name, with a clear message; no account is made', async () => {
    const email = 'priya.shah@example.org';
    for (const [password, reason] of [
      ['password123', /too common/],
      ['qwertyuiop', /too common/],
      [email, /email address or your name/],
      ['Priya Shah', /email address or your name/],
    ] as const) {
      const res = await signup(email, password);
      expect(res.status, password).toBe(400);
      const error = (res.body as { error: { message: string; details: { path: string }[] } }).error;
      expect(error.message).toMatch(reason);
      expect(error.details[0]?.path).toBe('password');
    }
    // None of the refusals created the account: the address is still free.
    expect((await signup(email, 'a long phrase about surat textiles')).status).toBe(201);
  });
});
