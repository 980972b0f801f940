import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function phoneContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await env.browser.newContext({ baseURL: env.server.url, ...PHONE });
  contexts.push(context);
  return { context, page: await context.newPage() };
}

/** What a phone user would hit: sideways scrolling, and controls that stick out of the screen. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 0) problems.push(`page scrolls sideways by ${overflow}px`);
    for (const el of document.querySelectorAll<HTMLElement>('header a, header button, h1')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (box.left < -0.5 || box.right > window.innerWidth + 0.5)
        problems.push(`${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" is off-screen`);
    }
    return problems;
  });
}

describe('on a phone (390 × 844, touch)', () => {
  it('every route fits the screen with no sideways scrolling', async () => {
    const { context, page } = await phoneContext();
    await env.signUpViaApi(context, env.user('Priya Shah', 'Surat'));
    const seeded = await seedWorkspace(env, context, 'Ghent – Huế – Surat: garment value chains');
    const base = `/workspaces/${seeded.workspaceId}`;
    const create = (type: string, title: string) =>
      env.api<{ document: { id: string } }>(
        context,
        'POST',
        `/api/workspaces/${seeded.workspaceId}/documents`,
        {
          type,
          title,
        },
      );
    const plan = await create('actionPlan', 'Kế hoạch hành động 2027');
    const board = await create('whiteboard', 'Vấn đề: nước thải nhuộm');
    const start = new Date(Date.now() + 86_400_000).toISOString();
    const { session } = await env.api<{ session: { id: string } }>(
      context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/sessions`,
      { title: 'Phiên 3: sợi tái chế', start, durationMinutes: 60, documentIds: [seeded.noteId] },
    );
    const invite = await invitePath(env, context, seeded.workspaceId, 'editor');

    const routes: [name: string, path: string, ready: string][] = [
      ['workspaces', '/workspaces', '[data-testid="workspaces.list"]'],
      ['workspace', base, '[data-testid="documents.list"]'],
      ['note', seeded.noteUrl, '[data-testid="notes.editor"]'],
      ['plan', `${base}/plans/${plan.document.id}`, '[data-testid="plan.table"]'],
      ['board', `${base}/whiteboards/${board.document.id}`, 'canvas'],
      ['session', `${base}/sessions/${session.id}`, 'h1'],
      ['not found', '/no/such/page', 'h1'],
    ];
    const problems: string[] = [];
    for (const [name, path, ready] of routes) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      // Late layout (fonts, lazy panels) settles within a frame or two.
      await page.waitForTimeout(300);
      for (const p of await layoutProblems(page)) problems.push(`${name}: ${p}`);
    }
    // Log out stays reachable on a phone.
    await page.goto('/workspaces');
    await page.getByTestId('workspaces.list').waitFor();
    await page.getByTestId('app.logout').waitFor({ state: 'visible' });

    // Signed out: sign-in, sign-up and the invite page.
    const signedOut = await phoneContext();
    for (const [name, path] of [
      ['login', '/login'],
      ['signup', '/signup'],
      ['invite', invite],
    ] as const) {
      await signedOut.page.goto(path);
      await signedOut.page.locator('h1').first().waitFor();
      await signedOut.page.waitForTimeout(300);
      for (const p of await layoutProblems(signedOut.page)) problems.push(`${name}: ${p}`);
    }
    expect(problems).toEqual([]);
  });
});
