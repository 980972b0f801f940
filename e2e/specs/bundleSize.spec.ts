import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { CLIENT_DIR } from '../fixtures/paths.ts';
import { recordTransfers, type Transfer } from '../fixtures/recordTransfers.ts';
import { seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { NotePage } from '../pages/NotePage.ts';

const NOTE_JS_BUDGET_BYTES = 250_000;
// Code that must never load on the notes route.
const OTHER_EDITORS = /whiteboard|actionPlan|export/i;

const isScript = (t: Transfer) => t.type === 'Script' || new URL(t.url).pathname.endsWith('.js');
const sum = (ts: Transfer[]) => ts.reduce((n, t) => n + t.bytes, 0);

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

// Weak connections: what Chromium actually transfers (CDP encodedDataLength), not local estimates.
describe('client bundle', () => {
  it('keeps other editors and export out of the notes route (build manifest)', () => {
    const output = execFileSync('pnpm', ['exec', 'tsx', path.join('scripts', 'bundleSize.ts')], {
      cwd: CLIENT_DIR,
      encoding: 'utf8',
    });
    expect(output).toMatch(/Notes route, initial JavaScript/);
    expect(output).not.toMatch(/FAIL/);
  });

  it('opens a note with at most 250 kB of JavaScript transferred, then again with none', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Nguyễn Thị Mai', 'Huế'));
    const seeded = await seedWorkspace(env, context, 'Weak networks');
    const recorder = await recordTransfers(context, page);

    const note = new NotePage(page);
    await note.open(seeded.noteUrl);
    await note.waitForState('saved');
    const first = recorder.take();
    const firstScripts = first.filter((t) => isScript(t) && !t.byServiceWorker);
    expect(firstScripts.length).toBeGreaterThan(1);
    for (const t of firstScripts) expect(t.url).not.toMatch(OTHER_EDITORS);
    // A script the page got from the service worker was downloaded by the worker: count those bytes.
    const networkBytes = new Map<string, number>();
    for (const t of first) networkBytes.set(t.url, Math.max(networkBytes.get(t.url) ?? 0, t.bytes));
    const noteUrls = new Set(firstScripts.map((t) => t.url));
    const firstJsBytes = [...noteUrls].reduce((n, url) => n + (networkBytes.get(url) ?? 0), 0);
    const background = first.filter((t) => isScript(t) && t.byServiceWorker && !noteUrls.has(t.url));
    console.log(
      `first visit: ${firstJsBytes} bytes of JavaScript for the note (${noteUrls.size} files), ` +
        `${sum(background)} bytes more cached in the background so far`,
    );
    expect(firstJsBytes).toBeGreaterThan(10_000);
    expect(firstJsBytes).toBeLessThanOrEqual(NOTE_JS_BUDGET_BYTES);

    // The service worker keeps what this visit loaded and then fetches the rest of the app in the
    // background; wait until both are done, so the repeat visit measures the page alone.
    const scriptPaths = [...noteUrls].map((url) => new URL(url).pathname);
    await expect
      .poll(
        () =>
          page.evaluate(async (paths) => {
            const name = (await caches.keys()).find((k) => k.startsWith('weft-shell-'));
            if (!name) return false;
            const cache = await caches.open(name);
            const hits = await Promise.all(paths.map((p) => cache.match(p)));
            const restDone = (await cache.keys()).some((r) =>
              new URL(r.url).pathname.startsWith('/__weft/rest-cached/'),
            );
            return restDone && hits.every((h) => h !== undefined);
          }, scriptPaths),
        { timeout: 30_000 },
      )
      .toBe(true);
    recorder.take();

    const again = await context.newPage();
    const repeatRecorder = await recordTransfers(context, again);
    await new NotePage(again).open(seeded.noteUrl);
    await new NotePage(again).waitForState('saved');
    await repeatRecorder.stop();
    await recorder.stop();
    const repeat = [...repeatRecorder.take(), ...recorder.take()];
    const repeatScripts = repeat.filter(isScript);
    expect(repeatScripts.length).toBeGreaterThanOrEqual(firstScripts.length);
    const downloaded = repeatScripts.filter((t) => t.bytes > 0);
    expect(downloaded.map((t) => t.url)).toEqual([]);
  });
});
