import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { killSpawnedServers, spawnServer } from './helpers/spawnServer.ts';
import { startSmtpServer, type TestSmtp } from './helpers/startSmtpServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let smtp: TestSmtp | undefined;
const dirs: string[] = [];
afterEach(async () => {
  killSpawnedServers();
  await smtp?.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';

async function ok<T>(res: Promise<{ status: number; body: unknown }>, status = 201): Promise<T> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body as T;
}

describe('a server killed while sending mail', () => {
  it('sends every mail after a restart, a repeated one under the same Message-ID', async () => {
    smtp = await startSmtpServer();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-mail-crash-'));
    dirs.push(dataDir);
    const env = {
      DATA_DIR: dataDir,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://weft.test',
      MAIL_BATCH_MS: '0',
      MAIL_POLL_MS: '100',
      MAIL_LEASE_MS: '1000',
    };
    const first = await spawnServer(env);
    const base = first.url;
    const author = await signUp(base, 'Anh');
    const { workspace } = await ok<{ workspace: { id: string } }>(
      api(base, 'POST', '/api/workspaces', { as: author, body: { title: 'Gent–Huế' } }),
    );
    const { document } = await ok<{ document: { id: string } }>(
      api(base, 'POST', `/api/workspaces/${workspace.id}/documents`, {
        as: author,
        body: { type: 'note', title: 'Notes' },
      }),
    );
    const readers: TestUser[] = [];
    for (const name of ['Bram', 'Chi', 'Dev', 'Els']) {
      const reader = await signUp(base, name);
      const { token } = await ok<{ token: string }>(
        api(base, 'POST', `/api/workspaces/${workspace.id}/invites`, {
          as: author,
          body: { role: 'editor' },
        }),
      );
      await ok(api(base, 'POST', `/api/invites/${token}/accept`, { as: reader }), 200);
      readers.push(reader);
    }

    // The SMTP server reads each mail in full but does not answer: the sender waits mid-send.
    smtp.hold();
    for (const [i, reader] of readers.entries()) {
      await ok(
        api(base, 'POST', `/api/documents/${document.id}/threads`, {
          as: author,
          body: { anchor: testTextAnchor(), body: `@[R](${reader.id}) bảng ${i}` },
        }),
      );
    }
    await vi.waitFor(() => expect(smtp?.messages.length).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    smtp.release();

    const second = await spawnServer(env);
    try {
      await vi.waitFor(
        () => expect(new Set(smtp?.messages.map(to))).toEqual(new Set(readers.map((r) => r.email))),
        { timeout: 20_000 },
      );
      // Let a wrongly repeated send show up before counting.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const messages = smtp.messages;
      const ids = new Map<string, ParsedMail[]>();
      for (const m of messages) ids.set(m.messageId ?? '', [...(ids.get(m.messageId ?? '') ?? []), m]);
      // One Message-ID per reader; the mail cut off by the kill may arrive again, identical.
      expect(ids.size).toBe(readers.length);
      for (const reader of readers) {
        const theirs = messages.filter((m) => to(m) === reader.email);
        expect(new Set(theirs.map((m) => m.messageId)).size).toBe(1);
        expect(new Set(theirs.map((m) => m.text)).size).toBe(1);
      }
      // The held mail was read but never acknowledged, so it went again: the reader can tell it is the same.
      expect(messages).toHaveLength(readers.length + 1);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
