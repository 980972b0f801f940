import type { SignOffResponse } from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPlanFixture,
  fetchBytes,
  type PlanFixture,
  postCsv,
  SAMPLE_ITEMS,
} from './helpers/planFixture.ts';
import { api, type Credentials, signUp } from './helpers/testApi.ts';

// Every action plan endpoint, called by every kind of caller, must answer exactly the status in
// its row. Facilitator and editor are from Ghent, the commenter from Huế, the viewer from Ghent:
// all of them are from party cities, so only the role decides.
const ACTORS = ['facilitator', 'editor', 'commenter', 'viewer', 'outsider', 'noCredentials'] as const;
type ActorName = (typeof ACTORS)[number];
type Row = Record<ActorName, number>;

const memberRead = (s: number): Row => ({
  facilitator: s,
  editor: s,
  commenter: s,
  viewer: s,
  outsider: 403,
  noCredentials: 401,
});
const editorsUp = (s: number): Row => ({ ...memberRead(403), facilitator: s, editor: s });

let f: PlanFixture;
let as: Record<ActorName, Credentials>;
let agreedId: string;
let versionId: string;
let csv: Uint8Array;

async function plan(): Promise<string> {
  return f.newPlan('Roles', { items: SAMPLE_ITEMS });
}

async function proposed(): Promise<{ id: string; hash: string }> {
  const id = await plan();
  const res = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/propose`, { as: f.as.hueEditor });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { id, hash: (res.body as SignOffResponse).contentHash };
}

beforeAll(async () => {
  f = await createPlanFixture();
  as = {
    facilitator: f.as.facilitator,
    editor: f.as.ghentEditor,
    commenter: f.as.commenter,
    viewer: f.as.viewer,
    outsider: f.as.outsider,
    noCredentials: {},
  };
  agreedId = await plan();
  const p = await api(f.t.url, 'POST', `/api/documents/${agreedId}/signoff/propose`, {
    as: f.as.ghentEditor,
  });
  const hash = (p.body as SignOffResponse).contentHash;
  for (const who of ['ghentEditor', 'hueEditor'] as const) {
    const res = await api(f.t.url, 'POST', `/api/documents/${agreedId}/signoff/sign`, {
      as: f.as[who],
      body: { contentHash: hash },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  const versions = await api(f.t.url, 'GET', `/api/documents/${agreedId}/versions`, { as: f.as.viewer });
  versionId = (versions.body as { versions: { id: string }[] }).versions[0]?.id ?? '';
  csv = (await fetchBytes(f.t.url, `/api/documents/${agreedId}/export?format=csv`, f.as.viewer)).bytes;
});

afterAll(async () => {
  await f?.close();
});

interface Case {
  name: string;
  expected: Row;
  call: (who: Credentials) => Promise<number>;
}

const get = (path: () => string) => async (who: Credentials) =>
  (await api(f.t.url, 'GET', path(), { as: who })).status;

const cases: Case[] = [
  {
    name: 'GET export?format=pdf',
    expected: memberRead(200),
    call: async (who) =>
      (await fetchBytes(f.t.url, `/api/documents/${agreedId}/export?format=pdf`, who)).status,
  },
  {
    name: 'GET export?format=csv&version=',
    expected: memberRead(200),
    call: async (who) =>
      (await fetchBytes(f.t.url, `/api/documents/${agreedId}/export?format=csv&version=${versionId}`, who))
        .status,
  },
  {
    name: 'POST import',
    expected: editorsUp(200),
    call: async (who) => (await postCsv(f.t.url, await plan(), who, csv)).status,
  },
  { name: 'GET signoff', expected: memberRead(200), call: get(() => `/api/documents/${agreedId}/signoff`) },
  {
    name: 'POST signoff/propose',
    expected: editorsUp(200),
    call: async (who) =>
      (await api(f.t.url, 'POST', `/api/documents/${await plan()}/signoff/propose`, { as: who })).status,
  },
  {
    name: 'POST signoff/sign (own party city)',
    expected: editorsUp(200),
    call: async (who) => {
      const { id, hash } = await proposed();
      return (
        await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
          as: who,
          body: { contentHash: hash },
        })
      ).status;
    },
  },
  {
    name: 'POST signoff/withdraw (Ghent signed)',
    expected: editorsUp(200),
    call: async (who) => {
      const { id, hash } = await proposed();
      const signed = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
        as: f.as.ghentEditor,
        body: { contentHash: hash },
      });
      expect(signed.status).toBe(200);
      return (await api(f.t.url, 'POST', `/api/documents/${id}/signoff/withdraw`, { as: who })).status;
    },
  },
  {
    name: 'POST signoff/cancel',
    expected: editorsUp(200),
    call: async (who) => {
      const { id } = await proposed();
      return (await api(f.t.url, 'POST', `/api/documents/${id}/signoff/cancel`, { as: who })).status;
    },
  },
  { name: 'GET versions', expected: memberRead(200), call: get(() => `/api/documents/${agreedId}/versions`) },
  {
    name: 'GET versions/:vid',
    expected: memberRead(200),
    call: get(() => `/api/documents/${agreedId}/versions/${versionId}`),
  },
  {
    name: 'GET versions/:vid/diff',
    expected: memberRead(200),
    call: get(() => `/api/documents/${agreedId}/versions/${versionId}/diff`),
  },
];

describe('action plan roles matrix', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const got = {} as Row;
      for (const actor of ACTORS) got[actor] = await c.call(as[actor]);
      expect(got).toEqual(c.expected);
    });
  }
});

describe('who may sign for which city', () => {
  it('commenters and viewers are refused with forbidden_role even for their own party city', async () => {
    const { id, hash } = await proposed();
    for (const who of ['commenter', 'viewer'] as const) {
      const res = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
        as: f.as[who],
        body: { contentHash: hash },
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'forbidden', details: { reason: 'forbidden_role' } } });
    }
    const view = (await api(f.t.url, 'GET', `/api/documents/${id}/signoff`, { as: f.as.viewer })).body;
    expect(view).toMatchObject({ you: { canSign: false, canImport: false, party: 'Ghent' } });
  });

  it('nobody signs for another city, not even a facilitator', async () => {
    const { id, hash } = await proposed();
    for (const who of ['ghentEditor', 'facilitator'] as const) {
      const res = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
        as: f.as[who],
        body: { contentHash: hash, city: 'Huế' },
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { details: { reason: 'not_your_city' } } });
    }
  });

  it('an editor whose city is not a party cannot sign', async () => {
    const hanoi = await signUp(f.t.url, 'Phạm Hà Nội', { city: 'Hà Nội', timeZone: 'Asia/Ho_Chi_Minh' });
    await f.t.server.services.workspaces.admit(f.workspaceId, hanoi.id, 'editor');
    const { id, hash } = await proposed();
    const res = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
      as: { cookie: hanoi.cookie },
      body: { contentHash: hash },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { details: { reason: 'not_a_party' } } });
  });

  it('an archived plan exports but accepts no import and no sign-off step', async () => {
    const { id, hash } = await proposed();
    expect(
      (await api(f.t.url, 'POST', `/api/documents/${id}/archive`, { as: f.as.facilitator })).status,
    ).toBe(200);
    expect((await fetchBytes(f.t.url, `/api/documents/${id}/export?format=md`, f.as.viewer)).status).toBe(
      200,
    );
    const imported = await postCsv(f.t.url, id, f.as.ghentEditor, csv);
    expect(imported.status).toBe(409);
    const signed = await api(f.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
      as: f.as.ghentEditor,
      body: { contentHash: hash },
    });
    expect(signed.status).toBe(409);
    expect(signed.body).toMatchObject({ error: { details: { reason: 'archived' } } });
  });

  it('a cookie-authenticated import without the CSRF header is refused', async () => {
    const id = await plan();
    const res = await fetch(`${f.t.url}/api/documents/${id}/import`, {
      method: 'POST',
      headers: { cookie: f.as.ghentEditor.cookie ?? '', 'content-type': 'text/csv' },
      body: csv,
    });
    expect(res.status).toBe(403);
  });
});
