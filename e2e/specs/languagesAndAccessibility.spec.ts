import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { NotePage } from '../pages/NotePage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function chooseLanguage(page: Page, language: 'en' | 'nl' | 'vi'): Promise<void> {
  await page.getByTestId('app.language').selectOption(language);
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
}

describe('journey 4: languages and accessibility', () => {
  it('remembers the language before login and passes axe on the sign-in pages', async () => {
    const { page } = await env.newPage();
    await page.goto('/login');
    await chooseLanguage(page, 'nl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welkom terug');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await page.getByTestId('auth.submit').textContent()).toBe('Inloggen');
    await expectNoSeriousViolations(page, 'login (nl)');

    await page.goto('/signup');
    await chooseLanguage(page, 'vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tạo tài khoản');
    await expectNoSeriousViolations(page, 'signup (vi)');
  });

  it('switches the signed-in UI to Vietnamese and Dutch, keeps the choice per user, and passes axe', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Hoàng Minh Châu', 'Huế'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');
    await invitePath(env, context, seeded.workspaceId, 'editor');

    await page.goto('/workspaces');
    await page.getByTestId('workspaces.list').waitFor();
    await chooseLanguage(page, 'vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không gian làm việc');
    // Remembered on the account, not only in this browser.
    await expect
      .poll(
        async () => (await env.api<{ user: { language: string } }>(context, 'GET', '/api/me')).user.language,
      )
      .toBe('vi');
    await expectNoSeriousViolations(page, 'workspaces (vi)');

    await page.goto(`/workspaces/${seeded.workspaceId}`);
    await page.getByTestId('documents.list').waitFor();
    expect(await page.getByTestId('workspace.invite.create').textContent()).toBe('Tạo liên kết');
    await expectNoSeriousViolations(page, 'workspace (vi)');

    const note = new NotePage(page);
    await note.open(seeded.noteUrl);
    await note.waitForState('saved');
    expect(await note.status.textContent()).toContain('Đã lưu mọi thay đổi');
    await expectNoSeriousViolations(page, 'note (vi)');

    await chooseLanguage(page, 'nl');
    expect(await note.status.textContent()).toContain('Alle wijzigingen opgeslagen');
    expect(await page.getByTestId('notes.toolbar.bold').getAttribute('aria-label')).toBe('Vet');
    await expectNoSeriousViolations(page, 'note (nl)');

    // A fresh browser of the same user starts in their language.
    const { context: other, page: otherPage } = await env.newPage();
    const cookies = await context.cookies();
    await other.addCookies(cookies);
    await otherPage.goto('/workspaces');
    await otherPage.waitForFunction(() => document.documentElement.lang === 'nl');
    expect(await otherPage.getByRole('heading', { level: 1 }).textContent()).toBe('Werkruimtes');

    await page.goto(`/workspaces/${seeded.workspaceId}`);
    await page.getByTestId('documents.list').waitFor();
    await expectNoSeriousViolations(page, 'workspace (nl)');
  });

  it('shows an invite page a newcomer can use, and keyboard focus reaches every control', async () => {
    const { context: owner } = await env.newPage();
    await env.signUpViaApi(owner, env.user('Els Martens', 'Ghent'));
    const seeded = await seedWorkspace(env, owner, 'Keyboard first');
    const link = await invitePath(env, owner, seeded.workspaceId, 'commenter');

    const { page } = await env.newPage();
    await page.goto(link);
    await page.getByTestId('invite.signup').waitFor();
    await expectNoSeriousViolations(page, 'invite (en)');
    // Tab walks from the skip link through the header to the invite actions.
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(focused).toEqual(expect.arrayContaining(['app.language', 'invite.signup', 'invite.login']));
  });
});
