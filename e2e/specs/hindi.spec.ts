import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { NotePage } from '../pages/NotePage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const FONT_FILE = /noto-sans-devanagari-devanagari-\d+-normal-[\w-]+\.woff2$/;

/** Records every Devanagari web font file the page asks for. */
function recordFontRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (FONT_FILE.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

/** The status of each "Noto Sans Devanagari" face the page declares, once its fonts are settled. */
function devanagariFaces(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/"/g, '') === 'Noto Sans Devanagari')
      .map((f) => f.status);
  });
}

describe('a Hindi session', () => {
  it('picks हिन्दी from the menu, keeps it for the account, co-edits Hindi text live in the web font', async () => {
    const { context: priyaContext, page: priya } = await env.newPage();
    const fontRequests = recordFontRequests(priya);
    await env.signUpViaApi(priyaContext, env.user('Priya Sharma', 'Pune'));
    const seeded = await seedWorkspace(env, priyaContext, 'Pune – Huế water exchange');

    await priya.goto('/workspaces');
    await priya.getByTestId('workspaces.list').waitFor();
    expect(await priya.getByRole('heading', { level: 1 }).textContent()).toBe('Workspaces');

    // The menu names Hindi in Hindi.
    const option = priya.getByTestId('app.language').locator('option[value="hi"]');
    expect(await option.textContent()).toBe('हिन्दी');
    expect(await option.getAttribute('lang')).toBe('hi');
    await priya.getByTestId('app.language').selectOption({ label: 'हिन्दी' });
    await priya.waitForFunction(() => document.documentElement.lang === 'hi');
    await expect.poll(() => priya.getByRole('heading', { level: 1 }).textContent()).toBe('कार्यक्षेत्र');
    expect(await priya.getByTestId('app.logout').textContent()).toBe('लॉग आउट करें');

    // Kept on the account: the API says so, and a reload (and another browser) starts in Hindi.
    await expect
      .poll(
        async () =>
          (await env.api<{ user: { language: string } }>(priyaContext, 'GET', '/api/me')).user.language,
      )
      .toBe('hi');
    await priya.reload();
    await priya.waitForFunction(() => document.documentElement.lang === 'hi');
    expect(await priya.getByRole('heading', { level: 1 }).textContent()).toBe('कार्यक्षेत्र');
    const { context: elsewhere, page: elsewherePage } = await env.newPage();
    await elsewhere.addCookies(await priyaContext.cookies());
    await elsewherePage.goto('/workspaces');
    await elsewherePage.waitForFunction(() => document.documentElement.lang === 'hi');
    expect(await elsewherePage.getByRole('heading', { level: 1 }).textContent()).toBe('कार्यक्षेत्र');
    await elsewhere.close();

    // Hindi labels are longer than English ones: the header still fits a 390 px phone.
    await priya.setViewportSize({ width: 390, height: 844 });
    await priya.reload();
    await priya.getByTestId('workspaces.list').waitFor();
    expect(await priya.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await priya.setViewportSize({ width: 1280, height: 860 });

    await priya.goto(`/workspaces/${seeded.workspaceId}`);
    await priya.getByTestId('documents.list').waitFor();
    expect(await priya.getByTestId('workspace.invite.create').textContent()).toBe('लिंक बनाएँ');

    // A second person joins and both write Hindi into the same note.
    const { context: rahulContext, page: rahul } = await env.newPage();
    await env.signUpViaApi(rahulContext, env.user('Rahul Verma', 'Pune'));
    const invite = await invitePath(env, priyaContext, seeded.workspaceId, 'editor');
    await env.api(rahulContext, 'POST', `/api${invite.replace('/invite/', '/invites/')}/accept`);

    const notePriya = new NotePage(priya);
    await notePriya.open(seeded.noteUrl);
    await notePriya.waitForState('saved');
    expect(await notePriya.status.textContent()).toContain('सभी बदलाव सहेज लिए गए');
    expect(await priya.getByTestId('notes.toolbar.bold').getAttribute('aria-label')).toBe('बोल्ड');

    const noteRahul = new NotePage(rahul);
    await noteRahul.open(seeded.noteUrl);
    await noteRahul.waitForState('saved');

    await notePriya.focusEndOf();
    await notePriya.type('पानी की बचत पर चर्चा।');
    await expect.poll(() => noteRahul.text(), { timeout: 15_000 }).toContain('पानी की बचत पर चर्चा।');
    await noteRahul.focusEndOf('पानी की बचत');
    await noteRahul.type(' अगला सत्र पुणे में होगा।');
    await expect
      .poll(() => notePriya.text(), { timeout: 15_000 })
      .toContain('पानी की बचत पर चर्चा। अगला सत्र पुणे में होगा।');
    await notePriya.waitForState('saved');

    // The Devanagari face was fetched over the network and renders the text.
    await expect.poll(() => fontRequests.length).toBeGreaterThan(0);
    expect(await devanagariFaces(priya)).toContain('loaded');
    expect(
      await priya.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Sans Devanagari"', 'हिन्दी');
      }),
    ).toBe(true);
    const family = await priya.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(family).toContain('Noto Sans Devanagari');
  });

  it('does not download the Devanagari font on Vietnamese or English pages', async () => {
    const { context, page } = await env.newPage();
    const fontRequests = recordFontRequests(page);
    await env.signUpViaApi(context, env.user('Trần Văn Bảo', 'Huế'));
    const seeded = await seedWorkspace(env, context, 'Huế – Ghent textile exchange');

    await page.goto('/workspaces');
    await page.getByTestId('workspaces.list').waitFor();
    await page.getByTestId('app.language').selectOption('vi');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    const note = new NotePage(page);
    await note.open(seeded.noteUrl);
    await note.waitForState('saved');
    await note.focusEndOf();
    await note.type('Dệt may bền vững ở Huế.');
    await note.waitForState('saved');
    expect(await devanagariFaces(page)).not.toContain('loaded');

    await page.getByTestId('app.language').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`/workspaces/${seeded.workspaceId}`);
    await page.getByTestId('documents.list').waitFor();
    const statuses = await devanagariFaces(page);
    expect(statuses).toHaveLength(2);
    expect(statuses.every((s) => s === 'unloaded')).toBe(true);
    expect(fontRequests).toEqual([]);

    // About to open the menu (pointed at): the font comes, so "हिन्दी" never shows as boxes.
    await page.getByTestId('app.language').hover();
    await expect.poll(() => fontRequests.length).toBeGreaterThan(0);
  });
});
