import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createE2eEnv, type E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { focusedTestId, waitForHeadingFocus } from '../pages/A11yChecks.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { AppHeader } from '../pages/AppHeader.ts';

let env: E2eEnv;
const extraContexts: BrowserContext[] = [];
beforeAll(async () => {
  env = await createE2eEnv();
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') {
    await env.screenshotAll(ctx.task.name);
    for (const [i, context] of extraContexts.entries())
      for (const page of context.pages())
        await page
          .screenshot({ path: `e2e/artifacts/${ctx.task.name.slice(0, 40)}-zoom-${i}.png`, fullPage: true })
          .catch(() => undefined);
  }
});
afterAll(async () => {
  for (const context of extraContexts) await context.close().catch(() => undefined);
  await env?.close();
});

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await runAxe(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

interface Seeded {
  context: BrowserContext;
  workspaceId: string;
  noteUrl: string;
  planUrl: string;
  boardUrl: string;
}

async function seedAll(): Promise<Seeded> {
  const { context } = await env.newPage();
  await env.signUpViaApi(context, env.user('Sofie Declercq', 'Ghent'));
  const seeded = await seedWorkspace(env, context, 'Ghent – Huế textile exchange');
  const create = async (type: string, title: string) =>
    (
      await env.api<{ document: { id: string } }>(
        context,
        'POST',
        `/api/workspaces/${seeded.workspaceId}/documents`,
        { type, title },
      )
    ).document.id;
  const planId = await create('actionPlan', 'Kế hoạch hành động 2026');
  const boardId = await create('whiteboard', 'Brainstorm: textile waste');
  return {
    context,
    workspaceId: seeded.workspaceId,
    noteUrl: seeded.noteUrl,
    planUrl: `/workspaces/${seeded.workspaceId}/plans/${planId}`,
    boardUrl: `/workspaces/${seeded.workspaceId}/whiteboards/${boardId}`,
  };
}

describe('titles, focus after route changes, and axe on every route', () => {
  it('names each route "document — workspace — Weft" and puts focus on its h1 after navigating', async () => {
    const seeded = await seedAll();
    const page = await seeded.context.newPage();
    const ws = 'Ghent – Huế textile exchange';

    await page.goto('/workspaces');
    await page.getByTestId('workspaces.list').waitFor();
    await expect.poll(() => page.title()).toBe('Workspaces — Weft');
    await expectNoAxeViolations(page, 'workspaces');

    // In-app navigation (a link, not a reload): the new page's heading takes focus.
    await page.getByRole('link', { name: ws }).first().press('Enter');
    expect(await waitForHeadingFocus(page)).toBe(ws);
    await expect.poll(() => page.title()).toBe(`${ws} — Weft`);
    await page.getByTestId('documents.list').waitFor();
    await expectNoAxeViolations(page, 'workspace');

    const routes: [string, string, string][] = [
      ['Field visit notes', 'notes.editor', 'note'],
      ['Kế hoạch hành động 2026', 'plan.table', 'plan'],
      ['Brainstorm: textile waste', 'whiteboard.canvas', 'whiteboard'],
    ];
    for (const [title, ready, where] of routes) {
      await page.getByRole('link', { name: title }).press('Enter');
      expect(await waitForHeadingFocus(page)).toBe(title);
      await expect.poll(() => page.title()).toBe(`${title} — ${ws} — Weft`);
      await page.getByTestId(ready).waitFor();
      await expectNoAxeViolations(page, where);
      // Back to the workspace through its link: focus lands on the workspace's h1 again.
      await page.getByRole('link', { name: /←/ }).first().press('Enter');
      expect(await waitForHeadingFocus(page)).toBe(ws);
    }

    // Translated: the page part of a title follows the language.
    await page.getByTestId('app.language').selectOption('nl');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
    await page.goto('/workspaces');
    await expect.poll(() => page.title()).toBe('Werkruimtes — Weft');
    await page.getByTestId('app.language').selectOption('vi');
    await expect.poll(() => page.title()).toBe('Không gian làm việc — Weft');
    await page.getByTestId('app.language').selectOption('en');
  });

  it('gives focus back on Escape: Export menu, delete-item question, rename, inbox', async () => {
    const seeded = await seedAll();
    const page = await seeded.context.newPage();
    const plan = new ActionPlanPage(page);
    await plan.open(seeded.planUrl);
    await plan.addItem('activity', 'Denim sorting visit in Ghent');

    // The Export menu takes focus and Escape returns it to its button.
    const toggle = page.getByTestId('plan.export.toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('plan.export.pdf');
    await page.keyboard.press('Escape');
    expect(await focusedTestId(page)).toBe('plan.export.toggle');
    expect(await page.getByTestId('plan.export').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);

    // The delete question is an alertdialog that takes focus; Escape gives it back.
    await page
      .getByTestId('plan.item')
      .first()
      .getByRole('button', { name: /Open details/ })
      .press('Enter');
    await page.getByTestId('plan.detail.delete').press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('plan.detail.cancelDelete');
    expect(await page.getByRole('alertdialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page)).toBe('plan.detail.delete');

    // Renaming: Escape returns to the Rename button.
    await page.getByTestId('plan.title.edit').press('Enter');
    await page.getByTestId('plan.title.input').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page)).toBe('plan.title.edit');

    // The inbox takes focus when opened and gives it back on Escape.
    await page.getByTestId('inbox.badge').press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('inbox.popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page)).toBe('inbox.badge');
  });
});

/** Titles, status names and headers of the plan table in a context of the given size. */
async function planLayout(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect();
    const canvas = document.createElement('canvas').getContext('2d');
    const textWidth = (el: HTMLElement, text: string) => {
      if (!canvas) return 0;
      canvas.font = getComputedStyle(el).font;
      return canvas.measureText(text).width;
    };
    const titles = [...document.querySelectorAll<HTMLElement>('[data-testid="plan.item.title"]')].map(
      (el) => {
        const box = rect(el);
        const wrap = el.closest('.plan-table-wrap');
        const visible = wrap ? rect(wrap) : box;
        return {
          width: box.width,
          // On screen within the table's scrolling area without scrolling it.
          inView: box.left >= visible.left - 1 && box.right <= visible.right + 1,
        };
      },
    );
    const statuses = [
      ...document.querySelectorAll<HTMLSelectElement>('select[data-testid="plan.item.status"]'),
    ].map((el) => ({
      longest: Math.max(...[...el.options].map((o) => textWidth(el, o.text))),
      // The select's room for text: its width less padding and the arrow (about 20 px).
      room: el.clientWidth - 20 - Number.parseFloat(getComputedStyle(el).paddingLeft),
    }));
    const headers = [...document.querySelectorAll<HTMLElement>('.plan-table thead th')]
      .filter((th) => getComputedStyle(th).display !== 'none')
      .map((th) => ({ text: th.textContent?.trim() ?? '', left: rect(th).left, right: rect(th).right }));
    return {
      titles,
      statuses,
      headers,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

describe('the action plan at 200 % zoom and at 320 px', () => {
  // Chromium's zoom at 200 % halves the CSS viewport and doubles devicePixelRatio; a context with
  // that viewport and deviceScaleFactor 2 lays out exactly like a 1280 × 860 window zoomed to 200 %.
  it.each([
    ['200 % zoom of a 1280 × 860 window', { width: 640, height: 430 }, 2],
    ['a 320 px wide screen', { width: 320, height: 640 }, 1],
  ])('keeps titles and status names whole at %s', async (_name, viewport, deviceScaleFactor) => {
    const seeded = await seedAll();
    const setup = new ActionPlanPage(await seeded.context.newPage());
    await setup.open(seeded.planUrl);
    await setup.addItem('activity', 'Denim sorting visit in Ghent');
    await setup.addItem('activity', 'Thí điểm thu gom quần áo cũ ở Huế');
    await setup.waitForState('saved');

    const context = await env.browser.newContext({ baseURL: env.server.url, viewport, deviceScaleFactor });
    extraContexts.push(context);
    await context.addCookies(await seeded.context.cookies());
    const page = await context.newPage();
    const plan = new ActionPlanPage(page);
    await plan.open(seeded.planUrl);
    await expect.poll(async () => (await plan.titles('activity')).length).toBe(2);
    for (const language of ['en', 'vi'] as const) {
      await new AppHeader(page).chooseLanguage(language);
      const layout = await planLayout(page);
      expect(layout.titles).toHaveLength(2);
      for (const title of layout.titles) {
        expect(title.width, language).toBeGreaterThanOrEqual(150);
        expect(title.inView, language).toBe(true);
      }
      for (const status of layout.statuses)
        expect(status.room, language).toBeGreaterThanOrEqual(status.longest);
      // Header cells never overlap ("TITLE" printed over "STATUS").
      for (let i = 1; i < layout.headers.length; i++)
        expect(layout.headers[i]?.left ?? 0).toBeGreaterThanOrEqual((layout.headers[i - 1]?.right ?? 0) - 1);
      // The first header is a header ("Order"), not an instruction.
      expect(layout.headers[0]?.text).not.toMatch(/drag|press|kéo|nhấn/i);
      // The table scrolls inside its own box; the page itself does not scroll sideways.
      expect(layout.pageOverflow, language).toBeLessThanOrEqual(0);
    }
    await new AppHeader(page).chooseLanguage('en');
    // The Export menu opens inside the screen, whichever side of the toolbar its button is on.
    await page.getByTestId('plan.export.toggle').click();
    const panel = await page.locator('[data-testid="plan.export"] .plan-menu__panel').boundingBox();
    expect(panel).not.toBeNull();
    expect(panel?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
    await page.keyboard.press('Escape');
    // The workspace page and its top bar reflow too.
    await page.goto(`/workspaces/${seeded.workspaceId}`);
    await page.getByTestId('documents.list').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});

describe('forms fit their box', () => {
  it.each([
    ['1280 px', { width: 1280, height: 800 }],
    ['390 px', { width: 390, height: 844 }],
  ])('keeps every sign-up field inside the form at %s', async (_name, viewport) => {
    const context = await env.browser.newContext({ baseURL: env.server.url, viewport });
    extraContexts.push(context);
    const page = await context.newPage();
    await page.goto('/signup');
    await page.getByTestId('auth.organisation').waitFor();
    const overflow = await page.evaluate(() => {
      const form = document.querySelector('form');
      if (!form) return ['no form'];
      const box = form.getBoundingClientRect();
      return [...form.querySelectorAll('input')]
        .filter((input) => input.getBoundingClientRect().right > box.right + 0.5)
        .map((input) => `${input.name}: ${input.getBoundingClientRect().right - box.right}px`);
    });
    expect(overflow).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });
});
