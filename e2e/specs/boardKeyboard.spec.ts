import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface Person {
  context: BrowserContext;
  page: Page;
  board: WhiteboardPage;
}

async function twoPeopleOnABoard(open = true): Promise<[Person, Person, { url: string; boardId: string }]> {
  const people: Person[] = [];
  for (const [name, city] of [
    ['Sofie Declercq', 'Ghent'],
    ['Nguyễn Thị Lan', 'Huế'],
  ] as const) {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user(name, city));
    people.push({ context, page, board: new WhiteboardPage(page) });
  }
  const [owner, other] = people as [Person, Person];
  const { workspace } = await env.api<{ workspace: { id: string } }>(
    owner.context,
    'POST',
    '/api/workspaces',
    {
      title: 'Ghent – Huế textile exchange',
      cities: ['Ghent', 'Huế'],
    },
  );
  const { document } = await env.api<{ document: { id: string } }>(
    owner.context,
    'POST',
    `/api/workspaces/${workspace.id}/documents`,
    { type: 'whiteboard', title: 'Brainstorm: textile waste' },
  );
  const invite = await invitePath(env, owner.context, workspace.id, 'editor');
  await env.api(other.context, 'POST', `/api${invite.replace('/invite/', '/invites/')}/accept`);
  const url = `/workspaces/${workspace.id}/whiteboards/${document.id}`;
  if (open) {
    await owner.board.open(url);
    await other.board.open(url);
  }
  return [owner, other, { url, boardId: document.id }];
}

const activeTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);

