import { DOCUMENT_ID_PATTERN } from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';

let t: TestServer;
let fac: TestUser;
let guest: TestUser;

beforeAll(async () => {
  t = await createTestServer();
  fac = await signUp(t.url, 'Facilitator');
  guest = await signUp(t.url, 'Guest');
});

afterAll(async () => {
  await t?.close();
});

const asFac = () => ({ as: { cookie: fac.cookie } });

async function newWorkspace(title = 'Ghent ⇄ Pune'): Promise<string> {
  const res = await api(t.url, 'POST', '/api/workspaces', {
    ...asFac(),
    body: { title, cities: ['Ghent', 'Pune'] },
  });
  expect(res.status).toBe(201);
  return (res.body as { workspace: { id: string } }).workspace.id;
}

interface CreatedInvite {
  invite: {
    id: string;
    role: string;
    expiresAt: string;
    createdAt: string;
    revoked: boolean;
    createdBy: string;
  };
  token: string;
  url: string;
}

async function invite(workspaceId: string, body: Record<string, unknown>): Promise<CreatedInvite> {
  const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/invites`, { ...asFac(), body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as CreatedInvite;
}

async function roleOf(workspaceId: string, userId: string): Promise<string | undefined> {
  const res = await api(t.url, 'GET', `/api/workspaces/${workspaceId}/members`, asFac());
  return (res.body as { members: { userId: string; role: string }[] }).members.find(
    (m) => m.userId === userId,
  )?.role;
}

describe('invites', () => {
  it('creates a link valid for 168 hours by default; anyone may preview it; accepting joins with its role', async () => {
    const ws = await newWorkspace();
    const created = await invite(ws, { role: 'commenter' });
    expect(created.url).toBe(`${t.url}/invite/${created.token}`);
    const hours = (Date.parse(created.invite.expiresAt) - Date.parse(created.invite.createdAt)) / 3_600_000;
    expect(hours).toBe(168);
    expect(created.invite).toMatchObject({ role: 'commenter', revoked: false, createdBy: fac.id });

    const preview = await api(t.url, 'GET', `/api/invites/${created.token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      workspace: { id: ws, title: 'Ghent ⇄ Pune' },
      role: 'commenter',
      expiresAt: created.invite.expiresAt,
      invitedBy: 'Facilitator',
      city: null,
    });
    expect((await api(t.url, 'POST', `/api/invites/${created.token}/accept`)).status).toBe(401);
    const accepted = await api(t.url, 'POST', `/api/invites/${created.token}/accept`, {
      as: { cookie: guest.cookie },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ workspace: { id: ws, role: 'commenter' } });
    expect(await roleOf(ws, guest.id)).toBe('commenter');
  });

  it('accepting keeps the higher of the current and the invited role', async () => {
    const ws = await newWorkspace();
    const editorInvite = await invite(ws, { role: 'editor' });
    const viewerInvite = await invite(ws, { role: 'viewer' });
    const as = { as: { cookie: guest.cookie } };
    await api(t.url, 'POST', `/api/invites/${viewerInvite.token}/accept`, as);
    expect(await roleOf(ws, guest.id)).toBe('viewer');
    await api(t.url, 'POST', `/api/invites/${editorInvite.token}/accept`, as);
    expect(await roleOf(ws, guest.id)).toBe('editor');
    const again = await api(t.url, 'POST', `/api/invites/${viewerInvite.token}/accept`, as);
    expect(again.body).toMatchObject({ workspace: { role: 'editor' } });
    const facAccepts = await api(t.url, 'POST', `/api/invites/${viewerInvite.token}/accept`, asFac());
    expect(facAccepts.body).toMatchObject({ workspace: { role: 'facilitator' } });
  });

  it('an expired invite fails clearly with 410 gone', async () => {
    const ws = await newWorkspace();
    const created = await invite(ws, { role: 'editor', expiresInHours: 2 });
    t.clock.advance(2 * 3_600_000 + 1);
    try {
      const preview = await api(t.url, 'GET', `/api/invites/${created.token}`);
      expect(preview.status).toBe(410);
      expect(preview.body).toMatchObject({
        error: { code: 'gone', message: expect.stringMatching(/expired/) },
      });
      const accept = await api(t.url, 'POST', `/api/invites/${created.token}/accept`, {
        as: { cookie: guest.cookie },
      });
      expect(accept.status).toBe(410);
      expect(await roleOf(ws, guest.id)).toBeUndefined();
    } finally {
      t.clock.advance(-(2 * 3_600_000 + 1));
    }
  });

  it('a revoked invite fails clearly with 410 gone and shows as revoked', async () => {
    const ws = await newWorkspace();
    const created = await invite(ws, { role: 'editor' });
    const del = await api(t.url, 'DELETE', `/api/workspaces/${ws}/invites/${created.invite.id}`, asFac());
    expect(del.status).toBe(204);
    const preview = await api(t.url, 'GET', `/api/invites/${created.token}`);
    expect(preview.status).toBe(410);
    expect(preview.body).toMatchObject({
      error: { code: 'gone', message: expect.stringMatching(/revoked/) },
    });
    const accept = await api(t.url, 'POST', `/api/invites/${created.token}/accept`, {
      as: { cookie: guest.cookie },
    });
    expect(accept.status).toBe(410);
    const list = await api(t.url, 'GET', `/api/workspaces/${ws}/invites`, asFac());
    expect(list.body).toMatchObject({ invites: [{ id: created.invite.id, revoked: true }] });
  });

  it('unknown invites are 404; an invite of one workspace cannot be revoked through another', async () => {
    expect((await api(t.url, 'GET', '/api/invites/not-a-real-token')).status).toBe(404);
    const a = await newWorkspace();
    const b = await newWorkspace();
    const created = await invite(a, { role: 'viewer' });
    expect(
      (await api(t.url, 'DELETE', `/api/workspaces/${b}/invites/${created.invite.id}`, asFac())).status,
    ).toBe(404);
    expect((await api(t.url, 'GET', `/api/invites/${created.token}`)).status).toBe(200);
  });

  it('validates role and expiry', async () => {
    const ws = await newWorkspace();
    for (const body of [
      { role: 'owner' },
      { role: 'viewer', expiresInHours: 0 },
      { role: 'viewer', expiresInHours: 1.5 },
    ]) {
      const res = await api(t.url, 'POST', `/api/workspaces/${ws}/invites`, { ...asFac(), body });
      expect(res.status).toBe(400);
    }
  });
});

