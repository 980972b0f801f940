import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { NotePage } from '../pages/NotePage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

// Table editing (ProseMirror-tables) is not in the notes route's initial JavaScript: it loads when
// the note has a table, the editor gets focus or a table tool is used.
describe('tables in a note', () => {
  it('inserts a table, moves between cells with Tab, adds a row, and a second tab sees it', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Nguyễn Thị Mai', 'Huế'));
    const seeded = await seedWorkspace(env, context, 'Tables');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });

    const note = new NotePage(page);
    await note.open(seeded.noteUrl);
    await note.waitForState('saved');
    expect(scripts.some((s) => /tableEditing/.test(s))).toBe(false);

    await note.editor.click();
    await page.keyboard.type('Visit plan');
    await page.getByTestId('notes.toolbar.table').click();
    const cells = note.editor.locator('td, th');
    await expect.poll(() => cells.count()).toBe(9);
    await expect.poll(() => note.editor.locator('th').count()).toBe(3);
    await page.keyboard.type('City');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Date');
    await expect.poll(() => note.editor.locator('th').nth(1).textContent()).toBe('Date');
    expect(scripts.some((s) => /tableEditing/.test(s))).toBe(true);

    await page.getByTestId('notes.toolbar.addRow').click();
    await expect.poll(() => cells.count()).toBe(12);

    const other = new NotePage(await context.newPage());
    await other.open(seeded.noteUrl);
    await expect.poll(() => other.editor.locator('td, th').count(), { timeout: 10_000 }).toBe(12);
    expect(await other.text()).toContain('City\nDate');
  });
});
