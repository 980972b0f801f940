import { getNoteFragment, readActionPlan, readWhiteboard } from '@weft/model';
import type { DocumentMeta, ListTemplatesResponse, Template } from '@weft/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPlanFixture, type PlanFixture } from './helpers/planFixture.ts';
import { connectProvider, whenSynced } from './helpers/syncClients.ts';
import { api, type Credentials } from './helpers/testApi.ts';

let f: PlanFixture;

beforeAll(async () => {
  f = await createPlanFixture();
});

afterAll(async () => {
  await f?.close();
});

async function listTemplates(as: Credentials, query = ''): Promise<Template[]> {
  const res = await api(f.t.url, 'GET', `/api/workspaces/${f.workspaceId}/templates${query}`, { as });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body as ListTemplatesResponse).templates;
}

async function createFrom(body: Record<string, unknown>, as = f.as.facilitator) {
  return api(f.t.url, 'POST', `/api/workspaces/${f.workspaceId}/documents`, { as, body });
}

/** The document's content as a stock y-websocket client receives it. */
async function syncedDoc(documentId: string, cookie: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const client = connectProvider(f.t.wsUrl, documentId, doc, { cookie });
  try {
    await whenSynced(client.provider);
  } finally {
    client.destroy();
  }
  return doc;
}

/** The note's text, one line per block (headings, paragraphs, list items). */
function noteText(doc: Y.Doc): string {
  return getNoteFragment(doc)
    .toString()
    .replace(/<\/(heading|paragraph)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .trim();
}

function headingsOf(doc: Y.Doc): string[] {
  return getNoteFragment(doc)
    .toArray()
    .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'heading')
    .map((h) => h.toArray().join(''));
}

