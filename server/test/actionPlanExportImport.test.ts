import { readActionPlan } from '@weft/model';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createPlanFixture,
  fetchBytes,
  type PlanFixture,
  postCsv,
  SAMPLE_ITEMS,
  VIETNAMESE_TITLE,
} from './helpers/planFixture.ts';
import { api } from './helpers/testApi.ts';
import { connectClient, waitForSynced } from './helpers/yjsClients.ts';

let f: PlanFixture;
let planId: string;

beforeAll(async () => {
  f = await createPlanFixture();
  planId = await f.newPlan(VIETNAMESE_TITLE, { items: SAMPLE_ITEMS });
});

afterAll(async () => {
  await f?.close();
});

const exportPath = (id: string, format: string, version?: string) =>
  `/api/documents/${id}/export?format=${format}${version ? `&version=${version}` : ''}`;

// ignoreBOM keeps the byte order mark in the text, so the CSV test can see it.
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('GET /api/documents/:id/export', () => {
  const formats = [
    { format: 'pdf', type: 'application/pdf', magic: '%PDF-' },
    {
      format: 'docx',
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      magic: 'PK',
    },
    { format: 'md', type: 'text/markdown; charset=utf-8', magic: '# ' },
    { format: 'csv', type: 'text/csv; charset=utf-8', magic: '\uFEFFid,level,title' },
    { format: 'json', type: 'application/json; charset=utf-8', magic: '{' },
  ];
  for (const { format, type, magic } of formats) {
    it(`exports ${format} with its media type and a Unicode file name`, async () => {
      const res = await fetchBytes(f.t.url, exportPath(planId, format), f.as.viewer);
      expect(res.status, text(res.bytes).slice(0, 300)).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.bytes.byteLength).toBeGreaterThan(100);
      expect(text(res.bytes.slice(0, 40)).startsWith(magic)).toBe(true);
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
      expect(disposition).toContain(`filename="ke-hoach-hop-tac-det-may-ben-vung-gent-hue-v1.${format}"`);
      const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe(`${VIETNAMESE_TITLE} v1.${format}`);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    });
  }

  it('JSON carries the plan and the (draft) sign-off trail', async () => {
    const res = await fetchBytes(f.t.url, exportPath(planId, 'json'), f.as.commenter);
    const body = JSON.parse(text(res.bytes)) as {
      plan: { meta: { title: string }; items: { id: string; title: string }[] };
      signOff: { status: string; signatures: unknown[] };
    };
    expect(body.plan.meta.title).toBe(VIETNAMESE_TITLE);
    expect(body.plan.items.map((i) => i.id)).toEqual(['goal-1', 'act-1']);
    expect(body.signOff).toMatchObject({ status: 'draft', signatures: [] });
  });

  it('refuses a bad format, a non-plan document and an unknown version or document', async () => {
    const badFormat = await api(f.t.url, 'GET', exportPath(planId, 'xlsx'), { as: f.as.viewer });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await api(f.t.url, 'GET', `/api/documents/${planId}/export`, { as: f.as.viewer })).status).toBe(
      400,
    );

    const note = await api(f.t.url, 'POST', `/api/workspaces/${f.workspaceId}/documents`, {
      as: f.as.facilitator,
      body: { type: 'note', title: 'Notes' },
    });
    const noteId = (note.body as { document: { id: string } }).document.id;
    const onNote = await api(f.t.url, 'GET', exportPath(noteId, 'pdf'), { as: f.as.viewer });
    expect(onNote.status).toBe(400);
    expect(onNote.body).toMatchObject({ error: { details: { reason: 'not_an_action_plan' } } });

    expect((await api(f.t.url, 'GET', exportPath(planId, 'pdf', 'nope'), { as: f.as.viewer })).status).toBe(
      404,
    );
    expect(
      (await api(f.t.url, 'GET', exportPath('unknownDocumentIdAAAAA', 'pdf'), { as: f.as.viewer })).status,
    ).toBe(404);
  });
});

