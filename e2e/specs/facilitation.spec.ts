import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { SessionFacilitationPage } from '../pages/SessionFacilitationPage.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

async function join(owner: BrowserContext, member: BrowserContext, workspaceId: string, role: string) {
  const { token } = await env.api<{ token: string }>(
    owner,
    'POST',
    `/api/workspaces/${workspaceId}/invites`,
    {
      role,
    },
  );
  await env.api(member, 'POST', `/api/invites/${token}/accept`);
}

/** What each page shows as left, read at (nearly) the same moment. */
const remainingOn = (pages: SessionFacilitationPage[]) => Promise.all(pages.map((p) => p.remainingMs()));
const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

async function createBoardFromTemplate(page: Page, templateTitle: string): Promise<void> {
  await page.getByTestId('documents.create.type').selectOption('whiteboard');
  const picker = page.getByTestId('documents.create.template');
  await expect.poll(() => picker.locator('option').allTextContents()).toContain(templateTitle);
  await picker.selectOption({ label: templateTitle });
  await page.getByTestId('documents.create.submit').click();
  await page.waitForURL(/\/whiteboards\//);
}

describe('facilitation', () => {
  it('a facilitator runs a session with two participants: timer in sync (after a reload too), a raised hand answered, a reaction seen', async () => {
    const { context: ctxS, page: pageS } = await env.newPage();
    const { context: ctxL, page: pageL } = await env.newPage();
    // Priya joins from a phone whose clock is seven minutes fast: the timer must not care.
    const ctxP = await env.browser.newContext({
      baseURL: env.server.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      await ctxP.clock.install({ time: Date.now() + 7 * 60_000 });
      const pageP = await ctxP.newPage();
      await env.signUpViaApi(ctxS, env.user('Sofie Claes', 'Ghent'));
      await env.signUpViaApi(ctxL, env.user('Trần Thị Lan', 'Huế'));
      await env.signUpViaApi(ctxP, env.user('Priya Shah', 'Tiruppur'));

      // Sofie prepares: a workspace, a SWOT board from a template, the session with its agenda.
      const workspaceUrl = await new WorkspacePages(pageS).createWorkspace(
        'Ghent – Huế – Tiruppur textiles',
        'Ghent, Huế, Tiruppur',
      );
      const workspaceId = new URL(workspaceUrl).pathname.split('/').at(-1) ?? '';
      await join(ctxS, ctxL, workspaceId, 'editor');
      await join(ctxS, ctxP, workspaceId, 'viewer');
      await createBoardFromTemplate(pageS, 'SWOT analysis');
      const board = new WhiteboardPage(pageS);
      await board.shapeList.waitFor({ state: 'attached' });
      await expect
        .poll(() => board.shapeListItems.allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('Strengths')]));
      const { session } = await env.api<{ session: { id: string } }>(
        ctxS,
        'POST',
        `/api/workspaces/${workspaceId}/sessions`,
        {
          title: 'Recycled fibre: Ghent, Huế, Tiruppur',
          start: new Date().toISOString(),
          durationMinutes: 60,
          agenda: [
            { title: 'Recycled fibre in Tiruppur', owner: 'Priya', minutes: 10 },
            { title: 'Action plan', minutes: 15 },
          ],
        },
      );
      const sessionUrl = `/workspaces/${workspaceId}/sessions/${session.id}`;
      const sofie = new SessionFacilitationPage(pageS);
      const lan = new SessionFacilitationPage(pageL);
      const priya = new SessionFacilitationPage(pageP);
      await Promise.all([sofie.open(sessionUrl), lan.open(sessionUrl), priya.open(sessionUrl)]);
      for (const p of [sofie, lan, priya]) expect(await p.timerStatus()).toBe('ready');
      expect(await pageS.getByTestId('session.agenda.now').count()).toBe(1);
      // Only the facilitator has the controls.
      expect(await pageL.getByTestId('timer.controls').count()).toBe(0);
      expect(await pageP.getByTestId('timer.controls').count()).toBe(0);
      expect(await pageS.getByTestId('timer.remaining').textContent()).toBe('10:00');

      // Start: both participants see it running within a second, showing the same time left.
      await pageS.getByTestId('timer.start').click();
      const [seenByLan, seenByPriya] = await Promise.all([
        lan.waitForStatus('running'),
        priya.waitForStatus('running'),
      ]);
      expect(Math.max(seenByLan, seenByPriya)).toBeLessThan(1000);
      await sofie.waitForStatus('running');
      const together = await remainingOn([sofie, lan, priya]);
      console.log(
        `timer start seen by the participants after ${seenByLan} ms and ${seenByPriya} ms; ` +
          `remaining time on the three screens within ${spread(together)} ms`,
      );
      expect(spread(together), JSON.stringify(together)).toBeLessThanOrEqual(1000);
      expect(Math.min(...together)).toBeGreaterThan(9 * 60_000);

      // Lan reloads: the countdown is still right.
      await pageL.reload();
      await lan.waitForStatus('running');
      await expect
        .poll(async () => spread(await remainingOn([sofie, lan])), { timeout: 3000 })
        .toBeLessThanOrEqual(1000);

      // Priya (a viewer, on her phone) raises her hand; Sofie sees it and marks it answered.
      await pageP.getByTestId('hands.raise').click();
      await expect.poll(() => sofie.handNames(), { timeout: 2000 }).toEqual(['Priya Shah']);
      await expect.poll(() => lan.handNames(), { timeout: 2000 }).toEqual(['Priya Shah']);
      await pageS.getByTestId('hands.answered').click();
      for (const p of [pageS, pageL, pageP]) await p.getByTestId('hands.none').waitFor({ timeout: 2000 });
      await pageP.getByTestId('hands.raise').waitFor();

      // Lan reacts; the others see it briefly, and screen readers hear it.
      await lan.react('🎉');
      await expect.poll(() => sofie.reactionEmojis(), { timeout: 2000 }).toContain('🎉');
      await expect.poll(() => priya.reactionEmojis(), { timeout: 2000 }).toContain('🎉');
      expect(await pageS.getByTestId('reactions.announcement').textContent()).toContain('Trần Thị Lan');

      // Pause and the next item reach everyone too.
      await pageS.getByTestId('timer.pause').click();
      await Promise.all([lan.waitForStatus('paused', 2000), priya.waitForStatus('paused', 2000)]);
      expect(spread(await remainingOn([sofie, lan, priya]))).toBeLessThanOrEqual(1000);
      await pageS.getByTestId('timer.next').click();
      await expect
        .poll(() => pageP.getByTestId('timer.remaining').textContent(), { timeout: 2000 })
        .toBe('15:00');
      // The agenda follows the timer panel one render later (an effect), so it is polled too.
      await expect
        .poll(() => pageP.locator('[data-testid="session.agenda.item"][aria-current="step"]').textContent(), {
          timeout: 2000,
        })
        .toContain('Action plan');

      // The page fits a 390 px phone and passes axe, for the facilitator and a participant.
      expect(
        await pageP.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await expect.poll(() => sofie.reactionEmojis(), { timeout: 6000 }).toEqual([]);
      const onFacilitator = await runAxe(pageS);
      expect(onFacilitator, JSON.stringify(onFacilitator, null, 2)).toEqual([]);
      await expect.poll(() => priya.reactionEmojis(), { timeout: 6000 }).toEqual([]);
      const onPhone = await runAxe(pageP);
      expect(onPhone, JSON.stringify(onPhone, null, 2)).toEqual([]);
    } finally {
      await ctxP.close();
    }
  });
});