describe('built-in templates', () => {
  it('lists every built-in in the caller’s language, or in the one asked for', async () => {
    const en = await listTemplates(f.as.viewer);
    expect(en.filter((t) => t.builtIn).map((t) => [t.id, t.type])).toEqual([
      ['builtin:kickoff', 'note'],
      ['builtin:studyVisitDebrief', 'note'],
      ['builtin:sessionMinutes', 'note'],
      ['builtin:problemTree', 'whiteboard'],
      ['builtin:stakeholderMap', 'whiteboard'],
      ['builtin:swot', 'whiteboard'],
      ['builtin:garmentJourney', 'whiteboard'],
      ['builtin:logframe', 'actionPlan'],
    ]);
    expect(en.find((t) => t.id === 'builtin:swot')).toEqual({
      id: 'builtin:swot',
      type: 'whiteboard',
      title: 'SWOT analysis',
      builtIn: true,
      language: 'en',
    });
    const vi = await listTemplates(f.as.viewer, '?language=vi');
    expect(vi.find((t) => t.id === 'builtin:sessionMinutes')?.title).toBe('Biên bản phiên họp');
    const hi = await listTemplates(f.as.viewer, '?language=hi');
    expect(hi.find((t) => t.id === 'builtin:swot')).toMatchObject({ title: 'SWOT विश्लेषण', language: 'hi' });
    const nl = await listTemplates(f.as.viewer, '?language=nl');
    expect(nl.find((t) => t.id === 'builtin:swot')?.title).toBe('SWOT-analyse');
  });

  it('refuses outsiders and bad queries', async () => {
    const path = `/api/workspaces/${f.workspaceId}/templates`;
    expect((await api(f.t.url, 'GET', path, { as: f.as.outsider })).status).toBe(403);
    expect((await api(f.t.url, 'GET', path, {})).status).toBe(401);
    expect((await api(f.t.url, 'GET', `${path}?language=xx`, { as: f.as.viewer })).status).toBe(400);
  });

  it('starts each built-in’s document with its content, readable by a stock Yjs client', async () => {
    for (const template of (await listTemplates(f.as.facilitator)).filter((t) => t.builtIn)) {
      const res = await createFrom({ type: template.type, title: template.title, templateId: template.id });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const { document } = res.body as { document: DocumentMeta };
      expect(document.type).toBe(template.type);
      const doc = await syncedDoc(document.id, f.users.ghentEditor.cookie);
      if (template.type === 'note') {
        expect(headingsOf(doc)[0], template.id).toBe(template.title);
        expect(headingsOf(doc).length, template.id).toBeGreaterThan(3);
      } else if (template.type === 'whiteboard') {
        const shapes = readWhiteboard(doc);
        expect(shapes.length, template.id).toBeGreaterThanOrEqual(4);
        for (const arrow of shapes.filter((s) => s.type === 'arrow')) {
          expect(shapes.some((s) => s.id === arrow.from?.shapeId)).toBe(true);
          expect(shapes.some((s) => s.id === arrow.to?.shapeId)).toBe(true);
        }
      } else {
        const plan = readActionPlan(doc);
        expect(plan.meta.title).toBe('Logframe');
        expect([...new Set(plan.items.map((i) => i.level))]).toEqual([
          'goal',
          'outcome',
          'output',
          'activity',
        ]);
      }
    }
  });

  it('writes the SWOT board’s four quadrants and the minutes’ headings in the chosen language', async () => {
    const swot = await createFrom({
      type: 'whiteboard',
      title: 'SWOT',
      templateId: 'builtin:swot',
      language: 'vi',
    });
    const board = readWhiteboard(
      await syncedDoc((swot.body as { document: DocumentMeta }).document.id, f.users.facilitator.cookie),
    );
    expect(board.map((s) => s.text)).toEqual(
      expect.arrayContaining(['Điểm mạnh', 'Điểm yếu', 'Cơ hội', 'Thách thức']),
    );
    const minutes = await createFrom({
      type: 'note',
      title: 'Verslag',
      templateId: 'builtin:sessionMinutes',
      language: 'nl',
    });
    const note = await syncedDoc(
      (minutes.body as { document: DocumentMeta }).document.id,
      f.users.facilitator.cookie,
    );
    expect(headingsOf(note)).toEqual([
      'Verslag van de sessie',
      'Aanwezigen',
      'Agenda',
      'Bespreking',
      'Besluiten',
      'Actiepunten',
      'Volgende sessie',
    ]);
  });

  it('answers 404 for an unknown template and 400 for one of another type, creating nothing', async () => {
    const before = await api(f.t.url, 'GET', `/api/workspaces/${f.workspaceId}/documents`, {
      as: f.as.viewer,
    });
    const unknown = await createFrom({ type: 'note', title: 'x', templateId: 'builtin:nope' });
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toMatch(/template/i);
    const wrongType = await createFrom({ type: 'note', title: 'x', templateId: 'builtin:swot' });
    expect(wrongType.status).toBe(400);
    expect(JSON.stringify(wrongType.body)).toMatch(/templateId/);
    const empty = await createFrom({ type: 'note', title: 'x', templateId: '' });
    expect(empty.status).toBe(400);
    const after = await api(f.t.url, 'GET', `/api/workspaces/${f.workspaceId}/documents`, {
      as: f.as.viewer,
    });
    expect(after.body).toEqual(before.body);
  });

  it('lets only editors and facilitators create from a template', async () => {
    const body = { type: 'note', title: 'x', templateId: 'builtin:kickoff' };
    expect((await createFrom(body, f.as.commenter)).status).toBe(403);
    expect((await createFrom(body, f.as.viewer)).status).toBe(403);
    expect((await createFrom(body, f.as.outsider)).status).toBe(403);
    expect((await createFrom(body, f.as.ghentEditor)).status).toBe(201);
  });
});

