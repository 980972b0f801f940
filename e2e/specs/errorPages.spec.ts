import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const MISSING_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('errors that help', () => {
  it('sends a document opened under the wrong editor or workspace to its own route', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');
    const other = await seedWorkspace(env, context, 'Ghent – Surat exchange');

    // A note's id under /plans/ never opens the plan editor on it.
    await page.goto(`/workspaces/${seeded.workspaceId}/plans/${seeded.noteId}`);
    await page.waitForURL(`**${seeded.noteUrl}`);
    await page.getByTestId('notes.editor').waitFor();
    expect(await page.getByTestId('plan.table').count()).toBe(0);

    // The same note under another of the user's workspaces goes to its own workspace.
    await page.goto(`/workspaces/${other.workspaceId}/whiteboards/${seeded.noteId}`);
    await page.waitForURL(`**${seeded.noteUrl}`);
    await page.getByTestId('notes.editor').waitFor();
  });

  it('says what happened and links back for a missing document, a missing workspace and an outsider', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');

    await page.goto(`/workspaces/${seeded.workspaceId}/notes/${MISSING_ID}`);
    const unavailable = page.getByTestId('app.unavailable');
    await expect
      .poll(() => unavailable.getByRole('heading').textContent())
      .toBe('This document does not exist');
    expect(await runAxe(page), 'missing document page').toEqual([]);
    await page.getByTestId('app.unavailable.workspace').click();
    await page.getByTestId('documents.list').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/workspaces/${seeded.workspaceId}`);

    await page.goto(`/workspaces/${MISSING_ID}`);
    await expect
      .poll(() => unavailable.getByRole('heading').textContent())
      .toBe('This workspace does not exist');
    await page.getByTestId('app.unavailable.workspaces').click();
    await page.getByTestId('workspaces.list').waitFor();

    // Someone who is not a member learns that, and whom to ask.
    const outsider = await env.newPage();
    await env.signUpViaApi(outsider.context, env.user('Priya Shah', 'Surat'));
    await outsider.page.goto(seeded.noteUrl);
    const outsiderView = outsider.page.getByTestId('app.unavailable');
    await outsiderView.waitFor();
    expect(await outsiderView.textContent()).toContain('You cannot open this document');
    expect(await outsiderView.textContent()).toContain('Ask a facilitator');
    expect(await runAxe(outsider.page), 'forbidden document page').toEqual([]);
    expect(await outsider.page.getByTestId('notes.editor').count()).toBe(0);
  });

  it('tells someone signing up with a used email to log in instead', async () => {
    const { context, page } = await env.newPage();
    const user = env.user('Lan Nguyễn', 'Huế');
    await env.signUpViaApi(context, user);
    await context.clearCookies();
    await page.goto('/signup');
    await page.getByTestId('auth.displayName').fill(user.displayName);
    await page.getByTestId('auth.email').fill(user.email);
    await page.getByTestId('auth.password').fill('another long passphrase 42');
    await page.getByTestId('auth.submit').click();
    const error = page.getByTestId('auth.error');
    await expect.poll(() => error.textContent()).toContain('An account with this email already exists');
    await error.getByRole('link').click();
    await page.waitForURL('**/login**');
  });

  it('says why an emptied title was not saved', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');
    await page.goto(seeded.noteUrl);
    await page.getByTestId('notes.title.edit').click();
    await page.getByTestId('notes.title.input').fill('   ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('notes.title.error').textContent()).toContain('cannot be empty');
    expect(await page.getByTestId('notes.title').textContent()).toBe('Field visit notes');
  });
});
