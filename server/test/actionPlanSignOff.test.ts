import fs from 'node:fs';
import { type ActionPlanSnapshot, readActionPlan, updateItem } from '@weft/model';
import type { ListVersionsResponse, SignOffResponse } from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from './helpers/createTestServer.ts';
import {
  createPlanFixture,
  fetchBytes,
  type PlanActor,
  type PlanFixture,
  SAMPLE_ITEMS,
} from './helpers/planFixture.ts';
import { api } from './helpers/testApi.ts';
import { connectClient, waitForSynced } from './helpers/yjsClients.ts';

let f: PlanFixture;

beforeAll(async () => {
  f = await createPlanFixture();
});

afterAll(async () => {
  await f?.close();
});

async function signOff(id: string, who: PlanActor = 'viewer'): Promise<SignOffResponse> {
  const res = await api(f.t.url, 'GET', `/api/documents/${id}/signoff`, { as: f.as[who] });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as SignOffResponse;
}

async function post(id: string, action: string, who: PlanActor, body: unknown = {}) {
  return api(f.t.url, 'POST', `/api/documents/${id}/signoff/${action}`, { as: f.as[who], body });
}

async function proposeAndSign(id: string, signers: PlanActor[]): Promise<SignOffResponse> {
  const proposed = await post(id, 'propose', 'ghentEditor');
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
  let last = proposed.body as SignOffResponse;
  for (const who of signers) {
    const res = await post(id, 'sign', who, { contentHash: last.contentHash });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    last = res.body as SignOffResponse;
  }
  return last;
}

