import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { type Editor, provisionEditor } from './helpers/provisionEditor.ts';
import { connectProvider, type SyncClient, whenSynced } from './helpers/syncClients.ts';
import { api } from './helpers/testApi.ts';

let t: TestServer;
let metricsUrl: string;
let editor: Editor;

beforeAll(async () => {
  // METRICS_PORT=0: the metrics listener takes a free port of its own, as in production it takes 9464.
  t = await createTestServer({ METRICS_PORT: '0' });
  metricsUrl = `http://127.0.0.1:${t.metricsPort}/metrics`;
  editor = await provisionEditor(t.url);
});

afterAll(async () => {
  await t.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

/** The value of one sample line, e.g. `weft_ws_connections` or `weft_dependency_up{dependency="redis"}`. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

it('serves Prometheus metrics on the metrics port and not on the public one', async () => {
  expect(t.metricsPort).toBeGreaterThan(0);
  expect(t.metricsPort).not.toBe(t.port);
  const body = await scrape();
  for (const name of [
    'process_cpu_seconds_total',
    'nodejs_eventloop_lag_seconds',
    'weft_ws_connections',
    'weft_rooms_loaded',
    'weft_updates_appended_total',
    'weft_append_duration_seconds',
    'weft_relay_fanout_seconds',
    'weft_export_duration_seconds',
    'weft_socketio_clients',
    'weft_dependency_up',
    'http_request_duration_seconds',
  ]) {
    expect(body).toContain(`# TYPE ${name} `);
  }
  const publicScrape = await fetch(`${t.url}/metrics`);
  expect(publicScrape.status).toBe(404);
  expect(await publicScrape.text()).not.toContain('# TYPE');
});

it('counts connections, loaded documents, appended updates and requests by route', async () => {
  const documentId = await editor.newDocument('Metrics');
  const doc = new Y.Doc();
  const client: SyncClient = connectProvider(t.wsUrl, documentId, doc, { token: editor.token });
  try {
    await whenSynced(client.provider);
    doc.getText('content').insert(0, 'Xin chào');
    await expect
      .poll(async () => sample(await scrape(), 'weft_updates_appended_total'))
      .toBeGreaterThanOrEqual(1);
    const body = await scrape();
    expect(sample(body, 'weft_ws_connections')).toBe(1);
    expect(sample(body, 'weft_rooms_loaded')).toBe(1);
    expect(sample(body, 'weft_append_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'weft_relay_fanout_seconds_count')).toBeGreaterThanOrEqual(1);
    // By route pattern, never by the raw path with its ids.
    expect(body).toMatch(
      /http_request_duration_seconds_count\{[^}]*route="\/api\/workspaces\/:\w+\/documents"[^}]*\} [1-9]/,
    );
    expect(body).not.toContain(editor.workspaceId);
  } finally {
    client.destroy();
  }
  await expect.poll(async () => sample(await scrape(), 'weft_ws_connections')).toBe(0);
});

it('times exports by format', async () => {
  const as = { cookie: editor.cookie };
  const plan = await api(t.url, 'POST', `/api/workspaces/${editor.workspaceId}/documents`, {
    as,
    body: { type: 'actionPlan', title: 'Kế hoạch' },
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  const planId = (plan.body as { document: { id: string } }).document.id;
  const csv = await api(t.url, 'GET', `/api/documents/${planId}/export?format=csv`, { as });
  expect(csv.status).toBe(200);
  expect(sample(await scrape(), 'weft_export_duration_seconds_count{format="csv"}')).toBe(1);
});

it('logs requests with an id: a sane X-Request-Id is kept and echoed, anything else replaced', async () => {
  const kept = await fetch(`${t.url}/healthz`, { headers: { 'X-Request-Id': 'lb-1234.abc' } });
  expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
  const replaced = await fetch(`${t.url}/healthz`, { headers: { 'X-Request-Id': 'bad id\twith spaces' } });
  expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const fresh = await fetch(`${t.url}/healthz`);
  expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
