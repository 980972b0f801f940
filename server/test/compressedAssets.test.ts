import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, signUp } from './helpers/testApi.ts';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

// fetch() would decode the body; the raw bytes on the wire are what this test is about.
function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const ASSET = '/assets/index-AbC123.js';
// Varied but repetitive, like real bundled code, so both encodings shrink it a lot.
const script = Buffer.from(
  Array.from({ length: 2000 }, (_, i) => `export const value${i} = "item ${i * 7919} of the build";\n`).join(
    '',
  ),
);
const shell = Buffer.from(
  `<!doctype html><html><head><title>Weft</title></head><body>${'<p>shell</p>'.repeat(200)}</body></html>`,
);
const serviceWorker = Buffer.from('self.addEventListener("fetch", () => {});\n');

let dist: string;
let t: TestServer;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const write = (rel: string, bytes: Buffer, precompress: boolean) => {
    fs.writeFileSync(path.join(dist, rel), bytes);
    if (!precompress) return;
    fs.writeFileSync(path.join(dist, `${rel}.br`), brotliCompressSync(bytes));
    fs.writeFileSync(path.join(dist, `${rel}.gz`), gzipSync(bytes, { level: 9 }));
  };
  write(ASSET, script, true);
  write('index.html', shell, true);
  write('sw.js', serviceWorker, false);
  t = await createTestServer({ CLIENT_DIST: dist });
});
afterAll(async () => {
  await t?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe('precompressed client assets', () => {
  const cases = [
    { accept: 'gzip, deflate, br, zstd', encoding: 'br', suffix: '.br', decode: brotliDecompressSync },
    { accept: 'gzip', encoding: 'gzip', suffix: '.gz', decode: gunzipSync },
  ] as const;

  for (const c of cases) {
    it(`sends the ${c.encoding} copy for Accept-Encoding: ${c.accept}`, async () => {
      const res = await rawGet(t.url + ASSET, { 'accept-encoding': c.accept });
      const onDisk = fs.readFileSync(path.join(dist, ASSET + c.suffix));
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(c.encoding);
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(res.headers['content-length']).toBe(String(onDisk.byteLength));
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.body.equals(onDisk)).toBe(true);
      expect(res.body.byteLength).toBeLessThan(script.byteLength / 4);
      expect(c.decode(res.body).equals(script)).toBe(true);
      // Document-only security headers are left off scripts; the ones that protect a script stay.
      expect(res.headers['content-security-policy']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });
  }

  it('sends the file as it is without Accept-Encoding', async () => {
    const res = await rawGet(t.url + ASSET);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-length']).toBe(String(script.byteLength));
    expect(res.body.equals(script)).toBe(true);
  });

  it('answers a revalidation of the same encoding with 304', async () => {
    const first = await rawGet(t.url + ASSET, { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    const plain = await rawGet(t.url + ASSET);
    expect(plain.headers.etag).not.toBe(etag);
    const again = await rawGet(t.url + ASSET, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('serves index.html compressed and revalidated for every client route', async () => {
    for (const route of ['/', '/workspaces/w1/notes/d1']) {
      const res = await rawGet(t.url + route, { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(brotliDecompressSync(res.body).equals(shell)).toBe(true);
    }
  });

  it('revalidates the service worker and sends it as it is when there is no compressed copy', async () => {
    const res = await rawGet(`${t.url}/sw.js`, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBeUndefined();
    // A worker runs under the CSP of its own script's response.
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.body.equals(serviceWorker)).toBe(true);
  });

  it('answers a missing hashed asset with 404, never with index.html', async () => {
    const res = await rawGet(`${t.url}/assets/gone-123.js`, { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).not.toMatch(/html/);
  });

  it('never serves a file outside the build', async () => {
    const res = await rawGet(`${t.url}/assets/..%2f..%2f..%2f..%2fetc%2fpasswd`);
    expect(res.body.toString()).not.toMatch(/root:/);
  });
});

describe('API compression', () => {
  it('compresses JSON answers over 1 KB and leaves small ones alone', async () => {
    const user = await signUp(t.url, 'Nguyễn Văn An');
    const description = 'Circular textile value chains between Gent and Huế. '.repeat(60);
    const created = await api(t.url, 'POST', '/api/workspaces', {
      as: { cookie: user.cookie },
      body: { title: 'Compression', description },
    });
    expect(created.status).toBe(201);

    const list = await rawGet(`${t.url}/api/workspaces`, {
      cookie: user.cookie,
      'accept-encoding': 'br, gzip',
    });
    expect(list.status).toBe(200);
    expect(list.headers['content-encoding']).toBe('br');
    expect(list.headers.vary).toMatch(/Accept-Encoding/i);
    const json = brotliDecompressSync(list.body);
    expect(json.byteLength).toBeGreaterThan(1024);
    expect(list.body.byteLength).toBeLessThan(json.byteLength / 2);
    expect(JSON.stringify(JSON.parse(json.toString()))).toContain('Gent and Huế');

    const gz = await rawGet(`${t.url}/api/workspaces`, { cookie: user.cookie, 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(json)).toBe(true);

    const me = await rawGet(`${t.url}/api/me`, { cookie: user.cookie, 'accept-encoding': 'br, gzip' });
    expect(me.status).toBe(200);
    expect(me.body.byteLength).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
