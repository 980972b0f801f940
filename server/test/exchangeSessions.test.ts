import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, createToken, type RequestOptions, signUp, type TestUser } from './helpers/testApi.ts';

interface SessionBody {
  id: string;
  workspaceId: string;
  title: string;
  start: string;
  durationMinutes: number;
  agenda: { id: string; title: string; owner: string; minutes: number }[];
  documentIds: string[];
  createdAt: string;
  updatedAt: string;
  createdBy: string;
}

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let workspaceId: string;
let otherWorkspaceId: string;
let noteId: string;
let boardId: string;
let foreignNoteId: string;

const as = (user: TestUser, extra: RequestOptions = {}): RequestOptions => ({
  as: { cookie: user.cookie },
  ...extra,
});

async function newWorkspace(user: TestUser, title: string): Promise<string> {
  const res = await api(t.url, 'POST', '/api/workspaces', as(user, { body: { title } }));
  expect(res.status).toBe(201);
  return (res.body as { workspace: { id: string } }).workspace.id;
}

async function newDocument(user: TestUser, ws: string, type: string, title: string): Promise<string> {
  const res = await api(
    t.url,
    'POST',
    `/api/workspaces/${ws}/documents`,
    as(user, { body: { type, title } }),
  );
  expect(res.status).toBe(201);
  return (res.body as { document: { id: string } }).document.id;
}

async function join(user: TestUser, ws: string, role: string): Promise<void> {
  const created = await api(t.url, 'POST', `/api/workspaces/${ws}/invites`, as(fac, { body: { role } }));
  const token = (created.body as { token: string }).token;
  const accepted = await api(t.url, 'POST', `/api/invites/${token}/accept`, as(user));
  expect(accepted.status).toBe(200);
}

async function createSession(user: TestUser, body: Record<string, unknown>): Promise<SessionBody> {
  const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/sessions`, as(user, { body }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { session: SessionBody }).session;
}

const basic = { title: 'Phiên 3: sợi tái chế', start: '2026-03-30T08:00:00Z', durationMinutes: 90 };

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  editor = await signUp(t.url, 'Editor');
  viewer = await signUp(t.url, 'Viewer');
  outsider = await signUp(t.url, 'Outsider');
  workspaceId = await newWorkspace(fac, 'Ghent ⇄ Huế');
  await join(editor, workspaceId, 'editor');
  await join(viewer, workspaceId, 'viewer');
  noteId = await newDocument(fac, workspaceId, 'note', 'Biên bản');
  boardId = await newDocument(fac, workspaceId, 'whiteboard', 'Brainstorm');
  otherWorkspaceId = await newWorkspace(outsider, 'Elsewhere');
  foreignNoteId = await newDocument(outsider, otherWorkspaceId, 'note', 'Not yours');
});

afterAll(async () => {
  await t?.close();
});

describe('exchange sessions: create and read', () => {
  it('stores the start in UTC whatever offset it was given, and keeps agenda and links', async () => {
    // 10:00 in Ghent on the first Monday of summer time (UTC+2) is 08:00 UTC.
    const session = await createSession(fac, {
      title: 'Trao đổi Ghent – Huế – Tiruppur',
      start: '2026-03-30T10:00:00+02:00',
      durationMinutes: 90,
      agenda: [
        { title: 'Sợi tái chế ở Tiruppur', owner: 'प्रिया', minutes: 30 },
        { title: 'Kế hoạch hành động', minutes: 45 },
      ],
      documentIds: [boardId, noteId, boardId],
    });
    expect(session).toMatchObject({
      workspaceId,
      title: 'Trao đổi Ghent – Huế – Tiruppur',
      start: '2026-03-30T08:00:00.000Z',
      durationMinutes: 90,
      documentIds: [boardId, noteId],
      createdBy: fac.id,
    });
    expect(session.agenda).toEqual([
      {
        id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
        title: 'Sợi tái chế ở Tiruppur',
        owner: 'प्रिया',
        minutes: 30,
      },
      { id: expect.any(String), title: 'Kế hoạch hành động', owner: '', minutes: 45 },
    ]);
    expect(session.agenda[0]?.id).not.toBe(session.agenda[1]?.id);

    const got = await api(t.url, 'GET', `/api/sessions/${session.id}`, as(viewer));
    expect(got.status).toBe(200);
    expect(got.body).toEqual({ session, role: 'viewer' });
  });

  it('lists a workspace’s sessions earliest first, for every member', async () => {
    const late = await createSession(editor, { ...basic, start: '2027-01-10T09:00:00Z' });
    const early = await createSession(fac, { ...basic, start: '2025-01-10T09:00:00Z' });
    const res = await api(t.url, 'GET', `/api/workspaces/${workspaceId}/sessions`, as(viewer));
    expect(res.status).toBe(200);
    const ids = (res.body as { sessions: SessionBody[] }).sessions.map((s) => s.id);
    expect(ids[0]).toBe(early.id);
    expect(ids.at(-1)).toBe(late.id);
  });

  it('accepts API tokens as well as the session cookie', async () => {
    const token = await createToken(t.url, { cookie: editor.cookie });
    const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/sessions`, {
      as: { bearer: token.secret },
      body: basic,
      noCsrfHeader: true,
    });
    expect(res.status).toBe(201);
  });
});