describe('two-city sign-off', () => {
  it('Ghent and Huế editors sign → agreed, an immutable named version exists and exports', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });

    const draft = await signOff(id, 'ghentEditor');
    expect(draft).toMatchObject({ status: 'draft', parties: ['Ghent', 'Huế'], latestVersion: null });
    expect(draft.you).toMatchObject({ party: 'Ghent', canPropose: true, canSign: false });

    const proposedRes = await post(id, 'propose', 'ghentEditor', { contentHash: draft.contentHash });
    expect(proposedRes.status, JSON.stringify(proposedRes.body)).toBe(200);
    const proposed = proposedRes.body as SignOffResponse;
    expect(proposed).toMatchObject({ status: 'proposed', pendingParties: ['Ghent', 'Huế'] });
    // The workspace cities became the plan's parties, so they are part of the signed content.
    const live = readActionPlan((await f.t.server.registry.open(id)).doc);
    expect(live.meta.parties).toEqual(['Ghent', 'Huế']);
    expect(proposed.contentHash).not.toBe(draft.contentHash);

    const ghent = await post(id, 'sign', 'ghentEditor', { contentHash: proposed.contentHash });
    expect(ghent.status, JSON.stringify(ghent.body)).toBe(200);
    expect(ghent.body).toMatchObject({
      status: 'proposed',
      signedParties: ['Ghent'],
      pendingParties: ['Huế'],
    });
    expect((await signOff(id, 'hueEditor')).you).toMatchObject({ party: 'Huế', canSign: true });

    const hue = await post(id, 'sign', 'hueEditor', { contentHash: proposed.contentHash, city: 'Huế' });
    expect(hue.status, JSON.stringify(hue.body)).toBe(200);
    const agreed = hue.body as SignOffResponse;
    expect(agreed.status).toBe('agreed');
    expect(agreed.changedSinceAgreed).toBe(false);
    const today = new Date().toISOString().slice(0, 10);
    expect(agreed.latestVersion).toMatchObject({ number: 1, name: `Agreed v1 — ${today}` });
    expect(agreed.latestVersion?.signatures).toEqual([
      expect.objectContaining({
        city: 'Ghent',
        displayName: 'Jan Peeters',
        role: 'editor',
        timeZone: 'Europe/Brussels',
      }),
      expect.objectContaining({
        city: 'Huế',
        displayName: 'Trần Thị Mai',
        role: 'editor',
        timeZone: 'Asia/Ho_Chi_Minh',
      }),
    ]);

    const versions = (await api(f.t.url, 'GET', `/api/documents/${id}/versions`, { as: f.as.viewer }))
      .body as ListVersionsResponse;
    expect(versions.versions).toHaveLength(1);
    const vid = versions.versions[0]?.id ?? '';
    const version = await api(f.t.url, 'GET', `/api/documents/${id}/versions/${vid}`, { as: f.as.commenter });
    expect(version.status).toBe(200);
    expect((version.body as { plan: ActionPlanSnapshot }).plan).toEqual(live);

    const pdf = await fetchBytes(
      f.t.url,
      `/api/documents/${id}/export?format=pdf&version=${vid}`,
      f.as.viewer,
    );
    expect(pdf.status).toBe(200);
    expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.headers.get('content-disposition')).toContain('-v1-agreed.pdf"');
    const json = await fetchBytes(
      f.t.url,
      `/api/documents/${id}/export?format=json&version=${vid}`,
      f.as.viewer,
    );
    const exported = JSON.parse(Buffer.from(json.bytes).toString()) as {
      signOff: { status: string; versionName: string; signatures: { city: string }[] };
    };
    expect(exported.signOff.status).toBe('agreed');
    expect(exported.signOff.versionName).toBe(`Agreed v1 — ${today}`);
    expect(exported.signOff.signatures.map((s) => s.city)).toEqual(['Ghent', 'Huế']);
  });

  it('editing after agreement voids it; the diff shows the change; the agreed version stays as signed', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });
    const agreed = await proposeAndSign(id, ['ghentEditor', 'hueEditor']);
    const vid = agreed.latestVersion?.id ?? '';

    // A stock y-websocket client edits the plan, as the editor UI would.
    const client = connectClient(f.t.wsUrl, id, { params: { token: await f.tokenOf('hueEditor') } });
    try {
      await waitForSynced(client);
      updateItem(client.doc, 'act-1', { title: 'Hội thảo đã dời sang tháng 9' });
      await vi.waitFor(() => {
        const room = f.t.server.registry.getLoaded(id);
        if (!room) throw new Error('the plan is not loaded on the server');
        expect(readActionPlan(room.doc).items[1]?.title).toBe('Hội thảo đã dời sang tháng 9');
      });
    } finally {
      client.destroy();
    }

    const after = await signOff(id);
    expect(after).toMatchObject({ status: 'draft', validSignatures: [], changedSinceAgreed: true });
    expect(after.trail).toMatchObject({ status: 'draft', signatures: [] });
    expect(after.latestVersion?.id).toBe(vid);

    const diff = await api(f.t.url, 'GET', `/api/documents/${id}/versions/${vid}/diff`, { as: f.as.viewer });
    expect(diff.status).toBe(200);
    expect((diff.body as { diff: unknown }).diff).toMatchObject({
      isEmpty: false,
      added: [],
      removed: [],
      changed: [
        {
          id: 'act-1',
          fields: [
            { field: 'title', before: 'Hội thảo với các xưởng may', after: 'Hội thảo đã dời sang tháng 9' },
          ],
        },
      ],
    });

    // Signatures never carry over: signing the changed content needs a new proposal.
    const late = await post(id, 'sign', 'ghentEditor', { contentHash: after.contentHash });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: 'conflict', details: { reason: 'wrong_status' } } });

    // The export of the current draft shows no signatures; the agreed version keeps its own.
    const current = await fetchBytes(f.t.url, `/api/documents/${id}/export?format=json`, f.as.viewer);
    expect(JSON.parse(Buffer.from(current.bytes).toString())).toMatchObject({
      signOff: { status: 'draft', signatures: [] },
    });
    const old = await fetchBytes(
      f.t.url,
      `/api/documents/${id}/export?format=csv&version=${vid}`,
      f.as.viewer,
    );
    expect(Buffer.from(old.bytes).toString()).toContain('Hội thảo với các xưởng may');
    expect(Buffer.from(old.bytes).toString()).not.toContain('tháng 9');

    // A second round makes version 2; version 1 is untouched.
    const second = await proposeAndSign(id, ['hueEditor', 'facilitator']);
    expect(second.latestVersion).toMatchObject({ number: 2 });
    const list = (await api(f.t.url, 'GET', `/api/documents/${id}/versions`, { as: f.as.viewer }))
      .body as ListVersionsResponse;
    // The common version list is newest first; agreed versions carry their plan details.
    expect(list.versions.map((v) => [v.kind, v.agreed?.number])).toEqual([
      ['agreed', 2],
      ['agreed', 1],
    ]);
    expect(list.versions[1]?.agreed).toEqual(agreed.latestVersion);
  });

  it('an edit while proposed voids the signatures given so far; a stale hash is refused', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });
    const proposed = await proposeAndSign(id, ['ghentEditor']);
    expect(proposed.signedParties).toEqual(['Ghent']);

    const room = await f.t.server.registry.open(id);
    updateItem(room.doc, 'goal-1', { dueDate: '2028-06-30' });

    const stale = await post(id, 'sign', 'hueEditor', { contentHash: proposed.contentHash });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { details: { reason: 'wrong_status' } } });
    expect(await signOff(id)).toMatchObject({ status: 'draft', signedParties: [], validSignatures: [] });

    const again = await post(id, 'propose', 'hueEditor');
    const fresh = again.body as SignOffResponse;
    const wrongHash = await post(id, 'sign', 'hueEditor', { contentHash: proposed.contentHash });
    expect(wrongHash.status).toBe(409);
    expect(wrongHash.body).toMatchObject({ error: { details: { reason: 'stale_content' } } });
    expect((await post(id, 'sign', 'hueEditor', { contentHash: fresh.contentHash })).status).toBe(200);
  });

  it('withdraw takes back the own city’s signature; cancel returns the proposal to draft', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });
    await proposeAndSign(id, ['hueEditor']);
    const notSigned = await post(id, 'withdraw', 'ghentEditor');
    expect(notSigned.status).toBe(409);
    expect(notSigned.body).toMatchObject({ error: { details: { reason: 'not_signed' } } });
    const withdrawn = await post(id, 'withdraw', 'hueEditor');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'proposed', signedParties: [] });
    const cancelled = await post(id, 'cancel', 'facilitator');
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'draft', proposedBy: null });
  });

  it('two parties signing at the same moment make exactly one version', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });
    const proposed = await proposeAndSign(id, []);
    const [a, b] = await Promise.all([
      post(id, 'sign', 'ghentEditor', { contentHash: proposed.contentHash }),
      post(id, 'sign', 'hueEditor', { contentHash: proposed.contentHash }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const state = await signOff(id);
    expect(state.status).toBe('agreed');
    const list = (await api(f.t.url, 'GET', `/api/documents/${id}/versions`, { as: f.as.viewer }))
      .body as ListVersionsResponse;
    expect(list.versions).toHaveLength(1);
  });

  it('sign-off state survives the document being unloaded and reloaded from storage', async () => {
    const id = await f.newPlan(undefined, { items: SAMPLE_ITEMS });
    const agreed = await proposeAndSign(id, ['ghentEditor', 'hueEditor']);
    await vi.waitFor(() => expect(f.t.server.registry.getLoaded(id)).toBeUndefined(), { timeout: 5000 });
    const reloaded = await signOff(id);
    expect(reloaded).toMatchObject({
      status: 'agreed',
      contentHash: agreed.contentHash,
      changedSinceAgreed: false,
    });
  });

  it('the agreed state and version survive a server restart', async () => {
    const g = await createPlanFixture({ keepData: true });
    let restarted: Awaited<ReturnType<typeof createTestServer>> | null = null;
    try {
      const id = await g.newPlan(undefined, { items: SAMPLE_ITEMS });
      const p = await api(g.t.url, 'POST', `/api/documents/${id}/signoff/propose`, { as: g.as.ghentEditor });
      const hash = (p.body as SignOffResponse).contentHash;
      for (const who of ['ghentEditor', 'hueEditor'] as const) {
        const res = await api(g.t.url, 'POST', `/api/documents/${id}/signoff/sign`, {
          as: g.as[who],
          body: { contentHash: hash },
        });
        expect(res.status).toBe(200);
      }
      await g.close();
      restarted = await createTestServer({}, { dataDir: g.t.dataDir });
      const res = await api(restarted.url, 'GET', `/api/documents/${id}/signoff`, { as: g.as.viewer });
      expect(res.status).toBe(200);
      const state = res.body as SignOffResponse;
      expect(state).toMatchObject({ status: 'agreed', contentHash: hash, changedSinceAgreed: false });
      const vid = state.latestVersion?.id ?? '';
      const csv = await fetchBytes(
        restarted.url,
        `/api/documents/${id}/export?format=csv&version=${vid}`,
        g.as.viewer,
      );
      expect(csv.status).toBe(200);
      expect(Buffer.from(csv.bytes).toString()).toContain('Giảm chất thải dệt may ở Huế');
    } finally {
      // close() is idempotent, so this also stops the first server when the test failed early.
      await g.close();
      await restarted?.close();
      fs.rmSync(g.t.dataDir, { recursive: true, force: true });
    }
  });
});
