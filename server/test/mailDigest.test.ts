import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { startSmtpServer, type TestSmtp } from './helpers/startSmtpServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let smtp: TestSmtp;
let t: TestServer;
let anh: TestUser; // UTC, writes everything
let hoa: TestUser; // Asia/Ho_Chi_Minh (UTC+7, no DST)
let bram: TestUser; // Europe/Brussels (CET, CEST from 29 March 2026)
let workspaceId: string;
let note: string;

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';
const digestsTo = (u: TestUser) => smtp.messages.filter((m) => to(m) === u.email);

/** Moves the server's clock to `iso` and runs one full mail pass. */
async function at(iso: string): Promise<void> {
  t.clock.advance(Date.parse(iso) - t.clock.now());
  await t.server.mail.tick();
}

async function comment(body: string): Promise<void> {
  const res = await api(t.url, 'POST', `/api/documents/${note}/threads`, {
    as: anh,
    body: { anchor: testTextAnchor(), body },
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestServer({
    SMTP_URL: smtp.url,
    PUBLIC_URL: 'http://weft.test',
    // Passes run when the test says so (`tick`), not on a timer.
    MAIL_POLL_MS: '600000',
    MAIL_BATCH_MS: '0',
  });
  anh = await signUp(t.url, 'Anh', { timeZone: 'UTC', language: 'en', city: 'Huế' });
  hoa = await signUp(t.url, 'Hoa', { timeZone: 'Asia/Ho_Chi_Minh', language: 'vi', city: 'Huế' });
  bram = await signUp(t.url, 'Bram', { timeZone: 'Europe/Brussels', language: 'nl', city: 'Gent' });
  const s = t.server.services;
  await at('2026-03-27T10:00:00Z');
  workspaceId = (await s.workspaces.create(anh.id, { title: 'Gent–Huế' })).workspace.id;
  await s.workspaces.admit(workspaceId, hoa.id, 'editor');
  await s.workspaces.admit(workspaceId, bram.id, 'editor');
  note = (await s.documents.create(anh.id, workspaceId, { type: 'note', title: 'Sợi tái chế' })).id;
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('the daily digest', () => {
  it('goes out at 08:00 in each reader’s zone, follows Brussels across the DST change, and is never empty', async () => {
    // First pass of the day: the window before 27 March 08:00 holds nothing for anyone.
    await at('2026-03-27T12:00:00Z');
    expect(smtp.messages).toHaveLength(0);
    await comment('Số liệu tháng 3 đã có');

    await at('2026-03-28T00:59:30Z'); // 07:59:30 in Hồ Chí Minh City
    expect(digestsTo(hoa)).toHaveLength(0);
    await at('2026-03-28T01:00:01Z'); // 08:00:01
    expect(digestsTo(hoa)).toHaveLength(1);
    expect(digestsTo(bram)).toHaveLength(0);
    const [first] = digestsTo(hoa) as [ParsedMail];
    expect(first.headers.get('content-language')).toBe('vi');
    expect(first.text).toContain('Bình luận mới');
    expect(first.text).toContain('Số liệu tháng 3 đã có');
    expect(first.text).toContain(`http://weft.test/workspaces/${workspaceId}/notes/${note}?thread=`);

    await at('2026-03-28T06:59:30Z'); // 07:59:30 CET in Brussels
    expect(digestsTo(bram)).toHaveLength(0);
    await at('2026-03-28T07:00:01Z'); // 08:00:01 CET
    expect(digestsTo(bram)).toHaveLength(1);
    expect(digestsTo(bram)[0]?.headers.get('content-language')).toBe('nl');
    expect(digestsTo(bram)[0]?.text).toContain('Nieuwe opmerkingen');

    // Anh's own 08:00 (UTC) comes: only Anh's own actions happened, so nothing is sent.
    await at('2026-03-28T08:00:01Z');
    expect(digestsTo(anh)).toHaveLength(0);

    const session = await t.server.services.exchangeSessions.create(anh.id, workspaceId, {
      title: 'Phiên 3',
      start: '2026-03-31T07:00:00.000Z',
      durationMinutes: 90,
    });
    expect(session.id).toBeTruthy();
    await comment('Tweede ronde cijfers');

    await at('2026-03-29T01:00:01Z'); // 08:00:01 in Hồ Chí Minh City again
    expect(digestsTo(hoa)).toHaveLength(2);
    const second = digestsTo(hoa)[1];
    expect(second?.text).toContain('Tweede ronde cijfers');
    expect(second?.text).not.toContain('Số liệu tháng 3');
    // The session's time in the reader's zone, with the reader's city named.
    expect(second?.text).toMatch(/Phiên 3 \(Gent–Huế\) — .*14:00.* \(Huế\)/);

    // Clocks went forward at 01:00Z on 29 March: 08:00 in Brussels is now 06:00Z, not 07:00Z.
    await at('2026-03-29T05:59:30Z');
    expect(digestsTo(bram)).toHaveLength(1);
    await at('2026-03-29T06:00:01Z');
    expect(digestsTo(bram)).toHaveLength(2);
    expect(digestsTo(bram)[1]?.text).toContain('Tweede ronde cijfers');
    expect(digestsTo(bram)[1]?.text).toMatch(/Phiên 3 \(Gent–Huế\) — .*09:00.* \(Gent\)/);

    // Another pass at the same time sends nothing twice.
    await at('2026-03-29T06:30:00Z');
    expect(digestsTo(bram)).toHaveLength(2);
    expect(digestsTo(hoa)).toHaveLength(2);
  });

  it('is not sent to a reader who turned it off', async () => {
    const res = await api(t.url, 'PUT', '/api/me/email', {
      as: hoa,
      body: {
        mentions: 'immediate',
        replies: 'digest',
        signOffRequests: true,
        digest: false,
        mutedWorkspaces: [],
      },
    });
    expect(res.status).toBe(200);
    await comment('Ba');
    await at('2026-03-30T01:00:01Z');
    expect(digestsTo(hoa)).toHaveLength(2);
    await at('2026-03-30T06:00:01Z');
    expect(digestsTo(bram)).toHaveLength(3);

    // Bram uses the digest's one-click link: no login, and the next 08:00 sends nothing.
    const line = digestsTo(bram)[2]?.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    const link = /<([^>]+)>/.exec(line)?.[1]?.replace('http://weft.test', t.url) ?? '';
    const unsubscribed = await fetch(link, { method: 'POST' });
    expect(await unsubscribed.json()).toEqual({ scope: 'digest' });
    await comment('Bốn');
    await at('2026-03-31T06:00:01Z');
    expect(digestsTo(bram)).toHaveLength(3);
  });
});
