import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, type Credentials, signUp, type TestUser } from './helpers/testApi.ts';

interface CityView {
  id: string;
  name: string;
  timeZone: string;
  country?: string;
  colour?: string;
}
interface MemberView {
  userId: string;
  city: string;
  cityId: string | null;
  role: string;
}

let t: TestServer;
let sofie: TestUser;
let lan: TestUser;
let priya: TestUser;
const as = (u: TestUser): { as: Credentials } => ({ as: { cookie: u.cookie } });

beforeAll(async () => {
  t = await createTestServer();
  sofie = await signUp(t.url, 'Sofie', { city: 'Ghent', timeZone: 'Europe/Brussels' });
  // Lan typed her city without diacritics; the workspace spells it Huế.
  lan = await signUp(t.url, 'Lan', { city: 'Hue', timeZone: 'Asia/Ho_Chi_Minh' });
  priya = await signUp(t.url, 'Priya', { city: 'Surat', timeZone: 'Asia/Kolkata' });
});

afterAll(async () => {
  await t?.close();
});

const THREE_CITIES = [
  { name: 'Ghent', timeZone: 'Europe/Brussels', country: 'Belgium', colour: '#1f5fbf' },
  { name: 'Huế', timeZone: 'Asia/Ho_Chi_Minh', country: 'Viet Nam' },
  { name: 'Surat', timeZone: 'Asia/Kolkata' },
];

