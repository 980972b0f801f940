import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { tryUpgrade } from './helpers/syncClients.ts';
import { api, type Credentials, createToken, signUp, type TestUser } from './helpers/testApi.ts';

// Every REST endpoint and the sync endpoint, called by every kind of caller, must answer exactly
// the status in its row. Members use both kinds of credential: cookies and API tokens.
const ACTORS = [
  'facilitator',
  'editor',
  'commenter',
  'viewer',
  'outsider',
  'noCredentials',
  'forgedToken',
  'revokedToken',
] as const;
type ActorName = (typeof ACTORS)[number];
type Row = Record<ActorName, number>;

const UNAUTH = { noCredentials: 401, forgedToken: 401, revokedToken: 401 } as const;
const memberRead = (s: number): Row => ({
  facilitator: s,
  editor: s,
  commenter: s,
  viewer: s,
  outsider: 403,
  ...UNAUTH,
});
const facilitatorOnly = (s: number): Row => ({
  facilitator: s,
  editor: 403,
  commenter: 403,
  viewer: 403,
  outsider: 403,
  ...UNAUTH,
});
const editorsUp = (s: number): Row => ({
  facilitator: s,
  editor: s,
  commenter: 403,
  viewer: 403,
  outsider: 403,
  ...UNAUTH,
});
const anyUser = (s: number): Row => ({
  facilitator: s,
  editor: s,
  commenter: s,
  viewer: s,
  outsider: s,
  ...UNAUTH,
});

let t: TestServer;
let fac: TestUser;
let target: TestUser;
const as = {} as Record<ActorName, Credentials>;
const users = {} as Record<'editor' | 'commenter' | 'viewer' | 'outsider', TestUser>;
let workspaceId: string;
let documentId: string;

async function freshWorkspace(): Promise<string> {
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(fac.id, { title: 'Fresh' });
  await s.workspaces.admit(workspace.id, users.editor.id, 'editor');
  await s.workspaces.admit(workspace.id, users.commenter.id, 'commenter');
  await s.workspaces.admit(workspace.id, users.viewer.id, 'viewer');
  await s.workspaces.admit(workspace.id, target.id, 'viewer');
  return workspace.id;
}

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  target = await signUp(t.url, 'Target');
  for (const name of ['editor', 'commenter', 'viewer', 'outsider'] as const)
    users[name] = await signUp(t.url, name);
  const revoked = await createToken(t.url, { cookie: fac.cookie });
  expect(
    (await api(t.url, 'DELETE', `/api/tokens/${revoked.id}`, { as: { cookie: fac.cookie } })).status,
  ).toBe(204);
  as.facilitator = { cookie: fac.cookie };
  as.editor = { bearer: (await createToken(t.url, { cookie: users.editor.cookie })).secret };
  as.commenter = { cookie: users.commenter.cookie };
  as.viewer = { bearer: (await createToken(t.url, { cookie: users.viewer.cookie })).secret };
  as.outsider = { cookie: users.outsider.cookie };
  as.noCredentials = {};
  as.forgedToken = { bearer: 'wft_forgedAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
  as.revokedToken = { bearer: revoked.secret };
  workspaceId = await freshWorkspace();
  documentId = (
    await t.server.services.documents.create(fac.id, workspaceId, { type: 'note', title: 'Notes' })
  ).id;
});

afterAll(async () => {
  await t?.close();
});

interface Case {
  name: string;
  expected: Row;
  call: (who: Credentials) => Promise<number>;
}

const call =
  (method: string, path: () => string | Promise<string>, body?: unknown) =>
  async (who: Credentials): Promise<number> =>
    (await api(t.url, method, await path(), { as: who, body })).status;

