import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { AppHeader } from '../pages/AppHeader.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface EmailSettings {
  enabled: boolean;
  preferences: { mentions: string; replies: string; digest: boolean; mutedWorkspaces: string[] };
}

describe('email preferences on the profile', () => {
  it('says email is off, and keeps the choices made with the keyboard at 390 px', async () => {
    const { context, page } = await env.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');

    await page.goto('/workspaces');
    await new AppHeader(page).openProfile();
    // This server has no SMTP_URL.
    await page.getByTestId('email.off').waitFor();
    await page.getByTestId('email.muted').waitFor();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await page.getByTestId('email.mentions.digest').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('email.replies.digest').check();
    await page.getByTestId('email.digest').uncheck();
    await page.getByTestId('email.muted.workspace').check();
    await page.getByTestId('email.save').click();
    await expect.poll(() => page.getByTestId('email.status').textContent()).toContain('Saved.');

    const saved = await env.api<EmailSettings>(context, 'GET', '/api/me/email');
    expect(saved.enabled).toBe(false);
    expect(saved.preferences).toMatchObject({
      mentions: 'digest',
      replies: 'digest',
      digest: false,
      mutedWorkspaces: [seeded.workspaceId],
    });

    // Dutch readers get the page in Dutch.
    await new AppHeader(page).chooseLanguage('nl');
    await expect.poll(() => page.getByTestId('email.save').textContent()).toBe('E-mailvoorkeuren bewaren');

    await page.reload();
    await page.getByTestId('email.section').waitFor();
    expect(await page.getByTestId('email.mentions.digest').isChecked()).toBe(true);
    expect(await page.getByTestId('email.digest').isChecked()).toBe(false);
    // Nothing sticks out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
