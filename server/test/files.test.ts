import http from 'node:http';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { api, credentialHeaders, type RequestOptions, signUp, type TestUser } from './helpers/testApi.ts';

interface FileBody {
  id: string;
  workspaceId: string;
  name: string;
  contentType: string;
  bytes: number;
  width?: number;
  height?: number;
  createdAt: string;
  createdBy: string;
  url: string;
}

const MAX_UPLOAD_BYTES = 256 * 1024;

let t: TestServer;
let fac: TestUser;
let editor: TestUser;
let viewer: TestUser;
let outsider: TestUser;
let workspaceId: string;

const as = (user: TestUser, extra: RequestOptions = {}): RequestOptions => ({
  as: { cookie: user.cookie },
  ...extra,
});

async function join(user: TestUser, role: string): Promise<void> {
  const created = await api(
    t.url,
    'POST',
    `/api/workspaces/${workspaceId}/invites`,
    as(fac, { body: { role } }),
  );
  const token = (created.body as { token: string }).token;
  expect((await api(t.url, 'POST', `/api/invites/${token}/accept`, as(user))).status).toBe(200);
}

async function upload(
  user: TestUser,
  name: string,
  bytes: Uint8Array,
  ws = workspaceId,
): Promise<{ status: number; body: { file?: FileBody; error?: { code: string } } }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const res = await fetch(`${t.url}/api/workspaces/${ws}/files`, {
    method: 'POST',
    headers: { ...credentialHeaders({ cookie: user.cookie }), 'x-requested-with': 'weft' },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as { file?: FileBody; error?: { code: string } } };
}

async function download(user: TestUser, url: string): Promise<Response> {
  return fetch(t.url + url, { headers: credentialHeaders({ cookie: user.cookie }) });
}

/** A photo as a phone writes it: rotated by an EXIF tag, with the camera's GPS position. */
async function phonePhoto(): Promise<Uint8Array> {
  const data = await sharp({
    create: { width: 64, height: 32, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Weft Test Camera' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '16/1 27/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '107/1 35/1 0/1',
      },
    })
    .toBuffer();
  return new Uint8Array(data);
}

beforeAll(async () => {
  t = await createTestServer({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) });
  [fac, editor, viewer, outsider] = await Promise.all([
    signUp(t.url, 'Facilitator'),
    signUp(t.url, 'Editor'),
    signUp(t.url, 'Viewer'),
    signUp(t.url, 'Outsider'),
  ]);
  const ws = await api(t.url, 'POST', '/api/workspaces', as(fac, { body: { title: 'Dye-house visit' } }));
  workspaceId = (ws.body as { workspace: { id: string } }).workspace.id;
  await join(editor, 'editor');
  await join(viewer, 'viewer');
});

afterAll(async () => {
  await t?.close();
});

