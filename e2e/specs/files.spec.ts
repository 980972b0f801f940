import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv, TestUser } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { CommentsPanel } from '../pages/CommentsPanel.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WhiteboardPage } from '../pages/WhiteboardPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface Person {
  user: TestUser;
  context: BrowserContext;
  page: Page;
}

async function person(name: string, city: string): Promise<Person> {
  const { context, page } = await env.newPage();
  const user = env.user(name, city);
  await env.signUpViaApi(context, user);
  return { user, context, page };
}

/** Pastes a PNG drawn in the page (a clipboard image, as a screenshot tool leaves it). */
async function pasteImage(page: Page, colour: string): Promise<void> {
  await page.evaluate(async (fill) => {
    const canvas = document.createElement('canvas');
    canvas.width = 120;
    canvas.height = 80;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, 120, 80);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    const data = new DataTransfer();
    data.items.add(new File([blob], 'image.png', { type: 'image/png' }));
    const editor = document.querySelector('[data-testid="notes.editor"]');
    editor?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, colour);
}

async function describeImage(page: Page, alt: string): Promise<void> {
  const dialog = page.getByTestId('files.altDialog');
  await dialog.waitFor();
  await page.getByTestId('files.altInput').fill(alt);
  await page.getByTestId('files.altInsert').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Alt texts of the images that have loaded (decoded with a real size) in the note. */
function loadedImages(page: Page): Promise<string[]> {
  return page
    .getByTestId('notes.image')
    .evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).map((i) => i.alt),
    );
}