describe('the whiteboard from the keyboard and in the accessibility tree', () => {
  it('adds, writes, moves and connects shapes with keys only; a peer reads them in the shape list', async () => {
    const [owner, other] = await twoPeopleOnABoard();
    const { board, page } = owner;
    await board.canvas.focus();

    // Enter with the sticky tool adds a sticky in the middle of the view and opens its text.
    const [stickyId] = await board.newShapeIds(async () => {
      await board.keys('s', 'Enter');
      await page.getByTestId('whiteboard.text-editor').waitFor();
    });
    expect(stickyId).toBeDefined();
    await page.keyboard.type('Reuse offcuts');
    await board.keys('Escape');
    await page.getByTestId('whiteboard.text-editor').waitFor({ state: 'detached' });
    // Escape hands focus back to the canvas, not to the page.
    expect(await activeTestId(page)).toBe('whiteboard.canvas');

    const before = await board.shape(stickyId as string);
    await board.keys('ArrowRight', 'ArrowRight', 'Shift+ArrowDown');
    await expect
      .poll(async () => board.shape(stickyId as string))
      .toMatchObject({ x: before.x + 20, y: before.y + 50 });

    const [rectId] = await board.newShapeIds(async () => {
      await board.keys('r', 'Enter');
      await page.getByTestId('whiteboard.text-editor').waitFor();
    });
    await page.keyboard.type('Sorting hub');
    await board.keys('Escape');
    await page.getByTestId('whiteboard.text-editor').waitFor({ state: 'detached' });

    // Connect: Shift+Tab back to the sticky, arrow tool, Enter; Tab to the rectangle, Enter.
    const [arrowId] = await board.newShapeIds(async () => {
      await board.keys('Shift+Tab', 'a', 'Enter', 'Tab', 'Enter');
      await expect.poll(() => board.announcement.textContent()).toContain('Arrow added');
    });
    const arrow = await board.shape(arrowId as string);
    expect(arrow.from?.shapeId).toBe(stickyId);
    expect(arrow.to?.shapeId).toBe(rectId);

    // The other person's accessibility tree has every shape: type, text, colour name, connections.
    await expect.poll(() => other.board.shapeListItems.count()).toBe(3);
    const snapshot = await other.board.shapeList.ariaSnapshot();
    expect(snapshot).toContain('listbox "Shapes on this board"');
    expect(snapshot).toMatch(
      /option "Sticky note: Reuse offcuts\. yellow, connected to Rectangle “Sorting hub”"/,
    );
    expect(snapshot).toMatch(
      /option "Rectangle: Sorting hub\. black, connected to Sticky note “Reuse offcuts”"/,
    );
    expect(snapshot).toMatch(
      /option "Arrow: no text\. black, from Sticky note “Reuse offcuts” to Rectangle “Sorting hub”"/,
    );
    expect(snapshot).not.toMatch(/#[0-9a-f]{6}|0 comments/);
  });

  it('walks, moves and deletes shapes in the shape list, and the help lists every key', async () => {
    const [owner, other] = await twoPeopleOnABoard();
    const { board, page } = owner;
    await board.canvas.focus();
    for (const tool of ['s', 'o']) {
      await board.keys(tool, 'Enter');
      await page.getByTestId('whiteboard.text-editor').waitFor();
      await page.keyboard.type(tool === 's' ? 'First idea' : 'Second idea');
      await board.keys('Escape');
      await page.getByTestId('whiteboard.text-editor').waitFor({ state: 'detached' });
    }
    await expect.poll(() => board.shapeListItems.count()).toBe(2);
    const [first, second] = await board.shapeListItems.evaluateAll((items) =>
      items.map((i) => i.getAttribute('data-shape-id') ?? ''),
    );

    // Tab from the canvas past the shapes and through the toolbar reaches the list.
    await board.keys('Escape');
    for (let i = 0; i < 40 && (await activeTestId(page)) !== 'whiteboard.shapeList.item'; i++)
      await board.keys('Tab');
    expect(await activeTestId(page)).toBe('whiteboard.shapeList.item');
    await expect
      .poll(() => board.shapeList.evaluate((el) => el.getBoundingClientRect().width))
      .toBeGreaterThan(100);

    await board.keys('Home');
    await expect.poll(() => page.evaluate(() => window.__weftWhiteboard?.selection())).toEqual([first]);
    await board.keys('ArrowDown');
    await expect.poll(() => page.evaluate(() => window.__weftWhiteboard?.selection())).toEqual([second]);
    expect(await board.shapeListItem(second as string).getAttribute('aria-selected')).toBe('true');
    const start = await board.shape(second as string);
    await board.keys('Control+ArrowLeft', 'Control+Shift+ArrowUp');
    await expect
      .poll(() => board.shape(second as string))
      .toMatchObject({ x: start.x - 10, y: start.y - 50 });

    await board.keys('Delete');
    await expect.poll(() => other.board.shapeListItems.count()).toBe(1);
    // Focus stays in the list, on the shape now in the deleted one's place.
    await expect.poll(() => activeTestId(page)).toBe('whiteboard.shapeList.item');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-shape-id'))).toBe(first);

    await board.keys('?');
    const help = page.getByTestId('whiteboard.help.panel');
    await help.waitFor();
    const text = await help.textContent();
    for (const needle of [
      'Tab and Shift + Tab',
      'press Enter; it appears in the middle',
      'Connect two shapes',
      'Shift + arrow keys for larger steps',
    ])
      expect(text).toContain(needle);
    await board.keys('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('says politely who joins and leaves and what others comment, and names colours by name', async () => {
    const [owner, other, { url, boardId }] = await twoPeopleOnABoard(false);
    await owner.board.open(url);
    const colour = owner.page.getByTestId('whiteboard.colour.2');
    expect(await colour.getAttribute('aria-label')).toBe('Colour: orange');
    // People already there when a document opens are not news; wait until that moment has passed.
    await owner.page.waitForFunction(() => performance.now() > 4000);
    await other.board.open(url);
    const presence = owner.page.getByTestId('presence.announcement');
    await expect.poll(() => presence.textContent()).toBe('Nguyễn Thị Lan joined');

    await owner.board.canvas.focus();
    const [stickyId] = await owner.board.newShapeIds(async () => {
      await owner.board.keys('s', 'Enter');
      await owner.page.getByTestId('whiteboard.text-editor').waitFor();
    });
    await owner.page.keyboard.type('Collection points');
    await owner.board.keys('Escape');
    await env.api(other.context, 'POST', `/api/documents/${boardId}/threads`, {
      anchor: { kind: 'shape', shapeId: stickyId },
      body: 'Which shops take part?',
      quote: 'Collection points',
    });
    await expect
      .poll(() => owner.page.getByTestId('comments.announcement').textContent())
      .toBe('Nguyễn Thị Lan commented on “Collection points”');
    await expect
      .poll(() => owner.board.shapeListItem(stickyId as string).textContent())
      .toContain('1 comment');

    await other.page.close();
    await expect.poll(() => presence.textContent(), { timeout: 60_000 }).toBe('Nguyễn Thị Lan left');
  });
});
