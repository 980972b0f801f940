import { type ActionPlanSnapshot, readActionPlan } from '@weft/model';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { E2eEnv, TestUser } from '../fixtures/createE2eEnv.ts';
import { invitePath } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { type BoardShape, WhiteboardPage } from '../pages/WhiteboardPage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface Person {
  context: BrowserContext;
  page: Page;
  user: TestUser;
  board: WhiteboardPage;
}

interface BoardSetup {
  owner: Person;
  other: Person;
  workspaceId: string;
  boardId: string;
  url: string;
}

/** A facilitator's workspace with one whiteboard, and a second person invited with `role`. */
async function setUpBoard(role: 'editor' | 'viewer'): Promise<BoardSetup> {
  const people: Person[] = [];
  for (const [name, city] of [
    ['Sofie Declercq', 'Ghent'],
    ['Nguyễn Thị Lan', 'Huế'],
  ] as const) {
    const { context, page } = await env.newPage();
    const user = env.user(name, city);
    await env.signUpViaApi(context, user);
    people.push({ context, page, user, board: new WhiteboardPage(page) });
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
  const invite = await invitePath(env, owner.context, workspace.id, role);
  await env.api(other.context, 'POST', `/api${invite.replace('/invite/', '/invites/')}/accept`);
  return {
    owner,
    other,
    workspaceId: workspace.id,
    boardId: document.id,
    url: `/workspaces/${workspace.id}/whiteboards/${document.id}`,
  };
}

/** Shapes as both peers must agree on them, in a stable order. */
function comparable(shapes: BoardShape[]): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  return JSON.stringify(
    [...shapes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((s) => ({ ...s, x: round(s.x), y: round(s.y), w: round(s.w), h: round(s.h) })),
  );
}

function inside(p: { x: number; y: number }, s: BoardShape, slack = 1.5): boolean {
  return p.x >= s.x - slack && p.x <= s.x + s.w + slack && p.y >= s.y - slack && p.y <= s.y + s.h + slack;
}

/** Reads an action plan the way an outside script would: a stock y-websocket client with an API token. */
async function readPlan(context: BrowserContext, planId: string): Promise<ActionPlanSnapshot> {
  const { secret } = await env.api<{ secret: string }>(context, 'POST', '/api/tokens', {
    name: 'e2e reader',
  });
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${env.server.url.replace(/^http/, 'ws')}/yjs`, planId, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { token: secret },
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('plan did not sync')), 15_000);
      provider.on('sync', (synced: boolean) => {
        if (!synced) return;
        clearTimeout(timer);
        resolve();
      });
    });
    return readActionPlan(doc);
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

describe('whiteboard (issue 7)', () => {
  it('two people add and move shapes at the same time and their boards converge', async () => {
    const { owner, other, url } = await setUpBoard('editor');
    const a = owner.board;
    const b = other.board;
    await Promise.all([a.open(url), b.open(url)]);
    await Promise.all([a.waitForState('saved'), b.waitForState('saved')]);
    expect(await a.page.getByTestId('whiteboard.empty').isVisible()).toBe(true);

    // Both add a shape at once.
    const [rectId, stickyId] = await Promise.all([
      a.drawRect({ x: 120, y: 180 }, { x: 320, y: 300 }),
      b.addSticky({ x: 700, y: 360 }, 'Thu gom vải vụn ở Huế'),
    ]);
    for (const board of [a, b]) await expect.poll(async () => (await board.shapes()).length).toBe(2);
    const rect0 = await b.shape(rectId);
    const sticky0 = await a.shape(stickyId);
    expect(sticky0.text).toBe('Thu gom vải vụn ở Huế');

    // Both move the other's shape at once, then each adds another shape while the other works.
    const [ellipseId, secondStickyId] = await Promise.all([
      (async () => {
        await a.moveShape(stickyId, -180, 120);
        await a.tool('ellipse');
        return a.drawShapeWithTool({ x: 900, y: 160 }, { x: 1040, y: 240 });
      })(),
      (async () => {
        await b.moveShape(rectId, 160, 190);
        return b.addSticky({ x: 1000, y: 520 }, 'Ghent: sorting pilot');
      })(),
    ]);
    await expect.poll(async () => comparable(await a.shapes()) === comparable(await b.shapes())).toBe(true);
    const final = await a.shapes();
    expect(final.map((s) => s.id).sort()).toEqual([rectId, stickyId, ellipseId, secondStickyId].sort());
    const rect = await a.shape(rectId);
    const sticky = await b.shape(stickyId);
    expect(rect.x - rect0.x).toBeCloseTo(160, 0);
    expect(rect.y - rect0.y).toBeCloseTo(190, 0);
    expect(sticky.x - sticky0.x).toBeCloseTo(-180, 0);
    expect(sticky.y - sticky0.y).toBeCloseTo(120, 0);
    await Promise.all([a.waitForState('saved'), b.waitForState('saved')]);

    // Others' cursors come with names; the avatars show both people.
    await expect
      .poll(() =>
        a.page
          .getByTestId('presence.avatar')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-user-name'))),
      )
      .toEqual(expect.arrayContaining(['Sofie Declercq', 'Nguyễn Thị Lan']));
  });

  it('an arrow follows the shape it connects, and the PNG export is a picture of the board', async () => {
    const { owner, other, url } = await setUpBoard('editor');
    const a = owner.board;
    const b = other.board;
    await Promise.all([a.open(url), b.open(url)]);
    await a.waitForState('saved');

    const left = await a.drawRect({ x: 120, y: 200 }, { x: 300, y: 320 });
    const right = await a.drawRect({ x: 640, y: 200 }, { x: 820, y: 320 });
    await a.addSticky({ x: 460, y: 520 }, 'Sorting centre pilot');
    const arrow = await a.drawArrow({ x: 210, y: 260 }, { x: 730, y: 260 });
    const drawn = await a.shape(arrow);
    expect(drawn.type).toBe('arrow');
    expect(drawn.from?.shapeId).toBe(left);
    expect(drawn.to?.shapeId).toBe(right);

    // The other person moves the right box down; the arrow's end goes with it on both boards.
    await expect.poll(async () => (await b.shapes()).length).toBe(4);
    await b.moveShape(right, 40, 260);
    for (const board of [a, b]) {
      await expect
        .poll(async () => {
          const box = await board.shape(right);
          const line = await board.connector(arrow);
          return (
            !!line && box.y > 400 && inside(line.end, box) && inside(line.start, await board.shape(left))
          );
        })
        .toBe(true);
    }

    // Nothing selected: the export is the whole board, not the arrow drawn last.
    await a.canvas.focus();
    await a.page.keyboard.press('Escape');
    await expect.poll(() => a.page.getByTestId('whiteboard.selection.count').count()).toBe(0);
    const { download, bytes } = await a.exportPng();
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const picture = await a.page.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      // The export's background is white; anything clearly darker or coloured is drawing.
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i] as number) < 230 || (data[i + 1] as number) < 230 || (data[i + 2] as number) < 230)
          ink++;
      }
      return { width: canvas.width, height: canvas.height, ink };
    }, bytes.toString('base64'));
    // The board spans ~700 x 540 units, exported at 2x.
    expect(picture.width).toBeGreaterThan(1200);
    expect(picture.height).toBeGreaterThan(900);
    expect(picture.ink / (picture.width * picture.height)).toBeGreaterThan(0.02);
  });

  it('a viewer sees the board live but cannot change it', async () => {
    const { owner, other, url } = await setUpBoard('viewer');
    const a = owner.board;
    const v = other.board;
    await a.open(url);
    const sticky = await a.addSticky({ x: 300, y: 300 }, 'Keep me where I am');
    const rect = await a.drawRect({ x: 600, y: 200 }, { x: 760, y: 320 });
    await a.waitForState('saved');

    await v.open(url);
    await v.page.getByTestId('whiteboard.readonly').waitFor();
    await expect.poll(async () => (await v.shapes()).length).toBe(2);
    for (const tool of ['sticky', 'rect', 'ellipse', 'text', 'arrow', 'pen']) {
      expect(await v.page.getByTestId(`whiteboard.tool.${tool}`).count()).toBe(0);
    }
    expect(await v.page.getByTestId('whiteboard.undo').count()).toBe(0);
    expect(await v.page.getByTestId('whiteboard.title.edit').count()).toBe(0);
    const before = comparable(await a.shapes());

    // Everything a person would try: drag, delete, duplicate, nudge, double-click to add, shortcuts.
    await v.moveShape(sticky, 200, 150);
    const s = await v.shape(sticky);
    const centre = await v.toClient({ x: s.x + s.w / 2, y: s.y + s.h / 2 });
    await v.page.mouse.click(centre.x, centre.y);
    await v.page.keyboard.press('Delete');
    await v.page.keyboard.press('Control+d');
    await v.page.keyboard.press('Shift+ArrowRight');
    await v.page.keyboard.press('Enter');
    const empty = await v.toClient({ x: 460, y: 560 });
    await v.page.mouse.dblclick(empty.x, empty.y);
    await v.page.keyboard.press('s');
    await v.page.mouse.click(empty.x, empty.y);
    await v.page.mouse.click(centre.x, centre.y, { button: 'right' });
    // A viewer's shape menu may only offer reading the shape's comments, nothing that changes it.
    const menuActions = await v.page
      .locator('[data-testid^="whiteboard.context."]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    expect(menuActions.filter((id) => id !== 'whiteboard.context.comment')).toEqual([]);
    await v.page.keyboard.press('Escape');
    expect(await v.page.getByTestId('whiteboard.text-editor').count()).toBe(0);
    expect(comparable(await v.shapes())).toBe(before);

    // The owner's next change reaches the viewer, and nothing of the viewer's reached the owner.
    await a.moveShape(rect, 0, 120);
    await expect.poll(async () => (await v.shape(rect)).y).toBeGreaterThan(300);
    const after = (await a.shapes()).filter((x) => x.id !== rect);
    const original = (JSON.parse(before) as BoardShape[]).filter((x) => x.id !== rect);
    expect(comparable(after)).toBe(comparable(original));
    expect(comparable(await v.shapes())).toBe(comparable(await a.shapes()));
  });

  it('turns a sticky note into an action item that links back to it', async () => {
    const { owner, other, url, workspaceId, boardId } = await setUpBoard('editor');
    const a = owner.board;
    const b = other.board;
    await Promise.all([a.open(url), b.open(url)]);
    const text = 'Pilot: thu gom vải vụn ở các xưởng may';
    const sticky = await a.addSticky({ x: 320, y: 320 }, text);
    await a.waitForState('saved');

    // No plan yet: the dialog offers to create one.
    await a.contextMenu(sticky);
    await a.page.getByTestId('whiteboard.context.actionItem').click();
    const dialog = a.page.getByTestId('whiteboard.actionItem.dialog');
    await dialog.waitFor();
    expect(await a.page.getByTestId('whiteboard.actionItem.preview').textContent()).toBe(text);
    await a.page.getByTestId('whiteboard.actionItem.noPlans').waitFor();
    await a.page.getByTestId('whiteboard.actionItem.newPlanTitle').fill('Kế hoạch hành động 2025');
    await a.page.getByTestId('whiteboard.actionItem.submit').click();
    await a.page.getByTestId('whiteboard.actionItem.done').waitFor({ timeout: 30_000 });

    const links = await a.links();
    const link = links[sticky];
    expect(link).toBeDefined();
    if (!link) return;
    const { documents } = await env.api<{ documents: { id: string; type: string; title: string }[] }>(
      owner.context,
      'GET',
      `/api/workspaces/${workspaceId}/documents`,
    );
    expect(documents.find((d) => d.id === link.planId)).toMatchObject({
      type: 'actionPlan',
      title: 'Kế hoạch hành động 2025',
    });
    const plan = await readPlan(owner.context, link.planId);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({
      id: link.itemId,
      title: text,
      leadCity: 'Ghent',
      sourceRef: `whiteboard:${boardId}#${sticky}`,
    });

    // The sticky carries a link to its item, for everyone on the board.
    await b.page.getByTestId('whiteboard.badge').waitFor();
    expect(await b.links()).toEqual(links);

    // A second sticky, from the other city, goes into the plan that now exists.
    const second = await b.addSticky({ x: 720, y: 320 }, 'Đào tạo thợ may về tái chế');
    await b.contextMenu(second);
    await b.page.getByTestId('whiteboard.context.actionItem').click();
    const select = b.page.getByTestId('whiteboard.actionItem.plan');
    await select.waitFor();
    expect(await select.inputValue()).toBe(link.planId);
    await b.page.getByTestId('whiteboard.actionItem.submit').click();
    await b.page.getByTestId('whiteboard.actionItem.done').waitFor({ timeout: 30_000 });
    const both = await readPlan(other.context, link.planId);
    expect(both.items.map((i) => [i.title, i.leadCity])).toEqual([
      [text, 'Ghent'],
      ['Đào tạo thợ may về tái chế', 'Huế'],
    ]);

    // "Open action item" goes to the plan.
    await b.page.getByTestId('whiteboard.actionItem.open').click();
    await b.page.waitForURL(`**/workspaces/${workspaceId}/plans/${link.planId}#item-*`);
  });
});