describe('files and images', () => {
  it('pastes an image into a note that the other person sees live; offline it waits and uploads on return', async () => {
    const an = await person('An Vermeulen', 'Ghent');
    const lan = await person('Nguyễn Thị Lan', 'Huế');
    const seeded = await seedWorkspace(env, an.context, 'Dye-house visit');
    await new WorkspacePages(lan.page).acceptInvite(
      await invitePath(env, an.context, seeded.workspaceId, 'editor'),
    );

    const noteA = new NotePage(an.page);
    const noteB = new NotePage(lan.page);
    await noteA.open(seeded.noteUrl);
    await noteB.open(seeded.noteUrl);
    await noteA.focusEndOf();
    await noteA.type('Photos from the dye-house:');
    await noteA.page.keyboard.press('Enter');

    await pasteImage(an.page, '#1d4ed8');
    await describeImage(an.page, 'Indigo vats in the dye-house');
    await expect
      .poll(() => loadedImages(an.page), { timeout: 15_000 })
      .toEqual(['Indigo vats in the dye-house']);
    await expect
      .poll(() => loadedImages(lan.page), { timeout: 15_000 })
      .toEqual(['Indigo vats in the dye-house']);
    await noteA.waitForState('saved');

    // Offline: the pasted image waits on An's device and reaches Lan once An is back online.
    await an.context.setOffline(true);
    await noteA.waitForState('offline');
    await noteA.focusEndOf('Photos from the dye-house:');
    await pasteImage(an.page, '#15803d');
    await describeImage(an.page, 'Wastewater treatment');
    await an.page.getByTestId('notes.image.pending').waitFor();
    expect(await loadedImages(lan.page)).toEqual(['Indigo vats in the dye-house']);

    await an.context.setOffline(false);
    await expect
      .poll(async () => (await loadedImages(lan.page)).sort(), { timeout: 30_000 })
      .toEqual(['Indigo vats in the dye-house', 'Wastewater treatment']);
    expect(await an.page.getByTestId('notes.image.pending').count()).toBe(0);

    // Both images are files of the workspace, listed on its page.
    await lan.page.goto(`/workspaces/${seeded.workspaceId}`);
    await expect.poll(() => lan.page.getByTestId('files.item').count()).toBe(2);
  });

  it('drops an image onto a whiteboard; the other person sees it drawn on their board', async () => {
    const an = await person('An Vermeulen', 'Ghent');
    const lan = await person('Nguyễn Thị Lan', 'Huế');
    const seeded = await seedWorkspace(env, an.context, 'Board pictures');
    await new WorkspacePages(lan.page).acceptInvite(
      await invitePath(env, an.context, seeded.workspaceId, 'viewer'),
    );
    const created = await env.api<{ document: { id: string } }>(
      an.context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type: 'whiteboard', title: 'Study visit wall' },
    );
    const url = `/workspaces/${seeded.workspaceId}/whiteboards/${created.document.id}`;
    const boardA = new WhiteboardPage(an.page);
    const boardB = new WhiteboardPage(lan.page);
    await boardA.open(url);
    await boardB.open(url);

    await an.page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 200;
      canvas.height = 100;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = '#dc2626';
      ctx.fillRect(0, 0, 200, 100);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob) throw new Error('no png');
      const data = new DataTransfer();
      data.items.add(new File([blob], 'Dye samples.png', { type: 'image/png' }));
      const board = document.querySelector('[data-testid="whiteboard"]');
      const box = board?.getBoundingClientRect();
      if (!board || !box) throw new Error('no board');
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      board.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true, ...at }),
      );
      board.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }),
      );
    });

    await expect
      .poll(
        async () => (await boardB.shapes()).map((s) => ({ type: s.type, text: s.text, w: s.w, h: s.h })),
        {
          timeout: 15_000,
        },
      )
      .toEqual([{ type: 'image', text: 'Dye samples', w: 200, h: 100 }]);
    const [shape] = await boardB.shapes();
    if (!shape) throw new Error('no image shape');
    // The picture itself is drawn on the other person's canvas (red where the shape is).
    const centre = await lan.page.evaluate((p) => window.__weftWhiteboard?.toClient(p) ?? p, {
      x: shape.x + shape.w / 2,
      y: shape.y + shape.h / 2,
    });
    await expect
      .poll(
        () =>
          lan.page.evaluate((at) => {
            const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="whiteboard.canvas"]');
            const box = canvas?.getBoundingClientRect();
            const ctx = canvas?.getContext('2d');
            if (!canvas || !box || !ctx) return null;
            const scale = canvas.width / box.width;
            const [r, g, b] = ctx.getImageData(
              (at.x - box.left) * scale,
              (at.y - box.top) * scale,
              1,
              1,
            ).data;
            return r !== undefined && g !== undefined && b !== undefined && r > 180 && g < 80 && b < 80;
          }, centre),
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  it('attaches the tender PDF to a comment; the other person downloads it from the thread', async () => {
    const an = await person('An Vermeulen', 'Ghent');
    const lan = await person('Nguyễn Thị Lan', 'Huế');
    const seeded = await seedWorkspace(env, an.context, 'Procurement');
    await new WorkspacePages(lan.page).acceptInvite(
      await invitePath(env, an.context, seeded.workspaceId, 'commenter'),
    );
    const noteA = new NotePage(an.page);
    await noteA.open(seeded.noteUrl);
    await noteA.focusEndOf();
    await noteA.type('The tender for the wastewater plant is out.');
    await noteA.waitForState('saved');

    const commentsA = new CommentsPanel(an.page);
    await commentsA.selectInNote('tender for the wastewater plant');
    await commentsA.startThread();
    await commentsA.write(an.page.getByTestId('comments.new.body'), ['Here is the tender document.']);
    await an.page.getByTestId('comments.new.attach.input').setInputFiles({
      name: 'Hồ sơ mời thầu.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
    });
    await expect
      .poll(() => an.page.getByTestId('comments.new.body').inputValue(), { timeout: 15_000 })
      .toMatch(/\[Hồ sơ mời thầu\.pdf\]\(\/api\/files\/[\w-]+\)/);
    await an.page.getByTestId('comments.new.submit').click();

    const noteB = new NotePage(lan.page);
    await noteB.open(seeded.noteUrl);
    const commentsB = new CommentsPanel(lan.page);
    await commentsB.open();
    const link = lan.page.getByTestId('comments.attachment');
    await link.waitFor({ timeout: 20_000 });
    expect(await link.textContent()).toContain('Hồ sơ mời thầu.pdf');
    const href = await link.getAttribute('href');
    const got = await lan.page.evaluate(async (url) => {
      const res = await fetch(url ?? '');
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        body: (await res.text()).slice(0, 8),
      };
    }, href);
    expect(got).toEqual({ status: 200, type: 'application/pdf', body: '%PDF-1.4' });
  });
});