async function workspaceWith(cities: unknown[]): Promise<{ id: string; cities: CityView[] }> {
  const res = await api(t.url, 'POST', '/api/workspaces', {
    ...as(sofie),
    body: { title: 'Textiles', cities },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { workspace: { id: string; cities: CityView[] } }).workspace;
}

async function members(workspaceId: string): Promise<MemberView[]> {
  const res = await api(t.url, 'GET', `/api/workspaces/${workspaceId}/members`, as(sofie));
  return (res.body as { members: MemberView[] }).members;
}

/** Joins `user` through a fresh invite (optionally naming a city); returns the accept response. */
async function join(workspaceId: string, user: TestUser, invite: Record<string, unknown>, accept = {}) {
  const created = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/invites`, {
    ...as(sofie),
    body: { role: 'editor', ...invite },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { token } = created.body as { token: string };
  const preview = await api(t.url, 'GET', `/api/invites/${token}`);
  const accepted = await api(t.url, 'POST', `/api/invites/${token}/accept`, { ...as(user), body: accept });
  return { preview: preview.body as Record<string, unknown>, accepted };
}

describe('cities of a workspace', () => {
  it('are objects with a zone; plain strings still work and get a known zone or UTC', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    expect(ws.cities.map(({ id: _, ...c }) => c)).toEqual(THREE_CITIES);
    expect(new Set(ws.cities.map((c) => c.id)).size).toBe(3);

    const legacy = await workspaceWith(['Gent', 'Hue', 'Atlantis']);
    expect(legacy.cities.map((c) => [c.name, c.timeZone])).toEqual([
      ['Gent', 'Europe/Brussels'],
      ['Hue', 'Asia/Ho_Chi_Minh'],
      ['Atlantis', 'UTC'],
    ]);
    const bad = await api(t.url, 'POST', '/api/workspaces', {
      ...as(sofie),
      body: { title: 'x', cities: [{ name: 'Ghent', timeZone: 'Mars/Olympus' }] },
    });
    expect(bad.status).toBe(400);
    const twice = await api(t.url, 'POST', '/api/workspaces', {
      ...as(sofie),
      body: { title: 'x', cities: ['Huế', 'hue'] },
    });
    expect(twice.status).toBe(400);
  });

  it('facilitators rename (same id), add and remove unused cities; a city in use is refused with 409 city_in_use', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    const [ghent, hue, surat] = ws.cities as [CityView, CityView, CityView];
    // Sofie's profile says "Ghent": the creator represents the matching workspace city.
    expect((await members(ws.id))[0]).toMatchObject({ city: 'Ghent', cityId: ghent.id });

    const renamed = await api(t.url, 'PATCH', `/api/workspaces/${ws.id}`, {
      ...as(sofie),
      body: { cities: [{ ...ghent, name: 'Gent' }, hue, surat, { name: 'Pune', timeZone: 'Asia/Kolkata' }] },
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const after = (renamed.body as { workspace: { cities: CityView[] } }).workspace.cities;
    expect(after.map((c) => c.name)).toEqual(['Gent', 'Huế', 'Surat', 'Pune']);
    expect(after[0]?.id).toBe(ghent.id);
    expect((await members(ws.id))[0]?.city).toBe('Gent');

    const inUse = await api(t.url, 'PATCH', `/api/workspaces/${ws.id}`, {
      ...as(sofie),
      body: { cities: [hue, surat] },
    });
    expect(inUse.status).toBe(409);
    expect(inUse.body).toMatchObject({
      error: { code: 'conflict', details: { reason: 'city_in_use', city: 'Gent' } },
    });

    // Old clients resend names: identities are kept, so nothing is "removed".
    const names = await api(t.url, 'PATCH', `/api/workspaces/${ws.id}`, {
      ...as(sofie),
      body: { cities: ['Gent', 'Huế', 'Surat'] },
    });
    expect(names.status).toBe(200);
    expect((names.body as { workspace: { cities: CityView[] } }).workspace.cities.map((c) => c.id)).toEqual([
      ghent.id,
      hue.id,
      surat.id,
    ]);
  });

  it('an invite names the inviter and its city; without one the invitee chooses on joining', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    const [, hue, surat] = ws.cities as [CityView, CityView, CityView];
    const toHue = await join(ws.id, lan, { city: hue.id });
    expect(toHue.preview).toMatchObject({
      invitedBy: 'Sofie',
      city: { id: hue.id, name: 'Huế' },
      role: 'editor',
    });
    expect(toHue.accepted.status).toBe(200);

    const open = await join(ws.id, priya, {}, { city: 'Surat' });
    expect(open.preview).toMatchObject({ city: null });
    expect((open.preview.cities as CityView[]).map((c) => c.name)).toEqual(['Ghent', 'Huế', 'Surat']);
    expect(open.accepted.status).toBe(200);

    const list = await members(ws.id);
    expect(list.find((m) => m.userId === lan.id)).toMatchObject({ city: 'Huế', cityId: hue.id });
    expect(list.find((m) => m.userId === priya.id)).toMatchObject({ city: 'Surat', cityId: surat.id });

    const unknown = await api(t.url, 'POST', `/api/workspaces/${ws.id}/invites`, {
      ...as(sofie),
      body: { role: 'editor', city: 'Atlantis' },
    });
    expect(unknown.status).toBe(400);
  });

  it('PATCH members/:userId sets the city: a member their own (not their role), a facilitator anyone', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    await join(ws.id, priya, {}, { city: 'Surat' });
    const path = `/api/workspaces/${ws.id}/members/${priya.id}`;
    const own = await api(t.url, 'PATCH', path, { ...as(priya), body: { city: 'hue' } });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body).toMatchObject({ member: { city: 'Huế' } });
    expect((await api(t.url, 'PATCH', path, { ...as(priya), body: { role: 'facilitator' } })).status).toBe(
      403,
    );
    const other = `/api/workspaces/${ws.id}/members/${sofie.id}`;
    expect((await api(t.url, 'PATCH', other, { ...as(priya), body: { city: 'Surat' } })).status).toBe(403);
    const byFacilitator = await api(t.url, 'PATCH', path, {
      ...as(sofie),
      body: { role: 'commenter', city: 'Surat' },
    });
    expect(byFacilitator.body).toMatchObject({ member: { city: 'Surat', role: 'commenter' } });
    expect((await api(t.url, 'PATCH', path, { ...as(sofie), body: { city: 'Atlantis' } })).status).toBe(400);
    expect((await api(t.url, 'PATCH', path, { ...as(sofie), body: {} })).status).toBe(400);
  });
});

describe('a two-party plan in a three-city workspace', () => {
  it('is proposed for Ghent and Huế, signed by them (Lan signed up as "Hue"), and Surat cannot sign', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    const [ghent, hue] = ws.cities as [CityView, CityView];
    await join(ws.id, lan, {});
    await join(ws.id, priya, {});
    const doc = await api(t.url, 'POST', `/api/workspaces/${ws.id}/documents`, {
      ...as(sofie),
      body: { type: 'actionPlan', title: 'Ghent – Huế plan' },
    });
    const planId = (doc.body as { document: { id: string } }).document.id;
    const signoff = `/api/documents/${planId}/signoff`;

    const one = await api(t.url, 'POST', `${signoff}/propose`, {
      ...as(sofie),
      body: { parties: [ghent.id] },
    });
    expect(one.status).toBe(400);
    const foreign = await api(t.url, 'POST', `${signoff}/propose`, {
      ...as(sofie),
      body: { parties: [ghent.id, 'Atlantis'] },
    });
    expect(foreign.status).toBe(400);

    const proposed = await api(t.url, 'POST', `${signoff}/propose`, {
      ...as(sofie),
      body: { parties: [ghent.id, hue.id] },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    const { contentHash, parties } = proposed.body as { contentHash: string; parties: string[] };
    expect(parties).toEqual(['Ghent', 'Huế']);

    const surat = await api(t.url, 'POST', `${signoff}/sign`, { ...as(priya), body: { contentHash } });
    expect(surat.status).toBe(403);
    const view = await api(t.url, 'GET', signoff, as(lan));
    expect(view.body).toMatchObject({ you: { city: 'Huế', party: 'Huế', canSign: true } });

    expect(
      (await api(t.url, 'POST', `${signoff}/sign`, { ...as(sofie), body: { contentHash } })).status,
    ).toBe(200);
    const last = await api(t.url, 'POST', `${signoff}/sign`, { ...as(lan), body: { contentHash } });
    expect(last.status, JSON.stringify(last.body)).toBe(200);
    expect(last.body).toMatchObject({ status: 'agreed', signedParties: ['Ghent', 'Huế'] });
  });
});

describe('session video-call link', () => {
  it('takes only http(s) links and puts the link into the calendar file', async () => {
    const ws = await workspaceWith(THREE_CITIES);
    const path = `/api/workspaces/${ws.id}/sessions`;
    const base = { title: 'Kick-off', start: '2026-03-30T08:00:00Z', durationMinutes: 60 };
    const bad = await api(t.url, 'POST', path, {
      ...as(sofie),
      body: { ...base, videoUrl: 'javascript:alert(1)' },
    });
    expect(bad.status).toBe(400);
    const created = await api(t.url, 'POST', path, {
      ...as(sofie),
      body: { ...base, videoUrl: 'https://meet.example.org/weft-kickoff' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const session = (created.body as { session: { id: string; videoUrl: string } }).session;
    expect(session.videoUrl).toBe('https://meet.example.org/weft-kickoff');
    const ics = await api(t.url, 'GET', `/api/sessions/${session.id}/ics`, as(sofie));
    expect(String(ics.body)).toContain('LOCATION:https://meet.example.org/weft-kickoff');
    const cleared = await api(t.url, 'PATCH', `/api/sessions/${session.id}`, {
      ...as(sofie),
      body: { videoUrl: null },
    });
    expect(cleared.body).toMatchObject({ session: { videoUrl: null } });
  });
});