describe('members and the last facilitator', () => {
  it('the last facilitator can be neither demoted nor removed (409); with a second one both work', async () => {
    const ws = await newWorkspace();
    const demote = await api(t.url, 'PATCH', `/api/workspaces/${ws}/members/${fac.id}`, {
      ...asFac(),
      body: { role: 'editor' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body).toMatchObject({ error: { code: 'conflict' } });
    expect((await api(t.url, 'DELETE', `/api/workspaces/${ws}/members/${fac.id}`, asFac())).status).toBe(409);

    const created = await invite(ws, { role: 'facilitator' });
    await api(t.url, 'POST', `/api/invites/${created.token}/accept`, { as: { cookie: guest.cookie } });
    const ok = await api(t.url, 'PATCH', `/api/workspaces/${ws}/members/${fac.id}`, {
      ...asFac(),
      body: { role: 'editor' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ member: { userId: fac.id, role: 'editor', displayName: 'Facilitator' } });
    // Now the guest is the only facilitator and cannot leave.
    const leave = await api(t.url, 'DELETE', `/api/workspaces/${ws}/members/${guest.id}`, {
      as: { cookie: guest.cookie },
    });
    expect(leave.status).toBe(409);
  });

  it('a member may leave by removing themself; unknown members are 404', async () => {
    const ws = await newWorkspace();
    const created = await invite(ws, { role: 'viewer' });
    await api(t.url, 'POST', `/api/invites/${created.token}/accept`, { as: { cookie: guest.cookie } });
    const leave = await api(t.url, 'DELETE', `/api/workspaces/${ws}/members/${guest.id}`, {
      as: { cookie: guest.cookie },
    });
    expect(leave.status).toBe(204);
    expect((await api(t.url, 'GET', `/api/workspaces/${ws}`, { as: { cookie: guest.cookie } })).status).toBe(
      403,
    );
    expect((await api(t.url, 'DELETE', `/api/workspaces/${ws}/members/${guest.id}`, asFac())).status).toBe(
      404,
    );
    const patch = await api(t.url, 'PATCH', `/api/workspaces/${ws}/members/nobody`, {
      ...asFac(),
      body: { role: 'viewer' },
    });
    expect(patch.status).toBe(404);
  });
});

describe('workspaces and documents', () => {
  it('lists my workspaces, non-archived first, with my role', async () => {
    const user = await signUp(t.url);
    const as = { as: { cookie: user.cookie } };
    const mk = async (title: string) =>
      (
        (await api(t.url, 'POST', '/api/workspaces', { ...as, body: { title } })).body as {
          workspace: { id: string };
        }
      ).workspace.id;
    const first = await mk('First');
    await mk('Second');
    const archived = await api(t.url, 'POST', `/api/workspaces/${first}/archive`, as);
    expect(archived.body).toMatchObject({ workspace: { archived: true, role: 'facilitator' } });
    const list = await api(t.url, 'GET', '/api/workspaces', as);
    expect(
      (list.body as { workspaces: { title: string; archived: boolean }[] }).workspaces.map((w) => w.title),
    ).toEqual(['Second', 'First']);
  });

  it('creates documents with URL-safe ids, renames and archives them', async () => {
    const ws = await newWorkspace();
    const created = await api(t.url, 'POST', `/api/workspaces/${ws}/documents`, {
      ...asFac(),
      body: { type: 'actionPlan', title: 'Kế hoạch hành động' },
    });
    expect(created.status).toBe(201);
    const doc = (created.body as { document: { id: string } }).document;
    expect(doc.id).toMatch(DOCUMENT_ID_PATTERN);
    expect(created.body).toMatchObject({
      document: {
        workspaceId: ws,
        type: 'actionPlan',
        title: 'Kế hoạch hành động',
        archived: false,
        createdBy: fac.id,
      },
    });
    const renamed = await api(t.url, 'PATCH', `/api/documents/${doc.id}`, {
      ...asFac(),
      body: { title: 'कार्य योजना' },
    });
    expect(renamed.body).toMatchObject({ document: { title: 'कार्य योजना' } });
    const got = await api(t.url, 'GET', `/api/documents/${doc.id}`, asFac());
    expect(got.body).toMatchObject({ document: { id: doc.id, title: 'कार्य योजना' }, role: 'facilitator' });
    const archived = await api(t.url, 'POST', `/api/documents/${doc.id}/archive`, asFac());
    expect(archived.body).toMatchObject({ document: { archived: true } });
  });

  it('no new documents in an archived workspace (409)', async () => {
    const ws = await newWorkspace();
    await api(t.url, 'POST', `/api/workspaces/${ws}/archive`, asFac());
    const res = await api(t.url, 'POST', `/api/workspaces/${ws}/documents`, {
      ...asFac(),
      body: { type: 'note', title: 'x' },
    });
    expect(res.status).toBe(409);
  });
});
