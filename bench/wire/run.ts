// pnpm bench:wire — what Weft costs on the wire, beside the reference servers in the same run:
// (a) bytes per client-hour of a 10-person note session, (b) bytes Chromium transfers per page.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentResponseSchema, workspaceResponseSchema } from '@weft/protocol';
import { ensureClientBuild } from '../../client/scripts/buildIfStale.ts';
import { launchBrowser } from '../../e2e/fixtures/launchBrowser.ts';
import { prepareServerLaunch } from '../src/prepareServerLaunch.ts';
import { provisionFanoutDocument } from '../src/provisionFanoutDocument.ts';
import { BENCH_DIR, type ServerKind, type ServerSpec, serverSpec } from '../src/serverSpecs.ts';
import { type RunningServer, startServer, stopAllServersNow } from '../src/startServer.ts';
import { callWeftApi, signUpWeftUser } from '../src/weftApi.ts';
import { fanoutCost, fillDocument, firstSync } from './largeFrames.ts';
import { measurePageLoads, type PageLoad, type PageToOpen } from './measurePageLoads.ts';
import { runSession, type SessionLoad, type SessionResult } from './runSession.ts';
import type { SessionTarget } from './sessionClients.ts';

const USAGE = `pnpm bench:wire [-- options]
  --duration S      measured seconds of the session (default 45)
  --clients N       people in the session (default 10)
  --servers LIST    session servers, of weft,ywebsocket,hocuspocus (default all three)
  --env K=V         extra setting for Weft, repeatable (e.g. --env SYNC_DEFLATE=off)
  --skip-session    no session
  --skip-pages      no page transfers
  --large-frames    also: first sync of a --doc-mb document and fan-out CPU, per --deflate value
  --doc-mb N        size of that document (default 20)
  --deflate LIST    SYNC_DEFLATE_THRESHOLD values to compare, "off" = SYNC_DEFLATE=off
                    (default off,1024,65536)`;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    duration: { type: 'string', default: '45' },
    clients: { type: 'string', default: '10' },
    servers: { type: 'string', default: 'weft,ywebsocket,hocuspocus' },
    env: { type: 'string', multiple: true, default: [] },
    'skip-session': { type: 'boolean', default: false },
    'skip-pages': { type: 'boolean', default: false },
    'large-frames': { type: 'boolean', default: false },
    'doc-mb': { type: 'string', default: '20' },
    deflate: { type: 'string', default: 'off,1024,65536' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

// Each stock WebsocketProvider adds a process 'exit' listener; ten of them are expected here.
process.setMaxListeners(200);

const load: SessionLoad = {
  clients: Number(values.clients),
  typingPerSecond: 2,
  cursorPerSecond: 4,
  warmupSeconds: 3,
  durationSeconds: Number(values.duration),
};
const weftEnv = Object.fromEntries(values.env.map((kv) => kv.split('=', 2) as [string, string]));
const CLIENT_DIST = path.resolve(BENCH_DIR, '../client/dist');
const MB = 1_000_000;

function specOf(kind: ServerKind): ServerSpec {
  const spec = serverSpec(kind);
  return kind === 'weft' ? { ...spec, env: { ...spec.env, CLIENT_DIST, ...weftEnv } } : spec;
}

async function withServer<T>(kind: ServerKind, body: (server: RunningServer) => Promise<T>): Promise<T> {
  const spec = specOf(kind);
  const server = await startServer(spec, await prepareServerLaunch(spec, null), { readyTimeoutMs: 60_000 });
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

async function sessionTarget(kind: ServerKind, server: RunningServer, run: string): Promise<SessionTarget> {
  const base = `http://127.0.0.1:${server.port}`;
  if (kind === 'hocuspocus') return { kind: 'hocuspocus', url: `ws://127.0.0.1:${server.port}`, name: run };
  if (kind === 'ywebsocket')
    return { kind: 'y-websocket', serverUrl: `ws://127.0.0.1:${server.port}`, room: run };
  const { documentId, token } = await provisionFanoutDocument(base, run);
  return {
    kind: 'y-websocket',
    serverUrl: `ws://127.0.0.1:${server.port}/yjs`,
    room: documentId,
    params: { token },
  };
}

function sessionRow(label: string, r: SessionResult) {
  const perHour = (bytes: number[]) => {
    const mean = bytes.reduce((a, b) => a + b, 0) / bytes.length;
    return (mean * 3600) / r.windowSeconds / MB;
  };
  const down = perHour(r.receivedPerClient);
  const up = perHour(r.sentPerClient);
  return {
    Server: label,
    'Down MB/client-h': down.toFixed(2),
    'Up MB/client-h': up.toFixed(2),
    'Total MB/client-h': (down + up).toFixed(2),
    'Max client MB/h': (
      (Math.max(...r.receivedPerClient.map((b, i) => b + (r.sentPerClient[i] ?? 0))) * 3600) /
      r.windowSeconds /
      MB
    ).toFixed(2),
    Converged: r.converged ? 'yes' : 'NO',
  };
}

async function pages(): Promise<PageLoad[]> {
  ensureClientBuild();
  return withServer('weft', async (server) => {
    const base = `http://127.0.0.1:${server.port}`;
    const owner = await signUpWeftUser(base, {
      email: 'wire@example.org',
      displayName: 'Wire bench',
      city: 'Huế',
    });
    const workspace = workspaceResponseSchema.parse(
      (await callWeftApi(base, 'POST', '/api/workspaces', { cookie: owner.cookie, body: { title: 'Wire' } }))
        .body,
    ).workspace;
    const create = async (type: string, title: string) =>
      documentResponseSchema.parse(
        (
          await callWeftApi(base, 'POST', `/api/workspaces/${workspace.id}/documents`, {
            cookie: owner.cookie,
            body: { type, title },
          })
        ).body,
      ).document.id;
    const ws = `/workspaces/${workspace.id}`;
    const targets: PageToOpen[] = [
      { name: 'sign-in', path: '/login', readyTestId: 'auth.email', signedIn: false },
      {
        name: 'note',
        path: `${ws}/notes/${await create('note', 'Notes')}`,
        readyTestId: 'notes.editor',
        signedIn: true,
      },
      {
        name: 'plan',
        path: `${ws}/plans/${await create('actionPlan', 'Plan')}`,
        readyTestId: 'plan.table',
        signedIn: true,
      },
      {
        name: 'board',
        path: `${ws}/whiteboards/${await create('whiteboard', 'Board')}`,
        readyTestId: 'whiteboard.canvas',
        signedIn: true,
      },
    ];
    const [name, value] = owner.cookie.split('=') as [string, string];
    const signIn = (context: import('playwright-core').BrowserContext) =>
      context.addCookies([{ name, value, url: base }]);
    const browser = await launchBrowser();
    try {
      const out: PageLoad[] = [];
      for (const t of targets) out.push(...(await measurePageLoads(browser, base, signIn, t)));
      return out;
    } finally {
      await browser.close();
    }
  });
}

async function largeFrames(runId: string) {
  const rows = [];
  for (const threshold of values.deflate.split(',')) {
    const spec = serverSpec('weft');
    // A 20 MB first sync is one frame; while it is being compressed it counts as unsent, and with
    // the default 16 MB MAX_BUFFERED_BYTES the next frame to that client closes it (4408).
    const env = { ...spec.env, MAX_BUFFERED_BYTES: String(64 * 1024 * 1024), ...weftEnv };
    const deflateEnv: Record<string, string> =
      threshold === 'off'
        ? { SYNC_DEFLATE: 'off' }
        : { SYNC_DEFLATE: 'on', SYNC_DEFLATE_THRESHOLD: threshold };
    const withDeflate = { ...spec, env: { ...env, ...deflateEnv } };
    const server = await startServer(withDeflate, await prepareServerLaunch(withDeflate, null), {
      readyTimeoutMs: 60_000,
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const serverUrl = `ws://127.0.0.1:${server.port}/yjs`;
      const big = await provisionFanoutDocument(base, `${runId}-big-${threshold}`);
      const doc = { serverUrl, ...big };
      console.log(`SYNC_DEFLATE_THRESHOLD=${threshold}: writing ${values['doc-mb']} MB…`);
      const length = await fillDocument(doc, Number(values['doc-mb']) * 1_000_000);
      const syncs = [];
      for (let i = 0; i < 3; i++) syncs.push(await firstSync(doc, length));
      syncs.sort((a, b) => a.ms - b.ms);
      const median = syncs[1] ?? syncs[0];
      const small = await provisionFanoutDocument(base, `${runId}-fan-${threshold}`);
      const fan = await fanoutCost({ serverUrl, ...small }, server.pid, {
        readers: 100,
        writers: 2,
        seconds: 15,
      });
      rows.push({
        SYNC_DEFLATE_THRESHOLD: threshold,
        'First sync MB': ((median?.bytesReceived ?? 0) / 1_000_000).toFixed(2),
        'First sync ms (median of 3)': Math.round(median?.ms ?? 0),
        'Fan-out CPU %': ((fan.cpuSeconds / fan.windowSeconds) * 100).toFixed(1),
        'Fan-out KB/reader': (fan.bytesPerReader / 1000).toFixed(1),
        'RSS MB': fan.rssMb.toFixed(0),
      });
    } finally {
      await server.stop();
    }
  }
  console.log(
    `\nLarge frames: first sync of a ${values['doc-mb']} MB note (client offers permessage-deflate);` +
      ' fan-out: 100 readers, 2 writers x 25 updates/s, 15 s',
  );
  console.table(rows);
  return rows;
}

async function main(): Promise<void> {
  const runId = `wire-${Date.now().toString(36)}`;
  const results: Record<string, unknown> = { runId, startedAt: new Date().toISOString(), load, weftEnv };
  if (!values['skip-session']) {
    const rows = [];
    for (const name of values.servers.split(',')) {
      const kind = name as ServerKind;
      const spec = specOf(kind);
      console.log(`session on ${spec.label}: ${load.clients} clients, ${load.durationSeconds} s…`);
      const r = await withServer(kind, async (server) =>
        runSession(await sessionTarget(kind, server, runId), load),
      );
      rows.push(sessionRow(spec.label, r));
      results[`session.${kind}`] = r;
    }
    console.log(
      `\n${load.clients}-person note session: ${load.typingPerSecond} chars/s and ${load.cursorPerSecond} cursor moves/s each`,
    );
    console.table(rows);
  }
  if (!values['skip-pages']) {
    const loads = await pages();
    results.pages = loads;
    console.log('\nChromium transfers (CDP encodedDataLength, headers included), bytes:');
    console.table(
      loads.map((l) => ({
        Page: l.name,
        Visit: l.visit,
        Total: l.totalBytes,
        JavaScript: l.jsBytes,
        'JS files': l.jsFiles,
        'SW background': l.backgroundBytes,
      })),
    );
  }
  if (values['large-frames']) results.largeFrames = await largeFrames(runId);
  const dir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${runId}.json`), JSON.stringify(results, null, 2));
  console.log(`\nwritten to bench/results/${runId}.json`);
}

process.on('SIGINT', () => {
  stopAllServersNow();
  process.exit(130);
});
main()
  // Providers' reconnect timers may outlive their sockets; the figures are written.
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err);
    stopAllServersNow();
    process.exit(1);
  });