describe('exchange sessions: who may do what', () => {
  it('viewers read but cannot create, change or delete (403)', async () => {
    const session = await createSession(fac, basic);
    const create = await api(
      t.url,
      'POST',
      `/api/workspaces/${workspaceId}/sessions`,
      as(viewer, { body: basic }),
    );
    expect(create.status).toBe(403);
    expect(create.body).toMatchObject({ error: { code: 'forbidden' } });
    const patch = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(viewer, { body: { title: 'x' } }),
    );
    expect(patch.status).toBe(403);
    expect((await api(t.url, 'DELETE', `/api/sessions/${session.id}`, as(viewer))).status).toBe(403);
    expect((await api(t.url, 'GET', `/api/sessions/${session.id}/ics`, as(viewer))).status).toBe(200);
  });

  it('outsiders get 403 for a workspace’s sessions and 404 for unknown ones; anonymous callers 401', async () => {
    const session = await createSession(fac, basic);
    for (const path of [
      `/api/workspaces/${workspaceId}/sessions`,
      `/api/sessions/${session.id}`,
      `/api/sessions/${session.id}/ics`,
    ]) {
      expect((await api(t.url, 'GET', path, as(outsider))).status, path).toBe(403);
      expect((await api(t.url, 'GET', path)).status, path).toBe(401);
    }
    const patch = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(outsider, { body: { title: 'x' } }),
    );
    expect(patch.status).toBe(403);
    expect((await api(t.url, 'DELETE', `/api/sessions/${session.id}`, as(outsider))).status).toBe(403);
    expect((await api(t.url, 'GET', '/api/sessions/no-such-session', as(fac))).status).toBe(404);
    expect((await api(t.url, 'GET', '/api/workspaces/no-such-ws/sessions', as(fac))).status).toBe(404);
    const unchanged = await api(t.url, 'GET', `/api/sessions/${session.id}`, as(fac));
    expect((unchanged.body as { session: SessionBody }).session.title).toBe(basic.title);
  });

  it('editors change and delete sessions; a deleted session is gone (404)', async () => {
    const session = await createSession(fac, basic);
    const patched = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(editor, { body: { title: 'Phiên 4', start: '2026-10-26T09:00:00+01:00' } }),
    );
    expect(patched.status).toBe(200);
    expect((patched.body as { session: SessionBody }).session).toMatchObject({
      title: 'Phiên 4',
      start: '2026-10-26T08:00:00.000Z',
      durationMinutes: 90,
    });
    expect((await api(t.url, 'DELETE', `/api/sessions/${session.id}`, as(editor))).status).toBe(204);
    expect((await api(t.url, 'GET', `/api/sessions/${session.id}`, as(fac))).status).toBe(404);
    expect((await api(t.url, 'DELETE', `/api/sessions/${session.id}`, as(editor))).status).toBe(404);
  });

  it('cookie writes without the CSRF header are refused', async () => {
    const res = await api(
      t.url,
      'POST',
      `/api/workspaces/${workspaceId}/sessions`,
      as(fac, { body: basic, noCsrfHeader: true }),
    );
    expect(res.status).toBe(403);
  });
});

