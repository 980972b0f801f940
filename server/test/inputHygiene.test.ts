import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let t: TestServer;
let fac: TestUser;

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
});

afterAll(async () => {
  await t?.close();
});

interface Refusal {
  error: { code: string; message: string; details?: { path: string; message: string }[] };
}

/** Sends the body as raw JSON so escapes such as a lone "\ud800" reach the server as written. */
async function send(method: string, path: string, rawBody: string) {
  return api(t.url, method, path, { as: { cookie: fac.cookie }, rawBody });
}

function expectRefused(res: { status: number; body: unknown }, field: string, reason: RegExp) {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  const { error } = res.body as Refusal;
  expect(error.message).toContain(field);
  expect(error.details).toEqual(
    expect.arrayContaining([{ path: field, message: expect.stringMatching(reason) }]),
  );
}

describe('input hygiene on API text fields', () => {
  it('refuses bad text with a 400 naming the field, and stores nothing', async () => {
    const before = await api(t.url, 'GET', '/api/workspaces', { as: { cookie: fac.cookie } });
    expectRefused(
      await send('POST', '/api/workspaces', '{"title":"Gent\\u202Eeulb"}'),
      'title',
      /bidirectional/,
    );
    expectRefused(await send('POST', '/api/workspaces', '{"title":"two\\nlines"}'), 'title', /single line/);
    expectRefused(await send('POST', '/api/workspaces', '{"title":"\\u200b\\u200b"}'), 'title', /visible/);
    expectRefused(
      await send('POST', '/api/workspaces', '{"title":"ok","cities":["Huế","Su\\u0007rat"]}'),
      'cities.1',
      /control/,
    );
    const after = await api(t.url, 'GET', '/api/workspaces', { as: { cookie: fac.cookie } });
    expect(after.body).toEqual(before.body);
    expectRefused(
      await send('PATCH', '/api/me', '{"displayName":"Anh \\ud800"}'),
      'displayName',
      /well-formed/,
    );
  });

  it('allows line breaks where text is multi-line, and refuses the rest there too', async () => {
    const ok = await send(
      'POST',
      '/api/workspaces',
      '{"title":"Gent ⇄ Huế","description":"Line one\\nLine two"}',
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const workspaceId = (ok.body as { workspace: { id: string } }).workspace.id;
    const doc = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/documents`, {
      as: { cookie: fac.cookie },
      body: { type: 'note', title: 'Notes' },
    });
    const documentId = (doc.body as { document: { id: string } }).document.id;
    const anchor = JSON.stringify(testTextAnchor());
    const thread = await send(
      'POST',
      `/api/documents/${documentId}/threads`,
      `{"anchor":${anchor},"body":"Xin chào\\nnhóm Huế"}`,
    );
    expect(thread.status, JSON.stringify(thread.body)).toBe(201);
    expectRefused(
      await send(
        'POST',
        `/api/documents/${documentId}/threads`,
        `{"anchor":${anchor},"body":"hi \\u2066there"}`,
      ),
      'body',
      /bidirectional/,
    );
    expectRefused(
      await send('POST', `/api/documents/${documentId}/threads`, `{"anchor":${anchor},"body":"\\u0000"}`),
      'body',
      /control/,
    );
  });
});
