import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { invitePath, type SeededWorkspace, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { AppHeader } from '../pages/AppHeader.ts';
import { CommentsPanel } from '../pages/CommentsPanel.ts';
import { HistoryPanel } from '../pages/HistoryPanel.ts';
import { type BoardPoint, WhiteboardPage } from '../pages/WhiteboardPage.ts';

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

interface PhoneWorkspace extends SeededWorkspace {
  context: BrowserContext;
  page: Page;
  base: string;
  planUrl: string;
  boardUrl: string;
  sessionUrl: string;
}

/** Priya on her phone, with a workspace holding a note, a plan, a board and a session. */
async function phoneWorkspace(title: string): Promise<PhoneWorkspace> {
  const { context, page } = await phoneContext();
  await env.signUpViaApi(context, env.user('Priya Shah', 'Surat'));
  const seeded = await seedWorkspace(env, context, title);
  const base = `/workspaces/${seeded.workspaceId}`;
  const create = async (type: string, docTitle: string) => {
    const { document } = await env.api<{ document: { id: string } }>(
      context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type, title: docTitle },
    );
    return document.id;
  };
  const planUrl = `${base}/plans/${await create('actionPlan', 'Kế hoạch hành động 2027')}`;
  const boardUrl = `${base}/whiteboards/${await create('whiteboard', 'Vấn đề: nước thải nhuộm')}`;
  const start = new Date(Date.now() + 86_400_000).toISOString();
  const { session } = await env.api<{ session: { id: string } }>(
    context,
    'POST',
    `/api/workspaces/${seeded.workspaceId}/sessions`,
    { title: 'Phiên 3: sợi tái chế', start, durationMinutes: 60, documentIds: [seeded.noteId] },
  );
  return { ...seeded, context, page, base, planUrl, boardUrl, sessionUrl: `${base}/sessions/${session.id}` };
}

