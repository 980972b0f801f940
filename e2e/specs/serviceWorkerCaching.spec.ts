import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { recordTransfers } from '../fixtures/recordTransfers.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { NotePage } from '../pages/NotePage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('service worker on a first visit', () => {
  it("caches the rest of the app in the background, in the reader's language only, once", async () => {
    const { context, page } = await env.newPage();
    const signup = await context.request.post('/api/auth/signup', {
      headers: { 'X-Requested-With': 'weft' },
      data: { ...env.user('Trần Văn Minh', 'Huế'), language: 'vi', timeZone: 'Asia/Ho_Chi_Minh' },
    });
    expect(signup.status()).toBe(201);
    const seeded = await seedWorkspace(env, context, 'Huế first visit');
    const { document: plan } = await env.api<{ document: { id: string } }>(
      context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type: 'actionPlan', title: 'Kế hoạch' },
    );
    const recorder = await recordTransfers(context, page);

    await new NotePage(page).open(seeded.noteUrl);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const cachedPaths = () =>
      page.evaluate(async () => {
        const name = (await caches.keys()).find((k) => k.startsWith('weft-shell-'));
        if (!name) return [];
        const keys = await (await caches.open(name)).keys();
        return keys.map((r) => new URL(r.url).pathname);
      });
    await expect.poll(cachedPaths, { timeout: 60_000 }).toContain('/__weft/rest-cached/vi');
    const cached = await cachedPaths();
    expect(cached.some((p) => /^\/assets\/vi-/.test(p))).toBe(true);
    expect(cached.some((p) => /^\/assets\/ActionPlanPage-.*\.js$/.test(p))).toBe(true);
    expect(cached.filter((p) => /^\/assets\/(nl-|whiteboardStrings\.nl)/.test(p))).toEqual([]);
    const fetchedByWorker = recorder.take().filter((t) => t.byServiceWorker);
    expect(fetchedByWorker.filter((t) => /\/assets\/(nl-|whiteboardStrings\.nl)/.test(t.url))).toEqual([]);

    // Opening another editor later uses the cache, and the background work is not repeated.
    const second = await context.newPage();
    const secondRecorder = await recordTransfers(context, second);
    await new ActionPlanPage(second).open(`/workspaces/${seeded.workspaceId}/plans/${plan.id}`);
    await second.waitForLoadState('networkidle');
    await secondRecorder.stop();
    await recorder.stop();
    const later = [...secondRecorder.take(), ...recorder.take()];
    const assets = later.filter((t) => new URL(t.url).pathname.startsWith('/assets/'));
    expect(assets.some((t) => /ActionPlanPage-.*\.js$/.test(t.url))).toBe(true);
    expect(assets.filter((t) => t.bytes > 0).map((t) => t.url)).toEqual([]);
  });
});
