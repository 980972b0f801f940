import type { CommentThread } from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, type Credentials, createToken, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

// Every comment route, called by every kind of caller, must answer exactly the status in its row.
// Members use both kinds of credential (cookies and API tokens).
const ACTORS = ['facilitator', 'editor', 'commenter', 'viewer', 'outsider', 'noCredentials'] as const;
type ActorName = (typeof ACTORS)[number];
type Row = Record<ActorName, number>;
type Member = Exclude<ActorName, 'outsider' | 'noCredentials'>;

const memberRead = (s: number): Row => ({
  facilitator: s,
  editor: s,
  commenter: s,
  viewer: s,
  outsider: 403,
  noCredentials: 401,
});
const commentersUp = (s: number): Row => ({ ...memberRead(s), viewer: 403 });
const facilitatorOnly = (s: number): Row => ({ ...commentersUp(403), facilitator: s });
const anyUser = (s: number): Row => ({ ...memberRead(s), outsider: s });

let t: TestServer;
const users = {} as Record<Exclude<ActorName, 'noCredentials'>, TestUser>;
const as = {} as Record<ActorName, Credentials>;
let workspaceId: string;
let noteId: string;

/** A fresh thread by `author` (default the facilitator) on the note. */
async function thread(author: Member = 'facilitator'): Promise<CommentThread> {
  const { thread } = await t.server.services.comments.createThread(users[author].id, noteId, {
    anchor: testTextAnchor(),
    body: 'Cần số liệu tái chế — recycling figures?',
  });
  return thread;
}

/** A message whose author is the caller when they may write, else the facilitator. */
async function messageOf(actor: ActorName): Promise<{ threadId: string; messageId: string }> {
  const author: Member = actor === 'editor' || actor === 'commenter' ? actor : 'facilitator';
  const th = await thread(author);
  return { threadId: th.id, messageId: th.messages[0]?.id ?? '' };
}

/** A message someone other than the caller wrote. */
async function othersMessage(actor: ActorName): Promise<{ threadId: string; messageId: string }> {
  return messageOf(actor === 'facilitator' ? 'commenter' : 'facilitator');
}

beforeAll(async () => {
  t = await createTestServer();
  for (const name of ['facilitator', 'editor', 'commenter', 'viewer', 'outsider'] as const) {
    users[name] = await signUp(t.url, name);
  }
  as.facilitator = { cookie: users.facilitator.cookie };
  as.editor = { bearer: (await createToken(t.url, { cookie: users.editor.cookie })).secret };
  as.commenter = { cookie: users.commenter.cookie };
  as.viewer = { bearer: (await createToken(t.url, { cookie: users.viewer.cookie })).secret };
  as.outsider = { cookie: users.outsider.cookie };
  as.noCredentials = {};
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(users.facilitator.id, { title: 'Gent–Huế' });
  workspaceId = workspace.id;
  for (const role of ['editor', 'commenter', 'viewer'] as const) {
    await s.workspaces.admit(workspaceId, users[role].id, role);
  }
  noteId = (await s.documents.create(users.facilitator.id, workspaceId, { type: 'note', title: 'Notes' })).id;
});

afterAll(async () => {
  await t?.close();
});

interface Case {
  name: string;
  expected: Row;
  call: (actor: ActorName) => Promise<number>;
}

const request =
  (method: string, path: (actor: ActorName) => string | Promise<string>, body?: () => unknown) =>
  async (actor: ActorName): Promise<number> =>
    (await api(t.url, method, await path(actor), { as: as[actor], body: body?.() })).status;