describe('files', () => {
  it('strips EXIF and GPS from a photo, applies its orientation and serves it to members', async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(Buffer.from(photo).includes('Weft Test Camera')).toBe(true);

    const res = await upload(editor, 'Xưởng nhuộm.jpeg', photo);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const file = res.body.file as FileBody;
    expect(file).toMatchObject({
      workspaceId,
      name: 'Xưởng nhuộm.jpeg',
      contentType: 'image/jpeg',
      width: 32,
      height: 64,
      createdBy: editor.id,
      url: `/api/files/${file.id}`,
    });

    const got = await download(viewer, file.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Xưởng nhuộm.jpeg')}`,
    );
    const served = new Uint8Array(await got.arrayBuffer());
    expect(served.byteLength).toBe(file.bytes);
    const after = await sharp(served).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([32, 64]);
    expect(Buffer.from(served).includes('Weft Test Camera')).toBe(false);

    const thumb = await download(viewer, `${file.url}?thumb=1`);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(new Uint8Array(await thumb.arrayBuffer())).metadata()).format).toBe('webp');

    const list = await api(t.url, 'GET', `/api/workspaces/${workspaceId}/files`, as(viewer));
    expect(list.status).toBe(200);
    expect((list.body as { files: FileBody[] }).files.map((f) => f.id)).toContain(file.id);
  });

  it('refuses outsiders (403) and unknown ids (404)', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    expect((await upload(outsider, 'tender.pdf', pdf)).status).toBe(403);
    expect((await upload(viewer, 'tender.pdf', pdf)).status).toBe(403);
    const ok = await upload(fac, 'tender.pdf', pdf);
    expect(ok.status).toBe(201);
    const file = ok.body.file as FileBody;
    expect(file.contentType).toBe('application/pdf');

    expect((await download(outsider, file.url)).status).toBe(403);
    expect((await api(t.url, 'GET', `/api/workspaces/${workspaceId}/files`, as(outsider))).status).toBe(403);
    expect((await api(t.url, 'DELETE', file.url, as(outsider))).status).toBe(403);
    expect((await download(viewer, '/api/files/no-such-file')).status).toBe(404);
    expect((await download(viewer, `${file.url}?thumb=1`)).status).toBe(404);
    const pdfRes = await download(viewer, file.url);
    expect(pdfRes.headers.get('content-disposition')).toMatch(/^attachment;/);
  });

  it('refuses an oversized upload with 413 before reading all of it', async () => {
    // Declared length over the limit: answered at once, the body is never read.
    const status = await new Promise<number>((resolve, reject) => {
      const boundary = 'weftboundary';
      const req = http.request(`${t.url}/api/workspaces/${workspaceId}/files`, {
        method: 'POST',
        headers: {
          ...credentialHeaders({ cookie: editor.cookie }),
          'x-requested-with': 'weft',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(64 * 1024 * 1024),
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n\r\n`);
      req.write(Buffer.alloc(16 * 1024));
    });
    expect(status).toBe(413);

    // No declared length (a stream): refused as soon as the file passes the limit.
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1024);
    big.set(new TextEncoder().encode('%PDF-1.4\n'));
    const res = await upload(editor, 'big.pdf', big);
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('payload_too_large');
  });

  it('refuses a disguised file (415) and an empty or unreadable one (400)', async () => {
    const html = new TextEncoder().encode(
      '<html><body><script>alert(document.cookie)</script></body></html>',
    );
    const disguised = await upload(editor, 'photo.png', html);
    expect(disguised.status).toBe(415);
    expect(disguised.body.error?.code).toBe('unsupported_media_type');
    expect((await upload(editor, 'page.html', html)).status).toBe(415);
    expect((await upload(editor, 'empty.pdf', new Uint8Array(0))).status).toBe(400);
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const broken = await upload(editor, 'broken.png', new Uint8Array(png.subarray(0, 40)));
    expect(broken.status).toBe(400);
    expect(broken.body.error?.code).toBe('validation_failed');
  });

  it('serves SVG only as a sandboxed attachment and sanitises names', async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="4" height="4"/></svg>',
    );
    const res = await upload(editor, '../../logo\u202Egnp.svg', svg);
    expect(res.status).toBe(201);
    const file = res.body.file as FileBody;
    expect(file.name).toBe('logo_gnp.svg');
    const got = await download(viewer, file.url);
    expect(got.headers.get('content-type')).toBe('image/svg+xml');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(got.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('lets the uploader or a facilitator delete, nobody else', async () => {
    const txt = new TextEncoder().encode('baseline survey, 2026\n');
    const a = (await upload(editor, 'survey.csv', txt)).body.file as FileBody;
    const b = (await upload(fac, 'notes.txt', txt)).body.file as FileBody;
    expect(a.contentType).toBe('text/csv; charset=utf-8');
    expect((await api(t.url, 'DELETE', b.url, as(editor))).status).toBe(403);
    expect((await api(t.url, 'DELETE', a.url, as(editor))).status).toBe(204);
    expect((await api(t.url, 'DELETE', b.url, as(fac))).status).toBe(204);
    expect((await download(viewer, a.url)).status).toBe(404);
    expect((await download(viewer, b.url)).status).toBe(404);
  });
});