describe('exchange sessions: patches', () => {
  it('keeps omitted fields, replaces the agenda whole and keeps the ids it is given', async () => {
    const session = await createSession(fac, {
      ...basic,
      agenda: [
        { title: 'A', minutes: 10 },
        { title: 'B', minutes: 10 },
      ],
      documentIds: [noteId],
    });
    const [a, b] = session.agenda;
    const res = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(fac, {
        body: {
          agenda: [
            { id: b?.id, title: 'B, renamed', owner: 'Jan', minutes: 20 },
            { id: b?.id, title: 'Duplicate id', minutes: 5 },
            { title: 'C', minutes: 5 },
          ],
        },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const updated = (res.body as { session: SessionBody }).session;
    expect(updated).toMatchObject({ title: basic.title, start: session.start, documentIds: [noteId] });
    expect(updated.agenda.map((i) => i.title)).toEqual(['B, renamed', 'Duplicate id', 'C']);
    expect(updated.agenda[0]).toEqual({ id: b?.id, title: 'B, renamed', owner: 'Jan', minutes: 20 });
    const ids = updated.agenda.map((i) => i.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(a?.id);
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(session.updatedAt));

    const unlinked = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(fac, { body: { documentIds: [] } }),
    );
    expect((unlinked.body as { session: SessionBody }).session.documentIds).toEqual([]);
  });
});

describe('exchange sessions: bad input gets a clear 400 and changes nothing', () => {
  const cases: [string, unknown][] = [
    ['missing title', { start: basic.start, durationMinutes: 30 }],
    ['blank title', { ...basic, title: '   ' }],
    ['start without a zone', { ...basic, start: '2026-03-30T10:00:00' }],
    ['start that is not a date', { ...basic, start: 'tomorrow' }],
    ['zero duration', { ...basic, durationMinutes: 0 }],
    ['fractional duration', { ...basic, durationMinutes: 30.5 }],
    ['duration over a day', { ...basic, durationMinutes: 24 * 60 + 1 }],
    ['agenda item without minutes', { ...basic, agenda: [{ title: 'x' }] }],
    ['agenda longer than the session', { ...basic, agenda: [{ title: 'x', minutes: 91 }] }],
    ['unknown field', { ...basic, colour: 'red' }],
    ['document id with bad characters', { ...basic, documentIds: ['../etc'] }],
  ];
  it.each(cases)('%s', async (_name, body) => {
    const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/sessions`, as(fac, { body }));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed', message: expect.any(String) } });
  });

  it('linked documents must exist in the same workspace', async () => {
    for (const documentIds of [[noteId, foreignNoteId], ['doesNotExist']]) {
      const res = await api(
        t.url,
        'POST',
        `/api/workspaces/${workspaceId}/sessions`,
        as(fac, { body: { ...basic, documentIds } }),
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: { code: 'validation_failed', details: [{ path: `documentIds.${documentIds.length - 1}` }] },
      });
    }
  });

  it('a patch may not shorten the session below its agenda, nor link foreign documents', async () => {
    const session = await createSession(fac, { ...basic, agenda: [{ title: 'x', minutes: 60 }] });
    const shorter = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(fac, { body: { durationMinutes: 30 } }),
    );
    expect(shorter.status).toBe(400);
    const foreign = await api(
      t.url,
      'PATCH',
      `/api/sessions/${session.id}`,
      as(fac, { body: { documentIds: [foreignNoteId] } }),
    );
    expect(foreign.status).toBe(400);
    const raw = await api(t.url, 'PATCH', `/api/sessions/${session.id}`, as(fac, { rawBody: '{"title":' }));
    expect(raw.status).toBe(400);
    const arrayBody = await api(t.url, 'PATCH', `/api/sessions/${session.id}`, as(fac, { body: [] }));
    expect(arrayBody.status).toBe(400);
    const after = await api(t.url, 'GET', `/api/sessions/${session.id}`, as(fac));
    expect((after.body as { session: SessionBody }).session).toEqual(session);
  });
});

describe('exchange sessions: iCalendar export', () => {
  it('serves text/calendar in UTC with the agenda, linked documents and a link back', async () => {
    const session = await createSession(fac, {
      title: 'Trao đổi Ghent – Huế, phiên 3; kế hoạch',
      start: '2026-10-25T10:00:00+01:00',
      durationMinutes: 60,
      agenda: [{ title: 'Sign-off', owner: 'Lan', minutes: 20 }],
      documentIds: [noteId],
    });
    const res = await fetch(`${t.url}/api/sessions/${session.id}/ics`, { headers: { cookie: fac.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Trao đổi Ghent – Huế, phiên 3; kế hoạch.ics')}`,
    );
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    // The Sunday Belgium falls back: 10:00 there is UTC+1, so 09:00 UTC.
    expect(lines).toContain('DTSTART:20261025T090000Z');
    expect(lines).toContain('DTEND:20261025T100000Z');
    expect(lines).toContain('SUMMARY:Trao đổi Ghent – Huế\\, phiên 3\\; kế hoạch');
    expect(lines).toContain(`UID:${session.id}@weft`);
    expect(lines).toContain(`URL:${t.url}/workspaces/${workspaceId}/sessions/${session.id}`);
    expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:Agenda:\\n1. Sign-off (20 min\\, Lan)\\nDocuments:\\n- Biên bản',
    );
  });
});