const cases: Case[] = [
  {
    name: 'GET /api/documents/:id/threads',
    expected: memberRead(200),
    call: request('GET', () => `/api/documents/${noteId}/threads`),
  },
  {
    name: 'POST /api/documents/:id/threads',
    expected: commentersUp(201),
    call: request(
      'POST',
      () => `/api/documents/${noteId}/threads`,
      () => ({ anchor: testTextAnchor(), body: 'Đồng ý' }),
    ),
  },
  {
    name: 'POST /api/documents/:id/threads/read',
    expected: memberRead(204),
    call: request('POST', () => `/api/documents/${noteId}/threads/read`),
  },
  {
    name: 'GET /api/threads/:id',
    expected: memberRead(200),
    call: request('GET', async () => `/api/threads/${(await thread()).id}`),
  },
  {
    name: 'POST /api/threads/:id/messages',
    expected: commentersUp(201),
    call: request(
      'POST',
      async () => `/api/threads/${(await thread()).id}/messages`,
      () => ({ body: 'Reply — trả lời' }),
    ),
  },
  {
    name: 'PATCH /api/threads/:id/messages/:messageId (own message)',
    expected: commentersUp(200),
    call: request(
      'PATCH',
      async (actor) => {
        const m = await messageOf(actor);
        return `/api/threads/${m.threadId}/messages/${m.messageId}`;
      },
      () => ({ body: 'edited' }),
    ),
  },
  {
    name: "PATCH /api/threads/:id/messages/:messageId (someone else's)",
    expected: { ...commentersUp(403), noCredentials: 401 },
    call: request(
      'PATCH',
      async (actor) => {
        const m = await othersMessage(actor);
        return `/api/threads/${m.threadId}/messages/${m.messageId}`;
      },
      () => ({ body: 'not mine' }),
    ),
  },
  {
    name: 'DELETE /api/threads/:id/messages/:messageId (own message)',
    expected: commentersUp(204),
    call: request('DELETE', async (actor) => {
      const m = await messageOf(actor);
      return `/api/threads/${m.threadId}/messages/${m.messageId}`;
    }),
  },
  {
    name: "DELETE /api/threads/:id/messages/:messageId (someone else's)",
    expected: facilitatorOnly(204),
    call: request('DELETE', async (actor) => {
      const m = await othersMessage(actor);
      return `/api/threads/${m.threadId}/messages/${m.messageId}`;
    }),
  },
  {
    name: 'POST /api/threads/:id/resolve',
    expected: commentersUp(200),
    call: request('POST', async () => `/api/threads/${(await thread()).id}/resolve`),
  },
  {
    name: 'POST /api/threads/:id/reopen',
    expected: commentersUp(200),
    call: request('POST', async () => {
      const th = await thread();
      await t.server.services.comments.setResolved(users.facilitator.id, th.id, true);
      return `/api/threads/${th.id}/reopen`;
    }),
  },
  {
    name: 'POST /api/threads/:id/read',
    expected: memberRead(204),
    call: request('POST', async () => `/api/threads/${(await thread()).id}/read`),
  },
  { name: 'GET /api/me/inbox', expected: anyUser(200), call: request('GET', () => '/api/me/inbox') },
  {
    name: 'GET /api/workspaces/:id/activity',
    expected: memberRead(200),
    call: request('GET', () => `/api/workspaces/${workspaceId}/activity`),
  },
  {
    name: 'POST /api/workspaces/:id/visit',
    expected: memberRead(200),
    call: request('POST', () => `/api/workspaces/${workspaceId}/visit`),
  },
];

describe('comment access matrix', () => {
  it.each(cases)('$name', async ({ expected, call }) => {
    const actual = {} as Row;
    for (const actor of ACTORS) actual[actor] = await call(actor);
    expect(actual).toEqual(expected);
  });

  it('unknown documents, threads and messages are 404 for members and outsiders alike', async () => {
    const th = await thread();
    const paths: [string, string][] = [
      ['GET', '/api/documents/nope/threads'],
      ['POST', '/api/documents/nope/threads/read'],
      ['GET', '/api/threads/nope'],
      ['POST', '/api/threads/nope/resolve'],
      ['POST', '/api/threads/nope/read'],
      ['DELETE', `/api/threads/nope/messages/${th.messages[0]?.id}`],
    ];
    for (const [method, path] of paths) {
      expect((await api(t.url, method, path, { as: as.facilitator })).status, path).toBe(404);
      expect((await api(t.url, method, path, { as: as.outsider })).status, path).toBe(404);
      expect((await api(t.url, method, path)).status, path).toBe(401);
    }
    // A message id from another thread does not reach that message.
    const other = await thread();
    const crossed = `/api/threads/${other.id}/messages/${th.messages[0]?.id}`;
    expect((await api(t.url, 'DELETE', crossed, { as: as.facilitator })).status).toBe(404);
  });

  it('outsiders and viewers learn nothing from a thread: no body in the error', async () => {
    const th = await thread();
    for (const actor of ['outsider', 'viewer'] as const) {
      const res = await api(t.url, 'POST', `/api/threads/${th.id}/messages`, {
        as: as[actor],
        body: { body: 'x' },
      });
      expect(JSON.stringify(res.body)).not.toContain('recycling');
    }
    const res = await api(t.url, 'GET', `/api/threads/${th.id}`, { as: as.outsider });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('recycling');
  });

  it('cookie writes without the CSRF header are refused', async () => {
    const res = await api(t.url, 'POST', `/api/documents/${noteId}/threads`, {
      as: as.commenter,
      body: { anchor: testTextAnchor(), body: 'csrf' },
      noCsrfHeader: true,
    });
    expect(res.status).toBe(403);
  });
});
