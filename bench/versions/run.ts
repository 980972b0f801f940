// Version history figures (issue 15): naming a version of a 5 MB note, listing 1,000 versions,
// bytes stored per version. A real Weft server in this process over HTTP, SQLite by default,
// PostgreSQL with DATABASE_URL. Run: pnpm --filter @weft/bench bench:versions
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { loadConfig } from '../../server/src/config.ts';
import { createLogger } from '../../server/src/createLogger.ts';
import { createWeftServer } from '../../server/src/createWeftServer.ts';
import { openSqliteDatabase } from '../../server/src/storage/db/openSqliteDatabase.ts';
import { percentile } from '../src/percentile.ts';

const WORDS = (
  'hội thảo xưởng may sợi tái chế thành phố Huế Gent circulaire textiel inzameling sorteercentrum ' +
  'kế hoạch hành động chỉ số ngân sách doanh nghiệp nhỏ werkgelegenheid afval vải vụn nhuộm ' +
  'opleiding coöperatie thợ may bền vững giảm phát thải hợp tác quốc tế đánh giá tiến độ'
).split(' ');

/** A note of about `bytes` of Yjs state: paragraphs of pseudo-random words, typed in many edits. */
function bigNote(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('default');
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  while (Y.encodeStateAsUpdate(doc).byteLength < bytes) {
    doc.transact(() => {
      for (let p = 0; p < 200; p++) {
        const text = Array.from(
          { length: 40 + Math.floor(rand() * 60) },
          () => WORDS[Math.floor(rand() * WORDS.length)],
        ).join(' ');
        const el = new Y.XmlElement('paragraph');
        el.insert(0, [new Y.XmlText(text)]);
        fragment.push([el]);
      }
    });
  }
  return Y.encodeStateAsUpdate(doc);
}

async function main() {
  // Made first: generating takes seconds, longer than the server keeps an idle HTTP connection.
  const state = bigNote(5 * 1024 * 1024);
  const small = bigNote(20_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-bench-versions-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SCRYPT_COST: '10',
    METRICS_PORT: 'off',
    MAX_DOCUMENT_BYTES: String(64 * 1024 * 1024),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  });
  const server = await createWeftServer(config, createLogger(config.logLevel));
  const { port } = await server.listen();
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, p: string, cookie: string, body?: unknown) => {
    const res = await fetch(base + p, {
      signal: AbortSignal.timeout(60_000),
      method,
      headers: { cookie, 'content-type': 'application/json', 'x-requested-with': 'weft' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  try {
    const signup = await fetch(`${base}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'weft' },
      body: JSON.stringify({
        email: 'bench@example.org',
        password: 'correct horse battery',
        displayName: 'Bench',
      }),
    });
    if (!signup.ok) throw new Error(`sign-up: ${signup.status} ${await signup.text()}`);
    const cookie =
      signup.headers
        .getSetCookie()
        .find((c) => c.startsWith('weft_session='))
        ?.split(';')[0] ?? '';
    const ws = (await call('POST', '/api/workspaces', cookie, { title: 'Bench' })) as {
      workspace: { id: string };
    };
    const doc = (await call('POST', `/api/workspaces/${ws.workspace.id}/documents`, cookie, {
      type: 'note',
      title: 'Five megabytes',
    })) as { document: { id: string } };
    const id = doc.document.id;
    await server.docStore.append([{ docId: id, update: state }]);

    const nameTimes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const started = performance.now();
      await call('POST', `/api/documents/${id}/versions`, cookie, { name: `Named ${i}` });
      nameTimes.push(performance.now() - started);
    }
    const [cold, ...warm] = nameTimes;

    // 1,000 versions of a second document, written through the store (small states).
    const listed = (await call('POST', `/api/workspaces/${ws.workspace.id}/documents`, cookie, {
      type: 'note',
      title: 'Many versions',
    })) as { document: { id: string } };
    const store = server.storage.documentVersions;
    for (let i = 0; i < 1000; i++) {
      await store.add({
        id: `v${i}`,
        documentId: listed.document.id,
        name: `Automatic ${i}`,
        kind: i % 10 === 0 ? 'named' : 'auto',
        createdAt: Date.now() - i * 60_000,
        createdBy: null,
        sessionId: null,
        state: small,
      });
    }
    const listTimes: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      const body = (await call('GET', `/api/documents/${listed.document.id}/versions`, cookie)) as {
        versions: unknown[];
      };
      listTimes.push(performance.now() - started);
      if (body.versions.length !== 1000) throw new Error(`listed ${body.versions.length}`);
    }

    // Bytes as the database holds them (SQLite file of this run; PostgreSQL reports the same column).
    let raw = Number.NaN;
    let stored = Number.NaN;
    if (server.storage.kind === 'sqlite') {
      const reader = openSqliteDatabase(dataDir);
      const row = await reader.db
        .selectFrom('document_versions')
        .select((eb) => [
          eb.fn.sum<number>('state_bytes').as('raw'),
          eb.fn.sum<number>(eb.fn('length', ['state'])).as('stored'),
        ])
        .where('document_id', '=', id)
        .executeTakeFirstOrThrow();
      await reader.close();
      raw = Number(row.raw);
      stored = Number(row.stored);
    }
    warm.sort((a, b) => a - b);
    listTimes.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      `storage: ${server.storage.kind}, note state ${(state.byteLength / 1024 / 1024).toFixed(2)} MB`,
    );
    console.log(
      `name a version of the 5 MB note: first (loads the note) ${ms(cold ?? 0)}, then median ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))}, max ${ms(Math.max(...warm))}`,
    );
    console.log(
      `list 1,000 versions (GET, JSON): median ${ms(percentile(listTimes, 50))}, p95 ${ms(percentile(listTimes, 95))}`,
    );
    console.log(
      `stored per 5 MB version: ${(stored / nameTimes.length / 1024).toFixed(0)} KiB of ${(raw / nameTimes.length / 1024).toFixed(0)} KiB (${((stored / raw) * 100).toFixed(1)} %)`,
    );
  } finally {
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
