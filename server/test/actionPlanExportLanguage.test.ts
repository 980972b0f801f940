import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromAcceptLanguage } from '../src/services/ActionPlanService.ts';
import {
  createPlanFixture,
  fetchBytes,
  type PlanFixture,
  postCsv,
  SAMPLE_ITEMS,
  VIETNAMESE_TITLE,
} from './helpers/planFixture.ts';
import { api } from './helpers/testApi.ts';

let f: PlanFixture;
let planId: string;

beforeAll(async () => {
  f = await createPlanFixture();
  planId = await f.newPlan(VIETNAMESE_TITLE, { items: SAMPLE_ITEMS });
});

afterAll(async () => {
  await f?.close();
});

async function exportMd(query: string, cookie: string | undefined, acceptLanguage?: string) {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (acceptLanguage) headers['accept-language'] = acceptLanguage;
  const res = await fetch(`${f.t.url}/api/documents/${planId}/export?format=md${query}`, { headers });
  return { status: res.status, text: await res.text() };
}

describe('GET /api/documents/:id/export?lang=', () => {
  it('writes the labels, dates and amounts in the language asked for', async () => {
    const vi = await exportMd('&lang=vi', f.as.viewer.cookie);
    expect(vi.status, vi.text).toBe(200);
    expect(vi.text).toContain('## Ký duyệt');
    expect(vi.text).toContain('## Mục tiêu');
    expect(vi.text).toContain('**Trạng thái:** Đã lên kế hoạch');
    expect(vi.text).toContain('**Thời gian:** 1 thg 1, 2026 – 31 thg 12, 2027');
    expect(vi.text).toContain('12.500,50\u00a0€');
    expect(vi.text).toContain('**Nguồn:** Ghi chú dán trên bảng trắng');
    // No item ids or whiteboard ids in a document for people.
    expect(vi.text).not.toContain('goal-1');
    expect(vi.text).not.toContain('sticky-42');

    const nl = await exportMd('&lang=nl', f.as.viewer.cookie);
    expect(nl.text).toContain('## Ondertekening');
    expect(nl.text).toContain('**Trekkende stad:** Huế');

    const hi = await exportMd('&lang=hi', f.as.viewer.cookie);
    expect(hi.text).toContain('## हस्ताक्षर');
    expect(hi.text).toContain('**स्थिति:** नियोजित');
  });

  it('refuses an unknown lang with 400 and a message naming the choices', async () => {
    const res = await api(f.t.url, 'GET', `/api/documents/${planId}/export?format=pdf&lang=fr`, {
      as: f.as.viewer,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'validation_failed', message: 'lang must be one of en, nl, vi, hi' },
    });
  });

  it("defaults to the requester's saved language", async () => {
    const english = await exportMd('', f.as.hueEditor.cookie, 'vi');
    expect(english.text).toContain('## Sign-off');
    const saved = await api(f.t.url, 'PATCH', '/api/me', { as: f.as.hueEditor, body: { language: 'vi' } });
    expect(saved.status).toBe(200);
    const vi = await exportMd('', f.as.hueEditor.cookie);
    expect(vi.text).toContain('## Ký duyệt');
    // An explicit lang wins over the saved language.
    expect((await exportMd('&lang=en', f.as.hueEditor.cookie)).text).toContain('## Sign-off');
  });

  it('CSV shows indicators as readable lines; re-importing it keeps indicator ids and the content hash', async () => {
    const before = await api(f.t.url, 'GET', `/api/documents/${planId}/signoff`, { as: f.as.viewer });
    const csv = await fetchBytes(f.t.url, `/api/documents/${planId}/export?format=csv&lang=vi`, f.as.viewer);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    // CSV headers stay the import's column names whatever the language.
    expect(text.startsWith('\ufeffid,level,title,')).toBe(true);
    expect(text).toContain('Tỷ lệ tái chế | 5% | 25% | % | Báo cáo năm');
    expect(text).not.toContain('{""');
    const again = await postCsv(f.t.url, planId, f.as.facilitator, csv.bytes);
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toMatchObject({ contentHash: (before.body as { contentHash: string }).contentHash });
    const json = await fetchBytes(f.t.url, `/api/documents/${planId}/export?format=json`, f.as.viewer);
    const plan = JSON.parse(new TextDecoder().decode(json.bytes)) as {
      plan: { items: { indicators: { id: string }[] }[] };
    };
    expect(plan.plan.items[0]?.indicators.map((i) => i.id)).toEqual(['ind-1']);
  });

  it('reads Accept-Language by weight, falling back to English', () => {
    expect(fromAcceptLanguage('fr-FR, vi;q=0.8, nl;q=0.9')).toBe('nl');
    expect(fromAcceptLanguage('hi-IN,en;q=0.5')).toBe('hi');
    expect(fromAcceptLanguage('fr, de;q=0.7')).toBe('en');
    expect(fromAcceptLanguage(undefined)).toBe('en');
  });
});
