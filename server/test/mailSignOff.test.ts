import type { SignOffResponse } from '@weft/protocol';
import type { ParsedMail } from 'mailparser';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createPlanFixture, type PlanFixture, SAMPLE_ITEMS } from './helpers/planFixture.ts';
import { startSmtpServer, type TestSmtp } from './helpers/startSmtpServer.ts';
import { api } from './helpers/testApi.ts';

let smtp: TestSmtp | undefined;
let f: PlanFixture | undefined;
afterAll(async () => {
  await f?.close();
  await smtp?.close();
});

const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address ?? '';

describe('sign-off requests', () => {
  it('a proposed plan asks the representatives of each city that has not signed, once, not the proposer', async () => {
    smtp = await startSmtpServer();
    f = await createPlanFixture({
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://weft.test', MAIL_BATCH_MS: '0', MAIL_POLL_MS: '100' },
    });
    const fixture = f;
    const id = await fixture.newPlan(undefined, { parties: ['Ghent', 'Huế'], items: SAMPLE_ITEMS });
    const post = (action: string, body: unknown = {}) =>
      api(fixture.t.url, 'POST', `/api/documents/${id}/signoff/${action}`, {
        as: fixture.as.ghentEditor,
        body,
      });
    const proposed = await post('propose');
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    const { contentHash } = proposed.body as SignOffResponse;
    // The proposer signs for Ghent: that must not ask Huế a second time.
    expect((await post('sign', { contentHash })).status).toBe(200);

    const hue = fixture.users.hueEditor.email;
    await vi.waitFor(() => expect(smtp?.messages.map(to)).toContain(hue), { timeout: 10_000 });
    fixture.t.clock.advance(10_000);
    await fixture.t.server.mail.tick();
    const recipients = smtp.messages.map(to);
    // Huế's editor; Ghent's facilitator was asked at the proposal; no commenter, viewer or proposer.
    expect(recipients.filter((r) => r === hue)).toHaveLength(1);
    expect(recipients).not.toContain(fixture.users.ghentEditor.email);
    expect(recipients).not.toContain(fixture.users.commenter.email);
    expect(recipients).not.toContain(fixture.users.viewer.email);
    const mail = smtp.messages.find((m) => to(m) === hue);
    expect(mail?.text).toContain('waits for the sign-off of Huế');
    expect(mail?.text).toContain(`http://weft.test/workspaces/${fixture.workspaceId}/plans/${id}`);
  });
});
