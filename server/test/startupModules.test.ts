import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureServerBuild } from '../scripts/buildIfStale.ts';
import { createTestDatabase, type TestDatabase } from '../src/storage/testing/createTestDatabase.ts';
import { provisionEditor } from './helpers/provisionEditor.ts';
import { killSpawnedServers, type ServerProcess, spawnServer } from './helpers/spawnServer.ts';
import { api } from './helpers/testApi.ts';

// The bundled server as `pnpm start` runs it, with a recorder preloaded that lists every module the
// main thread has loaded (ES modules, i.e. the bundle's chunks, via a loader hook; CommonJS via the
// require cache).
const serverDir = fileURLToPath(new URL('..', import.meta.url));
const recorder = fileURLToPath(new URL('./helpers/moduleRecorder/recordLoadedModules.mjs', import.meta.url));

/** Packages an idle server must not hold: each is loaded on first use, or only when configured. */
const LAZY = {
  pg: '/node_modules/pg/',
  betterSqlite3: '/node_modules/better-sqlite3/',
  zxcvbn: '/node_modules/@zxcvbn-ts/core/',
  piscina: '/node_modules/piscina/',
  csvStringify: '/node_modules/csv-stringify/',
  csvParse: '/node_modules/csv-parse/',
  redisAdapter: '/node_modules/@socket.io/redis-adapter/',
  redis: '/node_modules/@redis/client/',
  pdfkit: '/node_modules/pdfkit/',
  fontkit: '/node_modules/fontkit/',
  docx: '/node_modules/docx/',
  exportCode: '/packages/export/dist/exportActionPlan.js',
  // Chunks of the bundle (server/bundle/) split off at a lazy `import()` of our own code.
  redisCode: '/bundle/createRedis',
  smtpCode: '/bundle/createSmtpTransport',
  postgresCode: '/bundle/openPostgresDatabase',
  sqliteCode: '/bundle/openSqliteDatabase',
} as const;
type Lazy = keyof typeof LAZY;

const dirs: string[] = [];
let pgDb: TestDatabase | undefined;

beforeAll(() => ensureServerBuild(), 120_000);
afterEach(() => {
  killSpawnedServers();
});
afterAll(async () => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  await pgDb?.drop();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-startup-'));
  dirs.push(dir);
  return dir;
}

async function startCompiled(env: Record<string, string>): Promise<{ server: ServerProcess; list: string }> {
  const list = path.join(tempDir(), 'loaded.txt');
  // The node flags of `pnpm start` (server/package.json), with the recorder added.
  const start: string = JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')).scripts
    .start;
  const words = start.split(/\s+/);
  const entry = words.findIndex((w) => w.endsWith('/main.js'));
  const flags = [
    ...words.slice(words.indexOf('node') + 1, entry),
    '--import',
    recorder,
    ...words.slice(entry),
  ];
  const server = await spawnServer(
    { NODE_ENV: 'production', WEFT_TEST_LOADED_MODULES: list, ...env },
    { nodeArgs: flags },
  );
  return { server, list };
}

/** Asks the server for its module list and returns which of the lazy packages it holds. */
async function loadedNow(server: ServerProcess, list: string): Promise<{ all: string[]; lazy: Set<Lazy> }> {
  fs.rmSync(list, { force: true });
  server.child.kill('SIGUSR2');
  await vi.waitFor(() => expect(fs.existsSync(list)).toBe(true));
  const all = fs.readFileSync(list, 'utf8').split('\n');
  const lazy = new Set<Lazy>();
  for (const [name, marker] of Object.entries(LAZY) as [Lazy, string][]) {
    if (all.some((file) => file.includes(marker))) lazy.add(name);
  }
  return { all, lazy };
}

describe('the bundle', () => {
  it('has every file its code starts by URL (worker entries) beside the chunk that names it', () => {
    const bundleDir = path.join(serverDir, 'bundle');
    const named = fs
      .readdirSync(bundleDir)
      .filter((f) => f.endsWith('.js'))
      .flatMap((chunk) =>
        [
          ...fs
            .readFileSync(path.join(bundleDir, chunk), 'utf8')
            .matchAll(/new URL\("(\.\/[^"]+)",import\.meta\.url\)/g),
        ].map((m) => m[1] ?? ''),
      );
    // The snapshot merge worker at least; the export worker is resolved from @weft/export instead.
    expect(named).toContain('./mergeWorker.mjs');
    // `*FromSource.mjs` entries are only taken when the code runs as TypeScript (tsx, vitest).
    for (const file of named.filter((f) => !f.endsWith('FromSource.mjs'))) {
      expect(fs.existsSync(path.join(bundleDir, file)), file).toBe(true);
    }
  });

  it("carries zod's English messages only, not its other locales (idle RSS, docs/benchmarks.md)", () => {
    const bundleDir = path.join(serverDir, 'bundle');
    const code = fs
      .readdirSync(bundleDir)
      .filter((f) => f.endsWith('.js'))
      .map((chunk) => fs.readFileSync(path.join(bundleDir, chunk), 'utf8'))
      .join('\n');
    // en.js, the locale zod configures by default and whose messages the API returns.
    expect(code).toContain('Invalid input: expected ');
    // nl.js, one of the ~60 others (ASCII, so esbuild keeps it unescaped).
    expect(code).not.toContain('Ongeldige invoer');
  });
});

