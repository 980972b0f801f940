import { type ActionPlanItemPatch, createItem, setPlanMeta } from '@weft/model';
import { expect } from 'vitest';
import { createTestServer, type TestServer } from './createTestServer.ts';
import { api, type Credentials, createToken, signUp, type TestUser } from './testApi.ts';

export type PlanActor = 'facilitator' | 'ghentEditor' | 'hueEditor' | 'commenter' | 'viewer' | 'outsider';

export interface PlanFixture {
  t: TestServer;
  users: Record<PlanActor, TestUser>;
  /** Cookie credentials of each actor. */
  as: Record<PlanActor, Credentials>;
  workspaceId: string;
  /** A new action plan document (optionally with content); returns its id. */
  newPlan(title?: string, seed?: PlanSeed): Promise<string>;
  /** An API token of `actor`, for the sync endpoint. */
  tokenOf(actor: PlanActor): Promise<string>;
  close(): Promise<void>;
}

export interface PlanSeed {
  parties?: string[];
  items?: (ActionPlanItemPatch & { id?: string })[];
}

export const VIETNAMESE_TITLE = 'Kế hoạch hợp tác dệt may bền vững Gent – Huế';

/** Two items with Vietnamese and Dutch text, indicators, budget and a multi-line description. */
export const SAMPLE_ITEMS: (ActionPlanItemPatch & { id: string })[] = [
  {
    id: 'goal-1',
    level: 'goal',
    title: 'Giảm chất thải dệt may ở Huế',
    description: 'Mục tiêu chung của thành phố.\nTweede regel: circulaire textiel in Gent',
    leadCity: 'Huế',
    partnerCity: 'Ghent',
    leadResponsible: { unit: 'Sở Tài nguyên và Môi trường', person: 'Trần Thị Mai' },
    partnerResponsible: { unit: 'Dienst Milieu en Klimaat', person: 'Jan Peeters' },
    startDate: '2026-01-01',
    dueDate: '2027-12-31',
    status: 'planned',
    indicators: [
      {
        id: 'ind-1',
        name: 'Tỷ lệ tái chế',
        baseline: '5%',
        target: '25%',
        unit: '%',
        verification: 'Báo cáo năm',
      },
    ],
    budget: { amount: 12500.5, currency: 'EUR', fundingSource: 'Vlaanderen, "pilot" fund' },
    sdgTargets: ['12.5', '8.a'],
    risks: '=Ngân sách bị cắt giảm',
    evidence: ['https://example.org/a', 'https://example.org/b'],
    sourceRef: 'whiteboard:sticky-42',
  },
  {
    id: 'act-1',
    level: 'activity',
    title: 'Hội thảo với các xưởng may',
    description: 'Workshop met naaiateliers',
    leadCity: 'Ghent',
    partnerCity: 'Huế',
    leadResponsible: { unit: 'Stad Gent', person: 'An De Smet' },
    partnerResponsible: { unit: 'UBND Huế', person: 'Nguyễn Văn Bình' },
    startDate: null,
    dueDate: '2026-06-30',
    status: 'in_progress',
    budget: { amount: 300000000, currency: 'VND', fundingSource: '' },
  },
];

/** A server with a Ghent–Huế workspace and one member per role (cities set in their profiles). */
export async function createPlanFixture(
  options: { keepData?: boolean; env?: Record<string, string> } = {},
): Promise<PlanFixture> {
  const t = await createTestServer(options.env ?? {}, options);
  const profile = (city: string, timeZone: string) => ({ city, timeZone });
  const users: Record<PlanActor, TestUser> = {
    facilitator: await signUp(t.url, 'Els Facilitator', profile('Ghent', 'Europe/Brussels')),
    ghentEditor: await signUp(t.url, 'Jan Peeters', profile('Ghent', 'Europe/Brussels')),
    hueEditor: await signUp(t.url, 'Trần Thị Mai', profile('Huế', 'Asia/Ho_Chi_Minh')),
    commenter: await signUp(t.url, 'Lê Commenter', profile('Huế', 'Asia/Ho_Chi_Minh')),
    viewer: await signUp(t.url, 'Vic Viewer', profile('Ghent', 'Europe/Brussels')),
    outsider: await signUp(t.url, 'Olga Outsider', profile('Ghent', 'Europe/Brussels')),
  };
  const s = t.server.services;
  const { workspace } = await s.workspaces.create(users.facilitator.id, {
    title: 'Gent – Huế textiles',
    cities: ['Ghent', 'Huế'],
  });
  await s.workspaces.admit(workspace.id, users.ghentEditor.id, 'editor');
  await s.workspaces.admit(workspace.id, users.hueEditor.id, 'editor');
  await s.workspaces.admit(workspace.id, users.commenter.id, 'commenter');
  await s.workspaces.admit(workspace.id, users.viewer.id, 'viewer');
  const as = Object.fromEntries(
    Object.entries(users).map(([name, user]) => [name, { cookie: user.cookie }]),
  ) as Record<PlanActor, Credentials>;
  const tokens = new Map<PlanActor, string>();

  return {
    t,
    users,
    as,
    workspaceId: workspace.id,
    async newPlan(title = VIETNAMESE_TITLE, seed: PlanSeed = {}) {
      const res = await api(t.url, 'POST', `/api/workspaces/${workspace.id}/documents`, {
        as: as.facilitator,
        body: { type: 'actionPlan', title },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const id = (res.body as { document: { id: string } }).document.id;
      if (seed.items || seed.parties) {
        // Written into the live room, the same durable path a client's edits take.
        const room = await t.server.registry.open(id);
        room.doc.transact(() => {
          setPlanMeta(room.doc, { title, version: '1', ...(seed.parties ? { parties: seed.parties } : {}) });
          for (const { id: itemId, ...patch } of seed.items ?? []) {
            createItem(room.doc, patch, itemId ? { id: itemId } : {});
          }
        });
      }
      return id;
    },
    async tokenOf(actor) {
      let token = tokens.get(actor);
      if (!token) {
        token = (await createToken(t.url, as[actor])).secret;
        tokens.set(actor, token);
      }
      return token;
    },
    close: () => t.close(),
  };
}

/** A raw request returning the body as bytes (for exports) plus status and headers. */
export async function fetchBytes(
  base: string,
  path: string,
  as: Credentials,
): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const headers: Record<string, string> = {};
  if (as.cookie) headers.cookie = as.cookie;
  if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
  const res = await fetch(base + path, { headers });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** `POST /api/documents/:id/import` with raw bytes and a given content type. */
export async function postCsv(
  base: string,
  documentId: string,
  as: Credentials,
  body: Uint8Array | string,
  contentType = 'text/csv; charset=utf-8',
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { 'content-type': contentType, 'x-requested-with': 'weft' };
  if (as.cookie) headers.cookie = as.cookie;
  if (as.bearer) headers.authorization = `Bearer ${as.bearer}`;
  const res = await fetch(`${base}/api/documents/${documentId}/import`, { method: 'POST', headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Left as text so a failing assertion shows it.
  }
  return { status: res.status, body: parsed };
}
