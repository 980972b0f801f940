import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { LivePages } from '../pages/LivePages.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const close = (a: number, b: number) => Math.abs(a - b) < 0.05;

describe('journey: presence and following the facilitator', () => {
  it('two people see each other online, and the member follows the facilitator into a note', async () => {
    const { context: ctxF, page: pageF } = await env.newPage();
    const { context: ctxM, page: pageM } = await env.newPage();
    const facilitator = env.user('Sofie Declercq', 'Ghent');
    const member = env.user('Trần Thị Lan', 'Huế');
    await env.signUpViaApi(ctxF, facilitator);
    await env.signUpViaApi(ctxM, member);
    const seeded = await seedWorkspace(env, ctxF, 'Ghent ⇄ Huế live');
    await new WorkspacePages(pageM).acceptInvite(await invitePath(env, ctxF, seeded.workspaceId, 'editor'));
    const workspaceUrl = `/workspaces/${seeded.workspaceId}`;

    // Both on the workspace page: each sees the other online.
    const fac = new LivePages(pageF);
    const mem = new LivePages(pageM);
    await pageF.goto(workspaceUrl);
    await expect.poll(() => fac.onlineNames(), { timeout: 15_000 }).toContain(member.displayName);
    await expect.poll(() => mem.onlineNames(), { timeout: 15_000 }).toContain(facilitator.displayName);
    expect(await mem.locationOf(facilitator.displayName)).toContain('in the workspace');

    // The facilitator writes a long note; the member sees in which document she is.
    const writer = new NotePage(pageF);
    await writer.open(seeded.noteUrl);
    await expect.poll(() => mem.locationOf(facilitator.displayName)).toContain('in Field visit notes');
    await writer.focusEndOf();
    for (let i = 1; i <= 60; i++) {
      await pageF.keyboard.insertText(`Đoạn ${i}: ghi chú chuyến thăm thực địa, Ghent – Huế.`);
      await pageF.keyboard.press('Enter');
    }
    await writer.waitForState('saved');

    // She plans a session linked to the note and opens it; the member opens it too.
    await pageF.goto(workspaceUrl);
    const sessionId = await fac.planSession('Phiên 3: sợi tái chế', ['Field visit notes']);
    await expect
      .poll(() =>
        pageF
          .getByTestId('sessions.times.city')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-city'))),
      )
      .toEqual(['Ghent', 'Huế']);
    const sessionUrl = `${workspaceUrl}/sessions/${sessionId}`;
    await pageF.goto(sessionUrl);
    await pageM.goto(sessionUrl);
    await pageM
      .getByTestId('session.agenda.item')
      .filter({ hasText: 'Recycled fibre in Tiruppur' })
      .waitFor();
    expect(await runAxe(pageM), 'session page').toEqual([]);

    // The member follows the facilitator.
    const followButton = pageM.locator(
      `[data-testid="session.follow"][data-user-name="${facilitator.displayName}"]`,
    );
    await followButton.click({ timeout: 15_000 });
    await expect.poll(() => mem.followBannerState()).toBe('following');

    // The facilitator opens the note from the session: the member's page goes there.
    await pageF.getByTestId('session.document.link').first().click();
    await pageF.getByTestId('notes.editor').waitFor();
    await expect.poll(() => new URL(pageM.url()).pathname, { timeout: 15_000 }).toBe(seeded.noteUrl);
    await pageM.getByTestId('notes.editor').waitFor();

    // She scrolls; the member's view moves to the same passage.
    await fac.wheel(500);
    await expect.poll(() => fac.noteScrollFraction()).toBeGreaterThan(0.1);
    const leaderAt = await fac.noteScrollFraction();
    await expect
      .poll(async () => close(await mem.noteScrollFraction(), leaderAt), { timeout: 10_000 })
      .toBe(true);

    // The member scrolls on their own: following stops and offers to resume.
    await mem.wheel(-500);
    await expect.poll(() => mem.followBannerState()).toBe('paused');
    expect(await pageM.getByTestId('live.follow.banner').textContent()).toContain(
      `Stopped following ${facilitator.displayName}`,
    );
    await fac.wheel(700);
    await expect.poll(() => fac.noteScrollFraction()).toBeGreaterThan(leaderAt + 0.1);
    const memberOwn = await mem.noteScrollFraction();

    // Resume: the member jumps back to where the facilitator is now.
    await pageM.getByTestId('live.follow.resume').click();
    await expect.poll(() => mem.followBannerState()).toBe('following');
    const leaderNow = await fac.noteScrollFraction();
    await expect
      .poll(async () => close(await mem.noteScrollFraction(), leaderNow), { timeout: 10_000 })
      .toBe(true);
    expect(close(memberOwn, leaderNow)).toBe(false);
  });
});
