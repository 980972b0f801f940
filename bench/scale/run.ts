// Cross-node latency: one writer and one reader on node A, one reader on node B; both nodes share a
// fresh PostgreSQL database and Redis. Reports when each update reaches each reader (same clock,
// one process), so cross-node minus same-node is the cost of the Redis hop.
// Usage: pnpm --filter @weft/bench-scale bench -- --updates 2000 --rate 50
//   [--redis redis://127.0.0.1:6379] [--pg-admin postgres://postgres@127.0.0.1:5432/test]
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const { values: args } = parseArgs({
  // pnpm forwards the `--` separator itself.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    updates: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '200' },
    rate: { type: 'string', default: '50' },
    redis: { type: 'string', default: 'redis://127.0.0.1:6379' },
    'pg-admin': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const UPDATES = Number(args.updates);
const WARMUP = Number(args.warmup);
const RATE = Number(args.rate);
const serverDir = path.resolve(import.meta.dirname, '../../server');

interface Node {
  child: ChildProcess;
  url: string;
  wsUrl: string;
}

function startNode(env: Record<string, string>): Promise<Node> {
  const child = spawn(process.execPath, ['--conditions=@weft/source', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SCRYPT_COST: '10', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const port = /"port":(\d+)[^\n]*"msg":"weft listening"/.exec(out)?.[1];
      if (port) {
        out = '';
        resolve({ child, url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}/yjs` });
      }
    });
    child.once('exit', (code) => reject(new Error(`node exited (${code}) before listening`)));
  });
}

async function post(base: string, route: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(base + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'weft', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return { body: (await res.json()) as Record<string, Record<string, string>>, headers: res.headers };
}

/** A user, a workspace, a note and an API token, through the REST API of `base`. */
async function provision(base: string): Promise<{ token: string; docId: string }> {
  const email = `bench-${randomBytes(4).toString('hex')}@example.org`;
  const signup = await post(base, '/api/auth/signup', {
    email,
    password: 'correct horse battery',
    displayName: 'Bench',
  });
  const cookie = (signup.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const ws = await post(base, '/api/workspaces', { title: 'Bench' }, { cookie });
  const doc = await post(
    base,
    `/api/workspaces/${ws.body.workspace?.id}/documents`,
    { type: 'note', title: 'Bench' },
    { cookie },
  );
  const token = await post(base, '/api/tokens', { name: 'bench' }, { cookie });
  return { token: String(token.body.secret), docId: String(doc.body.document?.id) };
}

function connect(
  wsUrl: string,
  docId: string,
  token: string,
): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { token },
    disableBc: true,
  });
  return new Promise((resolve) => provider.once('sync', () => resolve({ doc, provider })));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s.at(-1) ?? Number.NaN),
  };
}

async function main(): Promise<void> {
  const dbName = `weft_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: args['pg-admin'] });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const dbUrl = new URL(args['pg-admin'] ?? '');
  dbUrl.pathname = `/${dbName}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-bench-scale-'));
  const env = {
    DATABASE_URL: dbUrl.toString(),
    REDIS_URL: args.redis ?? '',
    REDIS_PREFIX: `weft-bench-${randomBytes(4).toString('hex')}:`,
    DATA_DIR: dataDir,
  };
  const nodes: Node[] = [];
  const providers: WebsocketProvider[] = [];
  try {
    // One after the other: the first runs the migrations, the second finds them done.
    nodes.push(await startNode(env));
    nodes.push(await startNode(env));
    const [a, b] = nodes as [Node, Node];
    const { token, docId } = await provision(a.url);
    const writer = await connect(a.wsUrl, docId, token);
    const sameNode = await connect(a.wsUrl, docId, token);
    const crossNode = await connect(b.wsUrl, docId, token);
    providers.push(writer.provider, sameNode.provider, crossNode.provider);

    const sentAt = new Map<number, number>();
    // Update number -> ms from the writer's change to its arrival at the reader.
    const received = { same: new Map<number, number>(), cross: new Map<number, number>() };
    const watch = (doc: Y.Doc, into: Map<number, number>) => {
      doc.getMap<number>('bench').observe(() => {
        const at = performance.now();
        const i = doc.getMap<number>('bench').get('i');
        const sent = i === undefined ? undefined : sentAt.get(i);
        if (i !== undefined && i >= WARMUP && sent !== undefined) into.set(i, at - sent);
      });
    };
    watch(sameNode.doc, received.same);
    watch(crossNode.doc, received.cross);

    const total = WARMUP + UPDATES;
    const text = writer.doc.getText('notes');
    for (let i = 0; i < total; i++) {
      sentAt.set(i, performance.now());
      writer.doc.transact(() => {
        writer.doc.getMap<number>('bench').set('i', i);
        text.insert(text.length, `Gent ⇄ Huế ${i}. `);
      });
      await new Promise((r) => setTimeout(r, 1000 / RATE));
    }
    const deadline = Date.now() + 10_000;
    while ((received.same.size < UPDATES || received.cross.size < UPDATES) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const same = summary([...received.same.values()]);
    const cross = summary([...received.cross.values()]);
    // The same update seen by both readers: how much later it reached node B than node A's reader.
    const pairs: number[] = [];
    for (const [i, ms] of received.cross) {
      const local = received.same.get(i);
      if (local !== undefined) pairs.push(ms - local);
    }
    console.log(
      JSON.stringify(
        {
          updates: UPDATES,
          ratePerSecond: RATE,
          sameNodeMs: same,
          crossNodeMs: cross,
          addedP50Ms: Math.round((cross.p50 - same.p50) * 100) / 100,
          addedP99Ms: Math.round((cross.p99 - same.p99) * 100) / 100,
          perUpdateAddedMs: summary(pairs),
          node: process.version,
          cpus: os.cpus().length,
          loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
        },
        null,
        2,
      ),
    );
  } finally {
    for (const p of providers) p.destroy();
    for (const n of nodes) n.child.kill('SIGTERM');
    await Promise.all(
      nodes.map((n) => new Promise((r) => (n.child.exitCode === null ? n.child.once('exit', r) : r(null)))),
    );
    const cleanup = new pg.Client({ connectionString: args['pg-admin'] });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await cleanup.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Exit explicitly: a destroyed WebsocketProvider can leave a handle open after its server died.
main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
