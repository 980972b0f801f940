import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { focusedTestId } from '../pages/A11yChecks.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

/** Fills the new-document form with a template and submits it; returns the editor's URL. */
async function createFromTemplate(page: Page, type: string, templateTitle: string): Promise<string> {
  await page.getByTestId('documents.create.type').selectOption(type);
  const picker = page.getByTestId('documents.create.template');
  await expect.poll(() => picker.locator('option').allTextContents()).toContain(templateTitle);
  await picker.selectOption({ label: templateTitle });
  await page.getByTestId('documents.create.submit').click();
  await page.waitForURL(/\/(notes|plans|whiteboards)\//);
  return page.url();
}

describe('templates', () => {
  it('a facilitator creates a SWOT board and session minutes from templates, and saves a board as a template', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
    await page.goto('/workspaces');
    const workspaceUrl = await new WorkspacePages(page).createWorkspace(
      'Ghent – Huế textile exchange',
      'Ghent, Huế',
    );

    // Blank stays the default.
    await expect.poll(() => page.getByTestId('documents.create.template').inputValue()).toBe('');
    await createFromTemplate(page, 'whiteboard', 'SWOT analysis');
    const board = new WhiteboardPage(page);
    await board.shapeList.waitFor({ state: 'attached' });
    await expect
      .poll(() => board.shapeListItems.allTextContents())
      .toEqual(
        expect.arrayContaining(
          ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'].map((q) => expect.stringContaining(q)),
        ),
      );
    await expect.poll(async () => (await board.shapeListItems.allTextContents()).length).toBe(5);

    // Save this board as a workspace template; the form loads on demand.
    await page.getByTestId('templates.saveAs').click();
    await page.getByTestId('templates.saveAs.title').fill('Our SWOT');
    await page.getByTestId('templates.saveAs.title').press('Enter');
    await expect.poll(() => page.getByTestId('templates.saveAs.status').textContent()).toContain('Our SWOT');
    // Escape closes the form and gives focus back to the button that opened it.
    await page.getByTestId('templates.saveAs.title').press('Escape');
    await expect.poll(() => page.getByTestId('templates.saveAs.form').count()).toBe(0);
    expect(await focusedTestId(page)).toBe('templates.saveAs');

    await page.goto(workspaceUrl);
    await createFromTemplate(page, 'note', 'Session minutes');
    const note = new NotePage(page);
    await note.editor.waitFor();
    await expect
      .poll(() => note.editor.locator('h1, h2').allTextContents())
      .toEqual([
        'Session minutes',
        'Attendees',
        'Agenda',
        'Discussion',
        'Decisions',
        'Action points',
        'Next session',
      ]);

    // The saved template is offered for new whiteboards and starts them with its content.
    await page.goto(workspaceUrl);
    await createFromTemplate(page, 'whiteboard', 'Our SWOT');
    await expect
      .poll(() => board.shapeListItems.allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Threats')]));
  });

  it('offers built-ins in another language, and the form fits a 390 px phone', async () => {
    const context = await env.browser.newContext({
      baseURL: env.server.url,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      await env.signUpViaApi(context, env.user('Nguyễn Thị Lan', 'Huế'));
      await page.goto('/workspaces');
      await new WorkspacePages(page).createWorkspace('Huế – Ghent', 'Huế, Ghent');
      await page.getByTestId('documents.create.type').selectOption('whiteboard');
      const picker = page.getByTestId('documents.create.template');
      await expect.poll(() => picker.locator('option').allTextContents()).toContain('Problem tree');
      await picker.selectOption({ label: 'Problem tree' });
      await page.getByTestId('documents.create.templateLanguage').selectOption('vi');
      await expect.poll(() => picker.locator('option').allTextContents()).toContain('Cây vấn đề');
      expect(await picker.inputValue()).toBe('builtin:problemTree');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(await runAxe(page), 'workspace page with a template chosen').toEqual([]);
      await page.getByTestId('documents.create.submit').click();
      await page.waitForURL(/\/whiteboards\//);
      const board = new WhiteboardPage(page);
      await expect
        .poll(() => board.shapeListItems.allTextContents())
        .toEqual(expect.arrayContaining([expect.stringContaining('Vấn đề cốt lõi')]));
    } finally {
      await context.close();
    }
  });
});
