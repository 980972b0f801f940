import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('a sticky turned into an item of a plan being signed', () => {
  it('says the signatures would be voided and adds nothing until that is confirmed', async () => {
    const { context, page } = await env.newPage();
    const sofie = env.user('Sofie Declercq', 'Ghent');
    await env.signUpViaApi(context, sofie);
    const { workspace } = await env.api<{ workspace: { id: string } }>(context, 'POST', '/api/workspaces', {
      title: 'Ghent – Huế textile exchange',
      cities: ['Ghent', 'Huế'],
    });
    const create = (type: string, title: string) =>
      env.api<{ document: { id: string } }>(context, 'POST', `/api/workspaces/${workspace.id}/documents`, {
        type,
        title,
      });
    const plan = (await create('actionPlan', 'Kế hoạch 2026')).document;
    const board = (await create('whiteboard', 'Brainstorm')).document;
    await env.api(context, 'POST', `/api/documents/${plan.id}/signoff/propose`, {});

    const a = new WhiteboardPage(page);
    await a.open(`/workspaces/${workspace.id}/whiteboards/${board.id}`);
    const sticky = await a.addSticky({ x: 320, y: 320 }, 'Thu gom vải vụn');
    await a.waitForState('saved');
    await a.contextMenu(sticky);
    await page.getByTestId('whiteboard.context.actionItem').click();
    const warning = page.getByTestId('whiteboard.actionItem.reopens');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('proposed for signing');
    const submit = page.getByTestId('whiteboard.actionItem.submit');
    expect(await submit.isDisabled()).toBe(true);

    await page.getByTestId('whiteboard.actionItem.editAnyway').check();
    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    await page.getByTestId('whiteboard.actionItem.done').waitFor({ timeout: 30_000 });
    // The item changed the plan's content, so the proposal fell back to draft.
    await expect
      .poll(
        async () =>
          (await env.api<{ status: string }>(context, 'GET', `/api/documents/${plan.id}/signoff`)).status,
      )
      .toBe('draft');
  });
});