const BOUNDARY = 'weftmatrix';
const uploadBody = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\nContent-Type: text/plain\r\n\r\nbaseline survey\r\n--${BOUNDARY}--\r\n`;
const upload = (who: Credentials) =>
  api(t.url, 'POST', `/api/workspaces/${workspaceId}/files`, {
    as: who,
    rawBody: uploadBody,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  });
/** A file uploaded by the facilitator; its address. */
async function freshFileUrl(): Promise<string> {
  const res = await upload(as.facilitator);
  expect(res.status).toBe(201);
  return (res.body as { file: { url: string } }).file.url;
}
async function freshInviteToken(wsId: string): Promise<string> {
  return (await t.server.services.invites.create(fac.id, wsId, 'viewer')).token;
}

const cases: Case[] = [
  { name: 'GET /api/me', expected: anyUser(200), call: call('GET', () => '/api/me') },
  { name: 'PATCH /api/me', expected: anyUser(200), call: call('PATCH', () => '/api/me', { city: 'Huế' }) },
  { name: 'GET /api/tokens', expected: anyUser(200), call: call('GET', () => '/api/tokens') },
  {
    name: 'POST /api/tokens',
    expected: anyUser(201),
    call: call('POST', () => '/api/tokens', { name: 'ci' }),
  },
  {
    name: "DELETE /api/tokens/:id (the facilitator's token)",
    expected: { ...anyUser(404), facilitator: 204 },
    call: call('DELETE', async () => {
      const { token } = await t.server.services.accounts.createToken(fac.id, 'victim');
      return `/api/tokens/${token.id}`;
    }),
  },
  {
    name: 'POST /api/workspaces',
    expected: anyUser(201),
    call: call('POST', () => '/api/workspaces', { title: 'Mine' }),
  },
  { name: 'GET /api/workspaces', expected: anyUser(200), call: call('GET', () => '/api/workspaces') },
  {
    name: 'GET /api/workspaces/:id',
    expected: memberRead(200),
    call: call('GET', () => `/api/workspaces/${workspaceId}`),
  },
  {
    name: 'PATCH /api/workspaces/:id',
    expected: facilitatorOnly(200),
    call: call('PATCH', () => `/api/workspaces/${workspaceId}`, { description: 'Textile value chains' }),
  },
  {
    name: 'POST /api/workspaces/:id/archive',
    expected: facilitatorOnly(200),
    call: call('POST', async () => `/api/workspaces/${await freshWorkspace()}/archive`),
  },
  {
    name: 'GET /api/workspaces/:id/members',
    expected: memberRead(200),
    call: call('GET', () => `/api/workspaces/${workspaceId}/members`),
  },
  {
    name: 'PATCH /api/workspaces/:id/members/:userId',
    expected: facilitatorOnly(200),
    call: call('PATCH', async () => `/api/workspaces/${await freshWorkspace()}/members/${target.id}`, {
      role: 'commenter',
    }),
  },
  {
    name: 'DELETE /api/workspaces/:id/members/:userId (another member)',
    expected: facilitatorOnly(204),
    call: call('DELETE', async () => `/api/workspaces/${await freshWorkspace()}/members/${target.id}`),
  },
  {
    name: 'POST /api/workspaces/:id/invites',
    expected: facilitatorOnly(201),
    call: call('POST', () => `/api/workspaces/${workspaceId}/invites`, { role: 'editor' }),
  },
  {
    name: 'GET /api/workspaces/:id/invites',
    expected: facilitatorOnly(200),
    call: call('GET', () => `/api/workspaces/${workspaceId}/invites`),
  },
  {
    name: 'DELETE /api/workspaces/:id/invites/:inviteId',
    expected: facilitatorOnly(204),
    call: call('DELETE', async () => {
      const { invite } = await t.server.services.invites.create(fac.id, workspaceId, 'viewer');
      return `/api/workspaces/${workspaceId}/invites/${invite.id}`;
    }),
  },
  {
    name: 'GET /api/invites/:token (public)',
    expected: { ...anyUser(200), noCredentials: 200, forgedToken: 200, revokedToken: 200 },
    call: call('GET', async () => `/api/invites/${await freshInviteToken(workspaceId)}`),
  },
  {
    name: 'POST /api/invites/:token/accept',
    expected: anyUser(200),
    call: call('POST', async () => `/api/invites/${await freshInviteToken(await freshWorkspace())}/accept`),
  },
  {
    name: 'POST /api/workspaces/:id/documents',
    expected: editorsUp(201),
    call: call('POST', () => `/api/workspaces/${workspaceId}/documents`, {
      type: 'actionPlan',
      title: 'Plan',
    }),
  },
  {
    name: 'GET /api/workspaces/:id/documents',
    expected: memberRead(200),
    call: call('GET', () => `/api/workspaces/${workspaceId}/documents`),
  },
  {
    name: 'GET /api/documents/:id',
    expected: memberRead(200),
    call: call('GET', () => `/api/documents/${documentId}`),
  },
  {
    name: 'PATCH /api/documents/:id',
    expected: editorsUp(200),
    call: call('PATCH', () => `/api/documents/${documentId}`, { title: 'Ghi chú — Notes' }),
  },
  {
    name: 'POST /api/documents/:id/archive',
    expected: editorsUp(200),
    call: call('POST', async () => {
      const doc = await t.server.services.documents.create(fac.id, workspaceId, {
        type: 'whiteboard',
        title: 'B',
      });
      return `/api/documents/${doc.id}/archive`;
    }),
  },
  {
    name: 'POST /api/workspaces/:id/files',
    expected: editorsUp(201),
    call: async (who) => (await upload(who)).status,
  },
  {
    name: 'GET /api/workspaces/:id/files',
    expected: memberRead(200),
    call: call('GET', () => `/api/workspaces/${workspaceId}/files`),
  },
  { name: 'GET /api/files/:id', expected: memberRead(200), call: call('GET', freshFileUrl) },
  {
    name: "DELETE /api/files/:id (the facilitator's file)",
    expected: facilitatorOnly(204),
    call: call('DELETE', freshFileUrl),
  },
];

describe('authorisation matrix', () => {
  it.each(cases)('$name', async ({ expected, call: run }) => {
    const actual = {} as Row;
    for (const actor of ACTORS) actual[actor] = await run(as[actor]);
    expect(actual).toEqual(expected);
  });

  it('unknown workspaces and documents are 404 for any logged-in caller', async () => {
    for (const path of ['/api/workspaces/nope', '/api/workspaces/nope/members', '/api/documents/nope']) {
      expect((await api(t.url, 'GET', path, { as: as.facilitator })).status).toBe(404);
      expect((await api(t.url, 'GET', path, { as: as.outsider })).status).toBe(404);
      expect((await api(t.url, 'GET', path)).status).toBe(401);
    }
  });

  it('sync endpoint: members get a socket, everyone else an HTTP error and not one frame', async () => {
    const actual = {} as Row;
    const leaked: string[] = [];
    for (const actor of ACTORS) {
      const who = as[actor];
      const query = who.bearer ? `?token=${encodeURIComponent(who.bearer)}` : '';
      const outcome = await tryUpgrade(
        `${t.wsUrl}/${documentId}${query}`,
        who.cookie ? { cookie: who.cookie } : {},
      );
      actual[actor] = outcome.status;
      if (outcome.status !== 101 && outcome.frames > 0) leaked.push(actor);
      if (outcome.status !== 101) expect(JSON.parse(outcome.body).error.code).toBeTypeOf('string');
    }
    expect(actual).toEqual(memberRead(101));
    expect(leaked).toEqual([]);
  });

  it('sync endpoint: unknown document 404, bad id 400, Bearer header accepted', async () => {
    const cookie = { cookie: fac.cookie };
    expect((await tryUpgrade(`${t.wsUrl}/unknownDoc`, cookie)).status).toBe(404);
    expect((await tryUpgrade(`${t.wsUrl}/unknownDoc`)).status).toBe(401);
    expect((await tryUpgrade(`${t.wsUrl}/bad%20id`, cookie)).status).toBe(400);
    const bearer = { authorization: `Bearer ${as.editor.bearer}` };
    expect((await tryUpgrade(`${t.wsUrl}/${documentId}`, bearer)).status).toBe(101);
  });

  it('sync endpoint: a session cookie sent from another origin is refused', async () => {
    const headers = { cookie: fac.cookie, origin: 'https://evil.example' };
    const outcome = await tryUpgrade(`${t.wsUrl}/${documentId}`, headers);
    expect(outcome).toMatchObject({ status: 403, frames: 0 });
  });
});