describe('POST /api/documents/:id/import', () => {
  it('CSV export → import → export is byte-identical, into a new plan and into the same plan', async () => {
    const first = await fetchBytes(f.t.url, exportPath(planId, 'csv'), f.as.viewer);
    expect(first.status).toBe(200);

    const copyId = await f.newPlan(VIETNAMESE_TITLE, { parties: ['Ghent', 'Huế'] });
    const imported = await postCsv(f.t.url, copyId, f.as.ghentEditor, first.bytes);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ imported: 2, created: 2, updated: 0 });
    const second = await fetchBytes(f.t.url, exportPath(copyId, 'csv'), f.as.viewer);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);

    // Re-importing a plan's own export changes nothing.
    const again = await postCsv(f.t.url, planId, f.as.facilitator, first.bytes);
    expect(again.body).toMatchObject({ imported: 2, created: 0, updated: 2 });
    const third = await fetchBytes(f.t.url, exportPath(planId, 'csv'), f.as.viewer);
    expect(Buffer.from(third.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('appends new rows after the existing items, with or without a byte order mark', async () => {
    const id = await f.newPlan('Append', { items: [SAMPLE_ITEMS[1] ?? {}] });
    const header = 'title,description,city,owner,dueDate,status';
    const withBom = `\uFEFF${header}\r\nHội thảo mới,Mô tả,Huế,Mai,2026-09-01,In Progress\r\n`;
    const withoutBom = `${header}\nTweede workshop,,Ghent,Jan,,planned\n`;
    expect((await postCsv(f.t.url, id, f.as.ghentEditor, withBom)).status).toBe(200);
    expect((await postCsv(f.t.url, id, f.as.ghentEditor, withoutBom)).status).toBe(200);
    const plan = readActionPlan((await f.t.server.registry.open(id)).doc);
    expect(plan.items.map((i) => i.title)).toEqual([
      'Hội thảo với các xưởng may',
      'Hội thảo mới',
      'Tweede workshop',
    ]);
    expect(plan.items[1]).toMatchObject({ leadCity: 'Huế', status: 'in_progress', dueDate: '2026-09-01' });
  });

  it('a bad row is a 400 listing row, column and reason, and nothing is imported', async () => {
    const id = await f.newPlan('Validation', { items: SAMPLE_ITEMS });
    const before = await fetchBytes(f.t.url, exportPath(id, 'csv'), f.as.viewer);
    const csv = [
      'title,description,city,owner,dueDate,status,budgetAmount',
      'Good row,,Ghent,Jan,2026-01-01,planned,10',
      ',,Ghent,Jan,2026-13-45,finished,-3',
      'Another good row,,Huế,Mai,,draft,',
    ].join('\r\n');
    const res = await postCsv(f.t.url, id, f.as.ghentEditor, csv);
    expect(res.status).toBe(400);
    const body = res.body as {
      error: { code: string; message: string; details: { row: number; column: string; reason: string }[] };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/nothing was imported/);
    const columns = body.error.details.map((d) => `${d.row}:${d.column}`);
    expect(columns).toEqual(expect.arrayContaining(['3:title', '3:dueDate', '3:status', '3:budgetAmount']));
    for (const detail of body.error.details) expect(detail.reason.length).toBeGreaterThan(0);
    const after = await fetchBytes(f.t.url, exportPath(id, 'csv'), f.as.viewer);
    expect(Buffer.from(after.bytes).equals(Buffer.from(before.bytes))).toBe(true);
  });

  it('rejects a wrong media type (415), a non-UTF-8 charset (415), non-UTF-8 bytes (400 row 0) and an oversized file (413)', async () => {
    const id = await f.newPlan('Media types');
    const json = await postCsv(f.t.url, id, f.as.ghentEditor, '{"title":"x"}', 'application/json');
    expect(json.status).toBe(415);
    expect(json.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
    const plain = await postCsv(f.t.url, id, f.as.ghentEditor, 'title\nx', 'text/plain');
    expect(plain.status).toBe(415);
    const latin1 = await postCsv(f.t.url, id, f.as.ghentEditor, 'title\nx', 'text/csv; charset=iso-8859-1');
    expect(latin1.status).toBe(415);

    const header = new TextEncoder().encode('title,description,city,owner,dueDate,status\r\nH');
    const bytes = new Uint8Array([...header, 0xe1, 0x20, 0x62, 0x0d, 0x0a]);
    const notUtf8 = await postCsv(f.t.url, id, f.as.ghentEditor, bytes);
    expect(notUtf8.status).toBe(400);
    expect(notUtf8.body).toMatchObject({ error: { details: [{ row: 0, column: null }] } });

    const huge = `title,description,city,owner,dueDate,status\r\n${'x,,Ghent,Jan,,draft\r\n'.repeat(120_000)}`;
    expect((await postCsv(f.t.url, id, f.as.ghentEditor, huge)).status).toBe(413);
    expect(readActionPlan((await f.t.server.registry.open(id)).doc).items).toEqual([]);
  });

  it('a stock y-websocket client sees imported items live', async () => {
    const id = await f.newPlan('Live import');
    const client = connectClient(f.t.wsUrl, id, { params: { token: await f.tokenOf('viewer') } });
    try {
      await waitForSynced(client);
      expect(readActionPlan(client.doc).items).toEqual([]);
      const csv = await fetchBytes(f.t.url, exportPath(planId, 'csv'), f.as.viewer);
      expect((await postCsv(f.t.url, id, f.as.hueEditor, csv.bytes)).status).toBe(200);
      await vi.waitFor(() => {
        expect(readActionPlan(client.doc).items.map((i) => i.title)).toEqual(
          SAMPLE_ITEMS.map((i) => i.title),
        );
      });
    } finally {
      client.destroy();
    }
  });
});