describe('modules of the bundled server at idle', () => {
  it('SQLite: loads better-sqlite3 only; password rules, CSV and the export pool (plans, minutes) on first use', async () => {
    const { server, list } = await startCompiled({ DATA_DIR: tempDir() });

    const idle = await loadedNow(server, list);
    // The recorder sees both kinds of module: ES modules (the bundle) and CommonJS ones (better-sqlite3).
    expect(idle.all.some((f) => f.endsWith('/server/bundle/main.js'))).toBe(true);
    expect(idle.all.some((f) => f.includes('/node_modules/better-sqlite3/lib/'))).toBe(true);
    expect([...idle.lazy].sort()).toEqual(['betterSqlite3', 'sqliteCode']);

    // A sign-up checks the password's strength: zxcvbn comes in then.
    const editor = await provisionEditor(server.url);
    const created = await api(server.url, 'POST', `/api/workspaces/${editor.workspaceId}/documents`, {
      as: { cookie: editor.cookie },
      body: { type: 'actionPlan', title: 'Kế hoạch' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const planId = (created.body as { document: { id: string } }).document.id;
    const csv = await fetch(`${server.url}/api/documents/${planId}/export?format=csv`, {
      headers: { cookie: editor.cookie, 'x-requested-with': 'weft' },
    });
    expect(csv.status).toBe(200);
    const docx = await fetch(`${server.url}/api/documents/${planId}/export?format=docx`, {
      headers: { cookie: editor.cookie, 'x-requested-with': 'weft' },
    });
    expect(docx.status).toBe(200);
    expect((await docx.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    // Session minutes as PDF and DOCX are rendered by the same workers.
    const session = await api(server.url, 'POST', `/api/workspaces/${editor.workspaceId}/sessions`, {
      as: { cookie: editor.cookie },
      body: {
        title: 'Phiên 1',
        start: new Date(Date.now() - 60_000).toISOString(),
        durationMinutes: 30,
        agenda: [{ title: 'Sợi tái chế', minutes: 10, owner: 'Mai' }],
        documentIds: [planId],
      },
    });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    const sessionId = (session.body as { session: { id: string } }).session.id;
    const ended = await api(server.url, 'POST', `/api/sessions/${sessionId}/end`, {
      as: { cookie: editor.cookie },
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    for (const [format, magic] of [
      ['pdf', '%PDF-'],
      ['docx', 'PK'],
    ] as const) {
      const minutes = await fetch(
        `${server.url}/api/sessions/${sessionId}/minutes?format=${format}&lang=vi`,
        {
          headers: { cookie: editor.cookie },
        },
      );
      expect(minutes.status).toBe(200);
      const body = Buffer.from(await minutes.arrayBuffer());
      expect(body.subarray(0, magic.length).toString()).toBe(magic);
    }

    const used = await loadedNow(server, list);
    expect(used.lazy).toContain('zxcvbn');
    expect(used.lazy).toContain('csvStringify');
    expect(used.lazy).toContain('exportCode');
    expect(used.lazy).toContain('piscina');
    // The DOCX and the minutes were written by worker threads: docx, pdfkit and fontkit never enter
    // the main heap.
    for (const heavy of [
      'docx',
      'pdfkit',
      'fontkit',
      'pg',
      'redisAdapter',
      'redis',
      'redisCode',
      'smtpCode',
    ] as const) {
      expect(used.lazy).not.toContain(heavy);
    }
  });

  it('PostgreSQL: loads pg and not better-sqlite3', async () => {
    pgDb = await createTestDatabase();
    const { server, list } = await startCompiled({ DATABASE_URL: pgDb.url, DATA_DIR: tempDir() });
    const idle = await loadedNow(server, list);
    expect([...idle.lazy].sort()).toEqual(['pg', 'postgresCode']);
    server.child.kill('SIGTERM');
    await server.exited;
  });
});
