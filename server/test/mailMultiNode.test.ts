import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/storage/testing/createTestDatabase.ts';
import { createTestServer, type TestServer } from './helpers/createTestServer.ts';
import { startSmtpServer, type TestSmtp } from './helpers/startSmtpServer.ts';
import { api, signUp, type TestUser } from './helpers/testApi.ts';
import { testTextAnchor } from './helpers/testTextAnchor.ts';

let smtp: TestSmtp | undefined;
let pg: TestDatabase | undefined;
const nodes: TestServer[] = [];
afterAll(async () => {
  for (const n of nodes) await n.close();
  await smtp?.close();
  await pg?.drop();
});

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';

describe('several nodes on one PostgreSQL database', () => {
  it('send each mail once', async () => {
    smtp = await startSmtpServer();
    pg = await createTestDatabase();
    const env = {
      DATABASE_URL: pg.url,
      SMTP_URL: smtp.url,
      PUBLIC_URL: 'http://weft.test',
      MAIL_BATCH_MS: '0',
      MAIL_POLL_MS: '20',
    };
    nodes.push(await createTestServer(env), await createTestServer(env), await createTestServer(env));
    const [a] = nodes as [TestServer];
    const author = await signUp(a.url, 'Anh');
    const s = a.server.services;
    const workspaceId = (await s.workspaces.create(author.id, { title: 'W' })).workspace.id;
    const note = (await s.documents.create(author.id, workspaceId, { type: 'note', title: 'N' })).id;
    const readers: TestUser[] = [];
    for (let i = 0; i < 12; i++) {
      const reader = await signUp(a.url, `R${i}`);
      await s.workspaces.admit(workspaceId, reader.id, 'editor');
      readers.push(reader);
    }
    // Comments arrive through every node; every node's sender polls the same outbox.
    for (const [i, reader] of readers.entries()) {
      const node = nodes[i % nodes.length] as TestServer;
      const res = await api(node.url, 'POST', `/api/documents/${note}/threads`, {
        as: author,
        body: { anchor: testTextAnchor(), body: `@[R](${reader.id}) ${i}` },
      });
      expect(res.status).toBe(201);
    }
    await vi.waitFor(() => expect(smtp?.messages.length).toBeGreaterThanOrEqual(readers.length), {
      timeout: 15_000,
    });
    // A full pass on every node afterwards finds nothing left to send.
    await Promise.all(nodes.map((n) => n.server.mail.tick()));
    expect(await a.server.storage.mail.stats()).toEqual({ waiting: 0, retrying: 0, sent: 12, failed: 0 });
    expect(smtp.messages.map(to).sort()).toEqual(readers.map((r) => r.email).sort());
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(readers.length);
  });
});
