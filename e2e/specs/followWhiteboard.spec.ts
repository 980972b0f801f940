import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { LivePages } from '../pages/LivePages.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('following on a whiteboard', () => {
  it('takes the follower to the board and to the leader’s zoom', async () => {
    const { context: ctxF, page: pageF } = await env.newPage();
    const { context: ctxM, page: pageM } = await env.newPage();
    const facilitator = env.user('Sofie Declercq', 'Ghent');
    const member = env.user('Priya Shah', 'Surat');
    await env.signUpViaApi(ctxF, facilitator);
    await env.signUpViaApi(ctxM, member);
    const seeded = await seedWorkspace(env, ctxF, 'Ghent ⇄ Surat board');
    await new WorkspacePages(pageM).acceptInvite(await invitePath(env, ctxF, seeded.workspaceId, 'editor'));
    const { document } = await env.api<{ document: { id: string } }>(
      ctxF,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type: 'whiteboard', title: 'Brainstorm' },
    );
    const boardPath = `/workspaces/${seeded.workspaceId}/whiteboards/${document.id}`;
    const workspaceUrl = `/workspaces/${seeded.workspaceId}`;

    await pageF.goto(workspaceUrl);
    await pageM.goto(workspaceUrl);
    const mem = new LivePages(pageM);
    await expect.poll(() => mem.onlineNames(), { timeout: 15_000 }).toContain(facilitator.displayName);
    await pageM
      .locator(`[data-testid="presence.online.follow"][data-user-name="${facilitator.displayName}"]`)
      .click();
    await expect.poll(() => mem.followBannerState()).toBe('following');

    await pageF.goto(boardPath);
    await expect.poll(() => new URL(pageM.url()).pathname, { timeout: 15_000 }).toBe(boardPath);
    const zoomF = pageF.getByTestId('whiteboard.zoom.reset');
    const zoomM = pageM.getByTestId('whiteboard.zoom.reset');
    await zoomM.waitFor();
    await pageF.getByTestId('whiteboard.zoom.in').click();
    await pageF.getByTestId('whiteboard.zoom.in').click();
    const leaderZoom = (await zoomF.textContent()) ?? '';
    expect(leaderZoom).not.toBe('100%');
    await expect.poll(() => zoomM.textContent(), { timeout: 10_000 }).toBe(leaderZoom);
    expect(await mem.followBannerState()).toBe('following');
  });
});
