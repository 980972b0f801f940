import type { Download, Locator, Page } from 'playwright-core';

export interface BoardPoint {
  x: number;
  y: number;
}

/** What the spec compares of a shape (the board's test hook returns the full snapshot). */
export interface BoardShape {
  id: string;
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  z: string;
  from: { x: number; y: number; shapeId?: string } | null;
  to: { x: number; y: number; shapeId?: string } | null;
}

declare global {
  interface Window {
    /** Installed by the whiteboard route when opened with `?testHooks` (client exposeTestHooks.ts). */
    __weftWhiteboard?: {
      shapes(): BoardShape[];
      links(): Record<string, { planId: string; itemId: string }>;
      selection(): string[];
      camera(): { x: number; y: number; zoom: number };
      connector(id: string): { start: BoardPoint; end: BoardPoint } | null;
      toClient(p: BoardPoint): BoardPoint;
    };
  }
}

type Tool = 'select' | 'sticky' | 'rect' | 'ellipse' | 'text' | 'arrow' | 'pen';

/**
 * The whiteboard route. The board is a canvas, so the page is opened with `?testHooks`, which makes
 * the app expose a read-only `window.__weftWhiteboard` (shapes, links, board-to-page coordinates).
 */
export class WhiteboardPage {
  readonly board: Locator;
  readonly canvas: Locator;
  readonly status: Locator;
  /** The accessible list of shapes beside the canvas (role listbox, one option per shape). */
  readonly shapeList: Locator;
  readonly shapeListItems: Locator;
  /** The board's polite live region. */
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.board = page.getByTestId('whiteboard');
    this.canvas = page.getByTestId('whiteboard.canvas');
    this.status = page.getByTestId('connection.status');
    this.shapeList = page.getByTestId('whiteboard.shapeList');
    this.shapeListItems = page.getByTestId('whiteboard.shapeList.item');
    this.announcement = page.getByTestId('whiteboard.announcement');
  }

  /** The option for a shape in the shape list. */
  shapeListItem(id: string): Locator {
    return this.page.locator(`[data-testid="whiteboard.shapeList.item"][data-shape-id="${id}"]`);
  }

  /** Presses keys in order on whatever has focus (no mouse). */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}${url.includes('?') ? '&' : '?'}testHooks`);
    await this.canvas.waitFor();
    await this.page.waitForFunction(() => window.__weftWhiteboard !== undefined);
  }

  async waitForState(state: 'saved' | 'connected' | 'denied', timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (s) => document.querySelector('[data-testid="connection.status"]')?.getAttribute('data-state') === s,
      state,
      { timeout },
    );
  }

  shapes(): Promise<BoardShape[]> {
    return this.page.evaluate(() =>
      (window.__weftWhiteboard?.shapes() ?? []).map((s) => ({
        id: s.id,
        type: s.type,
        x: s.x,
        y: s.y,
        w: s.w,
        h: s.h,
        text: s.text,
        z: s.z,
        from: s.from,
        to: s.to,
      })),
    );
  }

  async shape(id: string): Promise<BoardShape> {
    const found = (await this.shapes()).find((s) => s.id === id);
    if (!found) throw new Error(`no shape ${id} on the board`);
    return found;
  }

  links(): Promise<Record<string, { planId: string; itemId: string }>> {
    return this.page.evaluate(() => window.__weftWhiteboard?.links() ?? {});
  }

  connector(id: string): Promise<{ start: BoardPoint; end: BoardPoint } | null> {
    return this.page.evaluate((arrowId) => window.__weftWhiteboard?.connector(arrowId) ?? null, id);
  }

  camera(): Promise<{ x: number; y: number; zoom: number }> {
    return this.page.evaluate(() => window.__weftWhiteboard?.camera() ?? { x: 0, y: 0, zoom: 1 });
  }

  /** Page coordinates of a board point. */
  toClient(p: BoardPoint): Promise<BoardPoint> {
    return this.page.evaluate((q) => {
      const hooks = window.__weftWhiteboard;
      if (!hooks) throw new Error('whiteboard test hooks missing: open the page with ?testHooks');
      return hooks.toClient(q);
    }, p);
  }

  async tool(tool: Tool): Promise<void> {
    await this.page.getByTestId(`whiteboard.tool.${tool}`).click();
  }

  /** Ids of shapes that appear while `action` runs (created by this page or a peer). */
  async newShapeIds(action: () => Promise<void>): Promise<string[]> {
    const before = new Set((await this.shapes()).map((s) => s.id));
    await action();
    return (await this.shapes()).map((s) => s.id).filter((id) => !before.has(id));
  }

  /** Presses at board point `from`, moves in steps to `to` and releases. */
  async drag(from: BoardPoint, to: BoardPoint, steps = 8): Promise<void> {
    const a = await this.toClient(from);
    const b = await this.toClient(to);
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps });
    await this.page.mouse.up();
  }

  /** A sticky note centred on `at`, with `text` typed into it; returns its id. */
  async addSticky(at: BoardPoint, text: string): Promise<string> {
    await this.tool('sticky');
    const p = await this.toClient(at);
    await this.page.mouse.click(p.x, p.y);
    const editor = this.page.getByTestId('whiteboard.text-editor');
    await editor.waitFor();
    const id = await this.selectedId();
    await editor.pressSequentially(text, { delay: 10 });
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    return id;
  }

  /** A rectangle drawn from corner to corner; returns its id. */
  async drawRect(from: BoardPoint, to: BoardPoint): Promise<string> {
    await this.tool('rect');
    return this.drawShapeWithTool(from, to);
  }

  /** Drags out a shape with the current tool (rectangle, ellipse); returns its id. */
  async drawShapeWithTool(from: BoardPoint, to: BoardPoint): Promise<string> {
    await this.drag(from, to);
    return this.selectedId();
  }

  /** An arrow drawn from one board point to another (binding to shapes under them); returns its id. */
  async drawArrow(from: BoardPoint, to: BoardPoint): Promise<string> {
    await this.tool('arrow');
    await this.drag(from, to);
    return this.selectedId();
  }

  /** Moves the shape by dragging it from its centre with the select tool. */
  async moveShape(id: string, dx: number, dy: number): Promise<void> {
    const s = await this.shape(id);
    const centre = { x: s.x + s.w / 2, y: s.y + s.h / 2 };
    await this.tool('select');
    await this.drag(centre, { x: centre.x + dx, y: centre.y + dy });
  }

  /** The id of the single selected shape (read from the app's awareness state). */
  async selectedId(): Promise<string> {
    const handle = await this.page.waitForFunction(() => {
      const count = document.querySelector('[data-testid="whiteboard.selection.count"]');
      return count ? (window.__weftWhiteboard?.selection()[0] ?? null) : null;
    });
    return (await handle.jsonValue()) as string;
  }

  /** Clicks "Export as PNG" and returns the downloaded file. */
  async exportPng(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('whiteboard.export.png').click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, bytes: await readFile(path) };
  }

  /** Opens a shape's context menu with a right-click on its centre. */
  async contextMenu(id: string): Promise<void> {
    const s = await this.shape(id);
    const p = await this.toClient({ x: s.x + s.w / 2, y: s.y + s.h / 2 });
    await this.page.mouse.click(p.x, p.y, { button: 'right' });
    await this.page.getByTestId('whiteboard.context').waitFor();
  }
}
