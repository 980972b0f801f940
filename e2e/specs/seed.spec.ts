import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createE2eEnv, type E2eEnv } from '../fixtures/createE2eEnv.ts';
import { REPO_ROOT } from '../fixtures/paths.ts';
import { AuthPages } from '../pages/AuthPages.ts';
import { NotePage } from '../pages/NotePage.ts';

let env: E2eEnv;
let dataDir: string;
let seedOutput: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-seed-'));
  seedOutput = execFileSync('pnpm', ['seed'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, SCRYPT_COST: '10' },
    encoding: 'utf8',
  });
  env = await createE2eEnv({ DATA_DIR: dataDir });
});
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await env.screenshotAll(ctx.task.name);
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('first run: pnpm seed', () => {
  it('creates the demo workspace and a sample note the demo facilitator can open and edit', async () => {
    const match = /facilitator: (\S+)\s+password: (\S+)/.exec(seedOutput);
    expect(match, seedOutput).not.toBeNull();
    const [, email = '', password = ''] = match ?? [];

    const { page } = await env.newPage();
    await new AuthPages(page).logIn({ email, password, displayName: '', city: '' });
    await page.getByTestId('workspaces.item').first().click();
    await expect
      .poll(() => page.getByTestId('workspace.title').textContent())
      .toBe('Ghent – Huế textile exchange');
    await expect.poll(() => page.getByTestId('documents.item').count()).toBe(3);

    await page.getByTestId('documents.open').filter({ hasText: 'Kick-off session notes' }).click();
    const note = new NotePage(page);
    await note.editor.waitFor();
    await expect
      .poll(() => note.editor.locator('h1').textContent())
      .toBe('Kick-off session: circular textiles');
    expect(await note.editor.locator('ul[data-type="taskList"] li').count()).toBe(3);
    expect(await note.editor.locator('li[data-checked="true"]').count()).toBe(1);
    expect(await note.text()).toContain('Làm thế nào để thu gom vải vụn');
    await note.waitForState('saved');

    // Running the seed again changes nothing.
    const again = execFileSync('pnpm', ['seed'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(again).toContain('Already seeded');
  });
});
