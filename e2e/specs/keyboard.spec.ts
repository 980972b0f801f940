import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { countPointerEvents, focusedTestId, tabTo, waitForHeadingFocus } from '../pages/A11yChecks.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const WORKSPACE = 'Ghent – Huế textile exchange';

describe('a keyboard-only journey (no mouse or pointer event at all)', () => {
  it('signs in, writes and comments a note, sets a plan status, exports, adds and moves a sticky', async () => {
    // Someone else prepares the workspace; they watch the board with test hooks in a second browser.
    const { context: host } = await env.newPage();
    await env.signUpViaApi(host, env.user('Sofie Declercq', 'Ghent'));
    const { workspace } = await env.api<{ workspace: { id: string } }>(host, 'POST', '/api/workspaces', {
      title: WORKSPACE,
      cities: ['Ghent', 'Huế'],
    });
    const create = async (type: string, title: string) =>
      (
        await env.api<{ document: { id: string } }>(
          host,
          'POST',
          `/api/workspaces/${workspace.id}/documents`,
          {
            type,
            title,
          },
        )
      ).document.id;
    await create('actionPlan', 'Action plan 2026');
    const boardId = await create('whiteboard', 'Brainstorm');
    const { url: inviteUrl } = await env.api<{ url: string }>(
      host,
      'POST',
      `/api/workspaces/${workspace.id}/invites`,
      { role: 'editor' },
    );
    const lan = env.user('Nguyễn Thị Lan', 'Huế');
    const { context: lanApi } = await env.newPage();
    await env.signUpViaApi(lanApi, lan);
    await env.api(
      lanApi,
      'POST',
      `/api${new URL(inviteUrl).pathname.replace('/invite/', '/invites/')}/accept`,
    );
    const watcher = new WhiteboardPage(await host.newPage());
    await watcher.open(`/workspaces/${workspace.id}/whiteboards/${boardId}`);

    // Lan's own browser, used with the keyboard only.
    const { context, page } = await env.newPage();
    const pointerEvents = await countPointerEvents(page);
    await page.goto('/login');
    await tabTo(page, 'auth.email');
    await page.keyboard.type(lan.email);
    await tabTo(page, 'auth.password');
    await page.keyboard.type(lan.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('app.user').waitFor();
    await page.getByTestId('workspaces.list').waitFor();

    await tabTo(page, `a[href="/workspaces/${workspace.id}"]`);
    await page.keyboard.press('Enter');
    expect(await waitForHeadingFocus(page)).toBe(WORKSPACE);

    // A new note: create it, write in it, comment on a passage.
    await tabTo(page, 'documents.create.title');
    await page.keyboard.type('Kick-off notes');
    await tabTo(page, 'documents.create.submit');
    await page.keyboard.press('Enter');
    expect(await waitForHeadingFocus(page)).toBe('Kick-off notes');
    await tabTo(page, 'notes.editor');
    await page.keyboard.type('Visit the denim sorting hub');
    await page.keyboard.press('Shift+Home');
    // ProseMirror takes the new selection from the browser's next selectionchange; leaving the
    // editor before that event ran would leave its selection empty.
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => done(true))));
    await tabTo(page, 'notes.toolbar.comment', { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('comments.new.body');
    await page.keyboard.type('Who books the bus?');
    await page.keyboard.press('Control+Enter');
    // One thread (a queued copy may show for a moment until the server's answer replaces it).
    await expect.poll(() => page.getByTestId('comments.thread').count()).toBe(1);
    // Sending hands focus to the new thread, not to the page.
    await expect.poll(() => focusedTestId(page)).toBe('comments.thread.quote');

    // The plan: add an activity, give it a status, export the plan.
    await tabTo(page, 'notes.back', { backwards: true });
    await page.keyboard.press('Enter');
    await waitForHeadingFocus(page);
    await tabTo(page, 'a[href*="/plans/"]');
    await page.keyboard.press('Enter');
    expect(await waitForHeadingFocus(page)).toBe('Action plan 2026');
    await tabTo(page, '[data-testid="plan.item.add"][data-level="activity"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('plan.item.title');
    await page.keyboard.type('Denim sorting visit');
    await tabTo(page, 'plan.item.status');
    // Type-ahead on a closed select picks the option, as screen reader users do.
    await page.keyboard.type('in');
    await expect.poll(() => page.getByTestId('plan.item.status').inputValue()).toBe('in_progress');
    await tabTo(page, 'plan.export.toggle', { backwards: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('plan.export.pdf');
    await tabTo(page, 'plan.export.md');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    await expect.poll(() => focusedTestId(page)).toBe('plan.export.toggle');

    // The board: a sticky in the middle of the view, written and moved with keys.
    await tabTo(page, 'plan.back', { backwards: true });
    await page.keyboard.press('Enter');
    await waitForHeadingFocus(page);
    await tabTo(page, 'a[href*="/whiteboards/"]');
    await page.keyboard.press('Enter');
    expect(await waitForHeadingFocus(page)).toBe('Brainstorm');
    await tabTo(page, 'whiteboard.canvas');
    await page.keyboard.press('s');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('whiteboard.text-editor');
    await page.keyboard.type('Take-back boxes in shops');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page)).toBe('whiteboard.canvas');
    await expect
      .poll(async () => (await watcher.shapes()).map((s) => s.text))
      .toEqual(['Take-back boxes in shops']);
    const [placed] = await watcher.shapes();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(async () => (await watcher.shapes())[0])
      .toMatchObject({ x: (placed?.x ?? 0) + 10, y: (placed?.y ?? 0) + 50 });

    expect(await pointerEvents()).toBe(0);
    await context.close();
  });
});