describe('workspace templates', () => {
  it('saves a document as a template, lists it, starts new documents from it and deletes it', async () => {
    const source = await createFrom({ type: 'note', title: 'Our format', templateId: 'builtin:kickoff' });
    const sourceId = (source.body as { document: DocumentMeta }).document.id;
    // An edit through a stock client, so the template holds what people wrote, not the built-in.
    const writerDoc = new Y.Doc();
    const writer = connectProvider(f.t.wsUrl, sourceId, writerDoc, { cookie: f.users.ghentEditor.cookie });
    await whenSynced(writer.provider);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Gent ⇄ Huế: onze eigen agenda')]);
    getNoteFragment(writerDoc).push([paragraph]);
    await expect
      .poll(async () => noteText(await f.t.server.registry.open(sourceId).then((r) => r.doc)))
      .toContain('onze eigen agenda');
    writer.destroy();

    const saved = await api(f.t.url, 'POST', `/api/documents/${sourceId}/save-as-template`, {
      as: f.as.facilitator,
      body: { title: 'Ghent–Huế kick-off' },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const template = (saved.body as { template: Template }).template;
    expect(template).toEqual({ id: template.id, type: 'note', title: 'Ghent–Huế kick-off', builtIn: false });
    expect(await listTemplates(f.as.viewer)).toContainEqual(template);

    const copy = await createFrom({ type: 'note', title: 'Copy', templateId: template.id }, f.as.hueEditor);
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    const copyDoc = await syncedDoc(
      (copy.body as { document: DocumentMeta }).document.id,
      f.users.viewer.cookie,
    );
    expect(noteText(copyDoc)).toContain('Gent ⇄ Huế: onze eigen agenda');
    expect(headingsOf(copyDoc)[0]).toBe('Kick-off meeting');
    expect((await createFrom({ type: 'whiteboard', title: 'x', templateId: template.id })).status).toBe(400);

    const del = (as: Credentials) => api(f.t.url, 'DELETE', `/api/templates/${template.id}`, { as });
    expect((await del(f.as.ghentEditor)).status).toBe(403);
    expect((await del(f.as.outsider)).status).toBe(403);
    expect((await del(f.as.facilitator)).status).toBe(204);
    expect((await del(f.as.facilitator)).status).toBe(404);
    expect((await listTemplates(f.as.viewer)).some((t) => t.id === template.id)).toBe(false);
    expect((await createFrom({ type: 'note', title: 'x', templateId: template.id })).status).toBe(404);
  });

  it('lets only facilitators save, with a title, and never deletes a built-in', async () => {
    const plan = await f.newPlan('Plan');
    const save = (as: Credentials, body: unknown = { title: 'T' }) =>
      api(f.t.url, 'POST', `/api/documents/${plan}/save-as-template`, { as, body });
    expect((await save(f.as.ghentEditor)).status).toBe(403);
    expect((await save(f.as.viewer)).status).toBe(403);
    expect((await save(f.as.outsider)).status).toBe(403);
    expect((await save(f.as.facilitator, { title: '' })).status).toBe(400);
    expect((await save(f.as.facilitator, {})).status).toBe(400);
    expect(
      (
        await api(f.t.url, 'POST', '/api/documents/nope/save-as-template', {
          as: f.as.facilitator,
          body: { title: 'T' },
        })
      ).status,
    ).toBe(404);
    expect((await save(f.as.facilitator)).status).toBe(201);
    const builtIn = await api(f.t.url, 'DELETE', '/api/templates/builtin:swot', { as: f.as.facilitator });
    expect(builtIn.status).toBe(400);
  });

  it('keeps a workspace’s templates to that workspace', async () => {
    const plan = await f.newPlan('Private plan');
    const saved = await api(f.t.url, 'POST', `/api/documents/${plan}/save-as-template`, {
      as: f.as.facilitator,
      body: { title: 'Private' },
    });
    const id = (saved.body as { template: Template }).template.id;
    const other = await f.t.server.services.workspaces.create(f.users.outsider.id, {
      title: 'Elsewhere',
      cities: [],
    });
    const res = await api(f.t.url, 'POST', `/api/workspaces/${other.workspace.id}/documents`, {
      as: f.as.outsider,
      body: { type: 'actionPlan', title: 'x', templateId: id },
    });
    expect(res.status).toBe(404);
    const theirs = await api(f.t.url, 'GET', `/api/workspaces/${other.workspace.id}/templates`, {
      as: f.as.outsider,
    });
    expect((theirs.body as ListTemplatesResponse).templates.some((t) => t.id === id)).toBe(false);
  });
});
