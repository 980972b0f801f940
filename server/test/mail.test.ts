import type { EmailSettingsResponse, ThreadResponse } from '@weft/protocol';
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { startSmtpServer, type TestSmtp } from './helpers/startSmtpServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

const PUBLIC = 'http://weft.test';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(env: Record<string, string>, smtp?: TestSmtp) {
  const t = await createTestServer({
    PUBLIC_URL: PUBLIC,
    MAIL_POLL_MS: '100',
    ...(smtp ? { SMTP_URL: smtp.url } : {}),
    ...env,
  });
  cleanups.push(() => t.close());
  return t;
}

async function smtpServer(): Promise<TestSmtp> {
  const smtp = await startSmtpServer();
  cleanups.push(() => smtp.close());
  return smtp;
}

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';
const mailsTo = (smtp: TestSmtp, u: TestUser) => smtp.messages.filter((m) => to(m) === u.email);
// Raw header values: mailparser turns some (List-Unsubscribe) into objects.
const header = (m: ParsedMail, name: string) =>
  (m.headerLines.find((h) => h.key === name)?.line ?? '')
    .replace(/^[^:]*:\s*/, '')
    .replace(/\s*\r?\n\s*/g, '');

async function team<K extends string>(t: TestServer, people: Record<K, Record<string, string>>) {
  const users = {} as Record<K, TestUser>;
  for (const name of Object.keys(people) as K[]) users[name] = await signUp(t.url, name, people[name]);
  const [first, ...rest] = Object.values<TestUser>(users);
  if (!first) throw new Error('no people');
  const s = t.server.services;
  const workspaceId = (await s.workspaces.create(first.id, { title: 'Gent–Huế <textiles>' })).workspace.id;
  for (const u of rest) await s.workspaces.admit(workspaceId, u.id, 'editor');
  const note = (await s.documents.create(first.id, workspaceId, { type: 'note', title: 'Sợi tái chế' })).id;
  return { users, workspaceId, note };
}

