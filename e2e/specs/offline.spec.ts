import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('journey 3: offline editing', () => {
  it('keeps what was typed offline across a reload and merges it when the connection returns', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxB, page: pageB } = await env.newPage();
    await env.signUpViaApi(ctxA, env.user('Pieter Claes', 'Ghent'));
    await env.signUpViaApi(ctxB, env.user('Lê Thu Hà', 'Huế'));
    const seeded = await seedWorkspace(env, ctxA, 'Weak links');
    await new WorkspacePages(pageB).acceptInvite(await invitePath(env, ctxA, seeded.workspaceId, 'editor'));

    const a = new NotePage(pageA);
    const b = new NotePage(pageB);
    await a.open(seeded.noteUrl);
    await b.open(seeded.noteUrl);
    await a.focusEndOf();
    await a.type('Online first.');
    await a.waitForState('saved');
    await expect.poll(() => b.text()).toContain('Online first.');
    // The service worker keeps the app shell so the page can reload without a network.
    await pageA.evaluate(() => navigator.serviceWorker.ready.then(() => true));

    await ctxA.setOffline(true);
    await a.waitForState('offline');
    await a.focusEndOf('Online first.');
    await pageA.keyboard.press('Enter');
    await a.type('Typed offline in Ghent.');
    // Meanwhile the other person keeps editing online.
    await b.focusEndOf('Online first.');
    await b.type(' Huế adds this online.');
    await b.waitForState('saved');
    await a.waitForStoredOnDevice();
    expect(await a.status.getAttribute('data-unsaved')).toBe('true');

    // Reload while still offline: the shell comes from the service worker, the text from IndexedDB.
    await pageA.reload();
    await a.editor.waitFor();
    expect(await pageA.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => a.text()).toContain('Typed offline in Ghent.');
    await a.waitForState('offline');
    await a.focusEndOf('Typed offline in Ghent.');
    await a.type(' And after the reload.');
    await a.waitForStoredOnDevice();
    expect(await b.text()).not.toContain('Typed offline in Ghent.');

    await ctxA.setOffline(false);
    await a.waitForState('saved', 30_000);
    const expected = [
      'Online first.',
      'Huế adds this online.',
      'Typed offline in Ghent.',
      'And after the reload.',
    ];
    for (const part of expected) {
      await expect.poll(() => a.text(), { timeout: 15_000 }).toContain(part);
      await expect.poll(() => b.text(), { timeout: 15_000 }).toContain(part);
    }
    await expect.poll(async () => (await a.text()) === (await b.text())).toBe(true);
    expect(await a.status.getAttribute('data-unsaved')).toBe('false');
  });
});