/** What a phone user would hit: sideways scrolling, and controls that stick out of the screen. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    const overflow = scroller.scrollWidth - window.innerWidth;
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

async function settle(page: Page): Promise<void> {
  // Late layout (fonts, lazy panels) settles within a frame or two.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForTimeout(250);
}

/** Two fingers on the page (CSS px): down at `from`, moved in steps to `to`, lifted. */
async function pinch(cdp: CDPSession, from: [BoardPoint, BoardPoint], to: [BoardPoint, BoardPoint]) {
  const points = (pair: [BoardPoint, BoardPoint]) => pair.map((p, id) => ({ x: p.x, y: p.y, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    const at = (k: 0 | 1) => ({
      x: from[k].x + ((to[k].x - from[k].x) * i) / steps,
      y: from[k].y + ((to[k].y - from[k].y) * i) / steps,
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points([at(0), at(1)]) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** One finger from `from` to `to` (CSS px). */
async function swipe(cdp: CDPSession, from: BoardPoint, to: BoardPoint) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 0 }] });
  for (let i = 1; i <= 6; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ ...p, id: 0 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('on a phone (390 × 844, touch)', () => {
  it('every route fits the screen with no sideways scrolling', async () => {
    const ws = await phoneWorkspace('Ghent – Huế – Surat: garment value chains');
    const { page } = ws;
    const outsider = await phoneContext();
    await env.signUpViaApi(outsider.context, env.user('Rahul Verma', 'Pune'));
    const invite = await invitePath(env, ws.context, ws.workspaceId, 'editor');

    const routes: [name: string, path: string, ready: string][] = [
      ['workspaces', '/workspaces', '[data-testid="workspaces.list"]'],
      ['workspace', ws.base, '[data-testid="documents.list"]'],
      ['note', ws.noteUrl, '[data-testid="notes.editor"]'],
      ['plan', ws.planUrl, '[data-testid="plan.table"]'],
      ['board', ws.boardUrl, 'canvas'],
      ['session', ws.sessionUrl, 'h1'],
      ['profile', '/profile', '[data-testid="profile.displayName"]'],
      ['not found', '/no/such/page', 'h1'],
      ['missing document', `${ws.base}/notes/AAAAAAAAAAAAAAAAAAAAAA`, '[data-testid="app.unavailable"] h1'],
    ];
    const problems: string[] = [];
    for (const [name, path, ready] of routes) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await settle(page);
      for (const p of await layoutProblems(page)) problems.push(`${name}: ${p}`);
    }

    // Open panels: version history and the comments sheet on the note.
    await page.goto(ws.noteUrl);
    await page.getByTestId('notes.editor').waitFor();
    await new HistoryPanel(page).open();
    await settle(page);
    for (const p of await layoutProblems(page)) problems.push(`history: ${p}`);
    await page.goto(ws.noteUrl);
    await new CommentsPanel(page).open();
    await settle(page);
    for (const p of await layoutProblems(page)) problems.push(`comments: ${p}`);

    // Another workspace's document, seen by someone who is not a member.
    await outsider.page.goto(ws.noteUrl);
    await outsider.page.getByTestId('app.unavailable').waitFor();
    await settle(outsider.page);
    for (const p of await layoutProblems(outsider.page)) problems.push(`forbidden: ${p}`);

    // Signed out: sign-in, sign-up and the invite page.
    const signedOut = await phoneContext();
    for (const [name, path] of [
      ['login', '/login'],
      ['signup', '/signup'],
      ['invite', invite],
    ] as const) {
      await signedOut.page.goto(path);
      await signedOut.page.locator('h1').first().waitFor();
      await settle(signedOut.page);
      for (const p of await layoutProblems(signedOut.page)) problems.push(`${name}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('folds the header into a menu that works by keyboard, and passes axe', async () => {
    const ws = await phoneWorkspace('Ghent – Surat: dyeing');
    const { page } = ws;
    await page.goto(ws.base);
    await page.getByTestId('documents.list').waitFor();
    // Logo, where one is, and the menu button; the rest waits in the menu.
    await expect.poll(() => page.getByTestId('app.place').textContent()).toBe('Ghent – Surat: dyeing');
    expect(await page.getByTestId('app.logout').isVisible()).toBe(false);
    const menu = page.getByTestId('app.menu');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('app.logout').waitFor({ state: 'visible' });
    expect(await page.getByTestId('app.menu.panel').getAttribute('id')).toBe(
      await menu.getAttribute('aria-controls'),
    );
    // The menu's controls come next in the tab order, each on screen and a finger wide.
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(reached).toEqual(
      expect.arrayContaining(['app.language', 'inbox.badge', 'app.user', 'app.logout']),
    );
    for (const id of ['app.language', 'inbox.badge', 'app.user', 'app.logout']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box?.height ?? 0, id).toBeGreaterThanOrEqual(40);
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, id).toBe(true);
    }
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // The inbox opens inside the menu: Escape closes the inbox first, then the menu.
    await page.getByTestId('inbox.badge').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('inbox.popover').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('inbox.popover').waitFor({ state: 'detached' });
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'inbox.badge',
    );

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('app.logout').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('app.menu');

    // A language picked in the menu applies at once; a link in the menu closes it.
    await new AppHeader(page).chooseLanguage('hi');
    await new AppHeader(page).openProfile();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('profile.displayName').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    const onProfile = await runAxe(page);
    expect(onProfile, JSON.stringify(onProfile, null, 2)).toEqual([]);
  });

  it('shows the plan as cards with every label whole, in Vietnamese and Hindi', async () => {
    const ws = await phoneWorkspace('Huế – Ghent: thu gom vải');
    const { page } = ws;
    const plan = new ActionPlanPage(page);
    await plan.open(ws.planUrl);
    await new AppHeader(page).chooseLanguage('vi');
    await plan.addItem('activity', 'Thí điểm thu gom quần áo cũ ở Huế');
    const second = await plan.addItem('activity', 'Denim sorting visit in Ghent');
    await plan.itemById(second).getByTestId('plan.item.status').selectOption('planned');
    await plan.waitForState('saved');

    for (const language of ['vi', 'hi'] as const) {
      await new AppHeader(page).chooseLanguage(language);
      await settle(page);
      const cards = await page.evaluate(() => {
        const cut = (el: HTMLElement) => el.scrollWidth > el.clientWidth + 1;
        const canvas = document.createElement('canvas').getContext('2d');
        const textWidth = (el: HTMLElement, text: string) => {
          if (!canvas) return 0;
          canvas.font = getComputedStyle(el).font;
          return canvas.measureText(text).width;
        };
        return [...document.querySelectorAll<HTMLElement>('[data-testid="plan.item"]')].map((row) => {
          const box = row.getBoundingClientRect();
          const title = row.querySelector<HTMLElement>('[data-testid="plan.item.title"]');
          const status = row.querySelector<HTMLSelectElement>('select[data-testid="plan.item.status"]');
          const labels = [...row.querySelectorAll<HTMLElement>('.plan-cell__label')];
          const controls = [...row.querySelectorAll<HTMLElement>('input, select, button')];
          return {
            display: getComputedStyle(row).display,
            left: box.left,
            right: box.right,
            titleWidth: title?.getBoundingClientRect().width ?? 0,
            labels: labels.map((l) => ({
              text: l.textContent ?? '',
              shown: l.getBoundingClientRect().width > 0,
              cut: cut(l),
            })),
            statusRoom: status
              ? status.clientWidth - 20 - Number.parseFloat(getComputedStyle(status).paddingLeft)
              : 0,
            statusLongest: status
              ? Math.max(...[...status.options].map((o) => textWidth(status, o.text)))
              : 0,
            outside: controls
              .filter((c) => {
                const r = c.getBoundingClientRect();
                return r.left < box.left - 0.5 || r.right > box.right + 0.5;
              })
              .map((c) => c.getAttribute('data-testid') ?? c.tagName),
          };
        });
      });
      expect(cards).toHaveLength(2);
      for (const card of cards) {
        expect(card.display, language).toBe('grid');
        expect(card.left, language).toBeGreaterThanOrEqual(0);
        expect(card.right, language).toBeLessThanOrEqual(390);
        // The title has a line of its own.
        expect(card.titleWidth, language).toBeGreaterThanOrEqual(250);
        // Status, cities, owner and dates each under a visible, whole name.
        expect(card.labels.length, language).toBe(6);
        for (const label of card.labels) {
          expect(label.shown, `${language} ${label.text}`).toBe(true);
          expect(label.cut, `${language} ${label.text}`).toBe(false);
        }
        expect(card.statusRoom, language).toBeGreaterThanOrEqual(card.statusLongest);
        expect(card.outside, language).toEqual([]);
      }
      // "New activity" stays on one line, and no header text is cut either.
      const add = page.locator('[data-testid="plan.item.add"][data-level="activity"]');
      const addBox = await add.boundingBox();
      expect(addBox?.height ?? 99, language).toBeLessThan(48);
      expect(await layoutProblems(page)).toEqual([]);
    }
    // The row actions stay reachable: Details opens the item.
    await plan.itemById(second).getByTestId('plan.item.details').tap();
    await page.getByTestId('plan.detail').waitFor();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  it('pans, pinch-zooms, selects, edits and moves on the whiteboard by touch', async () => {
    const ws = await phoneWorkspace('Ghent – Huế: board');
    const { page, context } = ws;
    const board = new WhiteboardPage(page);
    await board.open(ws.boardUrl);
    await board.waitForState('saved');
    expect(await board.canvas.evaluate((c) => getComputedStyle(c).touchAction)).toBe('none');
    const cdp = await context.newCDPSession(page);
    const canvasBox = await board.canvas.boundingBox();
    if (!canvasBox) throw new Error('no canvas');
    const centre = { x: canvasBox.x + canvasBox.width / 2, y: canvasBox.y + canvasBox.height / 2 };

    // A sticky placed with a tap, its text typed.
    await board.tool('sticky');
    await page.touchscreen.tap(centre.x, centre.y);
    const editor = page.getByTestId('whiteboard.text-editor');
    await editor.waitFor();
    const sticky = await board.selectedId();
    await editor.pressSequentially('Nước thải', { delay: 10 });
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });

    // A tap on empty board clears the selection, a tap on the sticky selects it.
    await page.touchscreen.tap(canvasBox.x + 20, canvasBox.y + canvasBox.height - 20);
    await expect.poll(() => page.evaluate(() => window.__weftWhiteboard?.selection())).toEqual([]);
    await page.touchscreen.tap(centre.x, centre.y);
    await expect.poll(() => page.evaluate(() => window.__weftWhiteboard?.selection())).toEqual([sticky]);

    // One finger on empty board pans; the sticky stays where it is on the board.
    const before = await board.shape(sticky);
    const cameraBefore = await board.camera();
    const empty = { x: canvasBox.x + 30, y: canvasBox.y + canvasBox.height - 40 };
    await swipe(cdp, empty, { x: empty.x + 60, y: empty.y - 50 });
    const panned = await board.camera();
    expect(panned.x).toBeCloseTo(cameraBefore.x - 60 / cameraBefore.zoom, 0);
    expect(panned.y).toBeCloseTo(cameraBefore.y + 50 / cameraBefore.zoom, 0);
    expect((await board.shape(sticky)).x).toBe(before.x);

    // Two fingers spreading zoom in around their centre.
    const mid = { x: centre.x, y: centre.y + 120 };
    const boardUnderMid = await page.evaluate(
      ({ p, rect }) => {
        const cam = window.__weftWhiteboard?.camera() ?? { x: 0, y: 0, zoom: 1 };
        return { x: cam.x + (p.x - rect.x) / cam.zoom, y: cam.y + (p.y - rect.y) / cam.zoom };
      },
      { p: mid, rect: canvasBox },
    );
    await pinch(
      cdp,
      [
        { x: mid.x - 40, y: mid.y },
        { x: mid.x + 40, y: mid.y },
      ],
      [
        { x: mid.x - 80, y: mid.y },
        { x: mid.x + 80, y: mid.y },
      ],
    );
    const zoomed = await board.camera();
    expect(zoomed.zoom).toBeCloseTo(panned.zoom * 2, 1);
    expect(zoomed.x + (mid.x - canvasBox.x) / zoomed.zoom).toBeCloseTo(boardUnderMid.x, 0);
    expect(zoomed.y + (mid.y - canvasBox.y) / zoomed.zoom).toBeCloseTo(boardUnderMid.y, 0);
    // The page itself never zoomed or scrolled.
    expect(await page.evaluate(() => [window.visualViewport?.scale ?? 1, window.scrollX])).toEqual([1, 0]);

    // Dragging the selected sticky moves it (by the finger's distance on the board).
    // Held low on the sticky, clear of the toolbar over the top of the board.
    const shown = await board.toClient({ x: before.x + before.w / 2, y: before.y + before.h * 0.85 });
    await swipe(cdp, shown, { x: shown.x + 40, y: shown.y + 30 });
    await expect.poll(async () => (await board.shape(sticky)).x).toBeCloseTo(before.x + 40 / zoomed.zoom, 0);
    expect((await board.camera()).x).toBe(zoomed.x);

    // A double tap edits its text.
    const now = await board.shape(sticky);
    const target = await board.toClient({ x: now.x + now.w / 2, y: now.y + now.h * 0.85 });
    await page.touchscreen.tap(target.x, target.y);
    await page.touchscreen.tap(target.x, target.y);
    await editor.waitFor();
    expect(await editor.inputValue()).toBe('Nước thải');
    await editor.press('Escape');
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('opens comments as a sheet over the page that holds focus and gives it back', async () => {
    const ws = await phoneWorkspace('Ghent – Huế: comments');
    const { page } = ws;
    const plan = new ActionPlanPage(page);
    await plan.open(ws.planUrl);
    const item = await plan.addItem('activity', 'Denim sorting visit in Ghent');
    await plan.waitForState('saved');
    const badge = plan.itemById(item).getByTestId('comments.badge');
    await badge.tap();
    const panel = page.getByTestId('comments.panel');
    await panel.waitFor();
    await settle(page);
    // Along the bottom of the screen, full width, over the plan.
    const sheet = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="comments.panel"]');
      const box = el?.getBoundingClientRect();
      const holder = el?.parentElement;
      return {
        position: holder ? getComputedStyle(holder).position : '',
        left: box?.left,
        right: box?.right,
        bottom: box?.bottom,
        height: box?.height ?? 0,
        focusInside: !!el?.contains(document.activeElement),
      };
    });
    expect(sheet).toMatchObject({ position: 'fixed', left: 0, right: 390, bottom: 844, focusInside: true });
    expect(sheet.height).toBeLessThan(844);
    // Tab stays inside the sheet.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await panel.getByTestId('comments.close').tap();
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => badge.evaluate((el) => el === document.activeElement)).toBe(true);

    // The note's comments: the same sheet, closed with Escape, focus back on its button.
    await page.goto(ws.noteUrl);
    await page.getByTestId('notes.editor').waitFor();
    await page.getByTestId('comments.toggle').focus();
    await page.keyboard.press('Enter');
    await panel.waitFor();
    await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await panel.evaluate((el) => getComputedStyle(el.parentElement as Element).position)).toBe(
      'fixed',
    );
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('comments.toggle');
  });
});