async function thread(t: TestServer, as: TestUser, documentId: string, body: string) {
  const res = await api(t.url, 'POST', `/api/documents/${documentId}/threads`, {
    as,
    body: { anchor: testTextAnchor(), body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as ThreadResponse).thread;
}

const mention = (u: TestUser, name: string) => `@[${name}](${u.id})`;

describe('immediate notices', () => {
  it('a mention arrives within the batching window, in the reader’s language, quoted and linked; a second one joins it', async () => {
    const smtp = await smtpServer();
    const t = await setUp({ MAIL_BATCH_MS: '1500' }, smtp);
    const { users, workspaceId, note } = await team(t, {
      Anh: { language: 'vi', city: 'Huế', timeZone: 'Asia/Ho_Chi_Minh' },
      Bram: { language: 'nl', city: 'Gent', timeZone: 'Europe/Brussels' },
    });
    const { Anh: anh, Bram: bram } = users;
    const started = Date.now();
    const first = await thread(t, anh, note, `${mention(bram, 'Bram')} xem số liệu <b>tháng 3</b>?`);
    await thread(t, anh, note, `${mention(bram, 'Bram')} và cả bảng này`);
    await vi.waitFor(() => expect(mailsTo(smtp, bram)).toHaveLength(1), { timeout: 10_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(1500 + 3000);
    const [mail] = mailsTo(smtp, bram) as [ParsedMail];
    expect(header(mail, 'content-language')).toBe('nl');
    expect(mail.subject).toBe('2 updates in Weft');
    expect(mail.text).toContain('Anh noemde je in “Sợi tái chế” (Gent–Huế <textiles>):');
    expect(mail.text).toContain('> @Bram xem số liệu <b>tháng 3</b>?');
    expect(mail.text).toContain(`${PUBLIC}/workspaces/${workspaceId}/notes/${note}?thread=${first.id}`);
    expect(mail.html).toContain('&#60;b&#62;tháng 3&#60;/b&#62;');
    expect(mail.html).not.toContain('<b>tháng 3');
    expect(header(mail, 'list-unsubscribe')).toMatch(
      /^<http:\/\/weft\.test\/api\/email\/unsubscribe\?token=/,
    );
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // The author hears nothing about their own comments; nothing is sent twice.
    t.clock.advance(5000);
    await t.server.mail.tick();
    expect(smtp.messages.map(to)).toEqual([bram.email]);
  });

  it('a reply in a thread you wrote in reaches you; the one-click unsubscribe link works without login', async () => {
    const smtp = await smtpServer();
    const t = await setUp({ MAIL_BATCH_MS: '0' }, smtp);
    const { users, note } = await team(t, { Anh: { language: 'vi' }, Bram: { language: 'en' } });
    const { Anh: anh, Bram: bram } = users;
    const started = await thread(t, bram, note, 'Who has the March figures?');
    const res = await api(t.url, 'POST', `/api/threads/${started.id}/messages`, {
      as: anh,
      body: { body: 'Tôi có — xem bảng 2' },
    });
    expect(res.status).toBe(201);
    await vi.waitFor(() => expect(mailsTo(smtp, bram)).toHaveLength(1), { timeout: 10_000 });
    const [mail] = mailsTo(smtp, bram) as [ParsedMail];
    expect(mail.text).toContain('Anh replied in a thread you wrote in');
    expect(mail.text).toContain('> Tôi có — xem bảng 2');

    const link = header(mail, 'list-unsubscribe').slice(1, -1).replace(PUBLIC, t.url);
    const forged = await fetch(`${link.slice(0, -3)}abc`, { method: 'POST' });
    expect(forged.status).toBe(400);
    // RFC 8058: a form POST with no cookie and no CSRF header.
    const unsub = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsub.status).toBe(200);
    expect(await unsub.json()).toEqual({ scope: 'notices' });
    const settings = (await api(t.url, 'GET', '/api/me/email', { as: bram })).body as EmailSettingsResponse;
    expect(settings.preferences).toMatchObject({ mentions: 'off', replies: 'off', digest: true });

    await api(t.url, 'POST', `/api/threads/${started.id}/messages`, {
      as: anh,
      body: { body: 'Còn bảng 3' },
    });
    await t.server.mail.tick();
    await t.server.mail.tick();
    expect(mailsTo(smtp, bram)).toHaveLength(1);
    // The page a browser opens from the text part also works without login.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Unsubscribed');
  });

  it('an invitation by email sends the link to the address', async () => {
    const smtp = await smtpServer();
    const t = await setUp({ MAIL_BATCH_MS: '0' }, smtp);
    const { users, workspaceId } = await team(t, { Anh: { language: 'vi' } });
    const res = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/invites`, {
      as: users.Anh,
      body: { role: 'editor', email: 'Partner@Example.org' },
    });
    expect(res.status).toBe(201);
    const { url, emailed } = res.body as { url: string; emailed: boolean };
    expect(emailed).toBe(true);
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(1), { timeout: 10_000 });
    const [mail] = smtp.messages as [ParsedMail];
    expect(to(mail)).toBe('partner@example.org');
    expect(header(mail, 'content-language')).toBe('vi');
    expect(mail.subject).toBe('Anh mời bạn tham gia “Gent–Huế <textiles>”');
    expect(mail.text).toContain(url);
    const bad = await api(t.url, 'POST', `/api/workspaces/${workspaceId}/invites`, {
      as: users.Anh,
      body: { role: 'editor', email: 'not an address' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('delivery', () => {
  it('an SMTP server that is down for a while loses nothing and doubles nothing', async () => {
    const smtp = await smtpServer();
    const t = await setUp({ MAIL_BATCH_MS: '0' }, smtp);
    const { users, note } = await team(t, {
      Anh: {},
      Bram: {},
      Chi: {},
      Dev: {},
    });
    const { Anh: anh, ...others } = users;
    await smtp.stop();
    for (const [name, u] of Object.entries<TestUser>(others))
      await thread(t, anh, note, `${mention(u, name)} please check`);
    // Every mail has been tried and put back for a later retry while the server was away.
    await vi.waitFor(async () => expect((await t.server.storage.mail.stats()).retrying).toBe(3), {
      timeout: 10_000,
    });
    await smtp.start();
    await vi.waitFor(() => expect(smtp.messages).toHaveLength(3), { timeout: 15_000 });
    t.clock.advance(60_000);
    await t.server.mail.tick();
    expect(smtp.messages.map(to).sort()).toEqual(
      Object.values<TestUser>(others)
        .map((u) => u.email)
        .sort(),
    );
    expect(await t.server.storage.mail.stats()).toEqual({ waiting: 0, retrying: 0, sent: 3, failed: 0 });
    const settings = (await api(t.url, 'GET', '/api/me/email', { as: others.Bram }))
      .body as EmailSettingsResponse;
    expect(settings.failures).toEqual([]);
  });

  it('a permanent refusal (5xx) is recorded and shown with the preferences', async () => {
    const smtp = await smtpServer();
    smtp.reject(550, 'No such mailbox');
    const t = await setUp({ MAIL_BATCH_MS: '0' }, smtp);
    const { users, note } = await team(t, { Anh: {}, Bram: {} });
    await thread(t, users.Anh, note, `${mention(users.Bram, 'Bram')} hi`);
    await vi.waitFor(
      async () => {
        const res = await api(t.url, 'GET', '/api/me/email', { as: users.Bram });
        const { failures } = res.body as EmailSettingsResponse;
        expect(failures).toHaveLength(1);
        expect(failures[0]?.error).toContain('No such mailbox');
      },
      { timeout: 10_000 },
    );
  });
});
