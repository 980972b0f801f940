import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe as runAxeRaw } from '../fixtures/runAxe.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { type BoardPoint, WhiteboardPage } from '../pages/WhiteboardPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;

/** Violations as one line each, so a failure names the elements. */
const runAxe = async (page: Page) =>
  (await runAxeRaw(page)).map((v) => `${v.id}: ${v.help} at ${v.targets.join(', ')}`);
useE2eEnv((started) => {
  env = started;
});

/** Clicks the board at `at` (board coordinates): on a sticky, as a participant voting would. */
async function clickBoard(board: WhiteboardPage, at: BoardPoint): Promise<void> {
  const p = await board.toClient(at);
  await board.page.mouse.click(p.x, p.y);
}

/** expect.poll with room for three real browsers on a shared 2-core machine. */
const poll = <T>(fn: () => Promise<T> | T, options = { timeout: 10_000 }) => expect.poll(fn, options);

const dotsLeft = (page: Page) => page.getByTestId('vote.left').textContent();
const badge = (page: Page, id: string) =>
  page.locator(`[data-testid="vote.badge"][data-target-id="${id}"] [aria-hidden="true"]`).textContent();

describe('dot voting on a whiteboard', () => {
  it('a facilitator runs a 3-dot vote with two participants; counts appear on reveal and stay after closing', async () => {
    const { context: ctxF, page: pageF } = await env.newPage();
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxB, page: pageB } = await env.newPage();
    const facilitator = env.user('Sofie Declercq', 'Ghent');
    const anh = env.user('Nguyễn Thị Anh', 'Huế');
    // Ghent, not Surat: userColor's shades of Surat's yellowish hue can fail white-text contrast (axe).
    const priya = env.user('Priya Shah', 'Ghent');
    await env.signUpViaApi(ctxF, facilitator);
    await env.signUpViaApi(ctxA, anh);
    await env.signUpViaApi(ctxB, priya);
    const seeded = await seedWorkspace(env, ctxF, 'Ghent ⇄ Huế');
    await new WorkspacePages(pageA).acceptInvite(
      await invitePath(env, ctxF, seeded.workspaceId, 'commenter'),
    );
    await new WorkspacePages(pageB).acceptInvite(await invitePath(env, ctxF, seeded.workspaceId, 'editor'));
    const { document } = await env.api<{ document: { id: string } }>(
      ctxF,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type: 'whiteboard', title: 'Priorities' },
    );
    const boardPath = `/workspaces/${seeded.workspaceId}/whiteboards/${document.id}`;

    const boardF = new WhiteboardPage(pageF);
    await boardF.open(boardPath);
    // Right of the voting card, which opens over the board's left side.
    const spots: BoardPoint[] = [
      { x: 560, y: 180 },
      { x: 820, y: 180 },
      { x: 560, y: 440 },
      { x: 820, y: 440 },
    ];
    const ids: string[] = [];
    for (const [i, at] of spots.entries()) ids.push(await boardF.addSticky(at, `Idea ${i + 1}`));
    await boardF.waitForState('saved');
    const [s1, s2, s3, s4] = ids as [string, string, string, string];

    const boardA = new WhiteboardPage(pageA);
    const boardB = new WhiteboardPage(pageB);
    await boardA.open(boardPath);
    await boardB.open(boardPath);
    await poll(async () => (await boardA.shapes()).length, { timeout: 15_000 }).toBe(4);
    await poll(async () => (await boardB.shapes()).length, { timeout: 15_000 }).toBe(4);

    // The facilitator opens a vote with 3 dots each on the whole board.
    await pageF.getByTestId('vote.toggle').click();
    await pageF.getByTestId('vote.dots').fill('3');
    await pageF.getByTestId('vote.open').click();
    await poll(() => pageF.getByTestId('vote.status').getAttribute('data-status')).toBe('open');

    // Participants get the card on their own, with their dots.
    await poll(() => dotsLeft(pageA), { timeout: 10_000 }).toBe('Dots left: 3 of 3');
    await poll(() => dotsLeft(pageB), { timeout: 10_000 }).toBe('Dots left: 3 of 3');
    expect(await pageA.getByTestId('vote.announcement').textContent()).toContain('A vote opened');

    // Anh: two dots on idea 1, one on idea 2; a fourth is refused with a clear message.
    for (const [at, left] of [
      [spots[0], 2],
      [spots[0], 1],
      [spots[1], 0],
    ] as const) {
      await clickBoard(boardA, at as BoardPoint);
      await poll(() => dotsLeft(pageA)).toBe(`Dots left: ${left} of 3`);
    }
    await poll(() =>
      pageA.locator(`[data-testid="vote.mine"][data-target-id="${s1}"]`).getAttribute('data-count'),
    ).toBe('2');
    await clickBoard(boardA, spots[3] as BoardPoint);
    await poll(() => pageA.getByTestId('vote.message').textContent()).toBe(
      'You have used all 3 of your dots. Take one back to move it.',
    );
    expect(await dotsLeft(pageA)).toBe('Dots left: 0 of 3');

    // Priya: ideas 2 and 3 by clicking, idea 4 by keyboard (selected, then D; Shift+D takes back).
    for (const [i, at] of ([spots[1], spots[2]] as BoardPoint[]).entries()) {
      await clickBoard(boardB, at);
      await poll(() => dotsLeft(pageB)).toBe(`Dots left: ${2 - i} of 3`);
    }
    await pageB.getByTestId('vote.clickMode').uncheck();
    await clickBoard(boardB, spots[3] as BoardPoint);
    await poll(() => boardB.selectedId()).toBe(s4);
    expect(await dotsLeft(pageB)).toBe('Dots left: 1 of 3');
    await pageB.keyboard.press('d');
    await poll(() => dotsLeft(pageB)).toBe('Dots left: 0 of 3');
    await pageB.keyboard.press('Shift+D');
    await poll(() => dotsLeft(pageB)).toBe('Dots left: 1 of 3');
    await pageB.keyboard.press('d');
    await poll(() => dotsLeft(pageB)).toBe('Dots left: 0 of 3');
    expect((await boardB.shapes()).length).toBe(4);
    // Before reveal nobody sees counts, only totals.
    await poll(() => pageF.getByTestId('vote.totals').textContent()).toBe(
      'People who voted: 2 · dots placed: 6',
    );
    expect(await pageF.locator('[data-testid="vote.badge"]').count()).toBe(0);
    expect(await pageA.locator('[data-testid="vote.badge"]').count()).toBe(0);

    await pageF.getByTestId('vote.reveal').click();
    const expected: Record<string, string> = { [s1]: '2', [s2]: '2', [s3]: '1', [s4]: '1' };
    for (const page of [pageF, pageA, pageB]) {
      for (const [id, count] of Object.entries(expected)) {
        await poll(() => badge(page, id), { timeout: 10_000 }).toBe(count);
      }
    }
    await poll(() => pageA.getByTestId('vote.announcement').textContent()).toContain('revealed');
    const ranked = await pageF
      .getByTestId('vote.result')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.textContent)),
      );
    expect(ranked).toEqual([
      ['1', 'Idea 1', '2'],
      ['1', 'Idea 2', '2'],
      ['3', 'Idea 3', '1'],
      ['3', 'Idea 4', '1'],
    ]);

    await pageF.getByTestId('vote.close').click();
    await poll(() => pageB.getByTestId('vote.status').getAttribute('data-status')).toBe('closed');
    await poll(() => pageB.getByTestId('vote.announcement').textContent()).toContain('Vote closed');
    expect(await runAxe(pageA), 'board with the voting card').toEqual([]);

    // The board's SVG export (of the whole board: nothing selected) draws the counts, and the
    // panel's CSV ranks them.
    await clickBoard(boardF, { x: 700, y: 620 });
    await poll(() => pageF.evaluate(() => window.__weftWhiteboard?.selection())).toEqual([]);
    const [svgDownload] = await Promise.all([
      pageF.waitForEvent('download'),
      pageF.getByTestId('whiteboard.export.svg').click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg.match(/data-vote-count="\d+"/g)?.sort()).toEqual([
      'data-vote-count="1"',
      'data-vote-count="1"',
      'data-vote-count="2"',
      'data-vote-count="2"',
    ]);
    const [csvDownload] = await Promise.all([
      pageF.waitForEvent('download'),
      pageF.getByTestId('vote.downloadCsv').click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFF"Rank","Sticky","Dots","Voters"',
      '"1","Idea 1","2","Nguyễn Thị Anh (2)"',
    ]);

    // The result stays on the board after a reload.
    await boardA.open(boardPath);
    for (const [id, count] of Object.entries(expected)) {
      await poll(() => badge(pageA, id), { timeout: 10_000 }).toBe(count);
    }
    await pageA.getByTestId('vote.toggle').click();
    expect(await runAxe(pageA), 'board with a closed vote').toEqual([]);

    // At 390 px the card fits the screen and still shows the ranked result.
    await pageA.setViewportSize({ width: 390, height: 800 });
    const card = await pageA.getByTestId('vote.panel').boundingBox();
    expect(card).not.toBeNull();
    expect((card?.x ?? -1) >= 0 && (card?.x ?? 0) + (card?.width ?? 999) <= 390).toBe(true);
    expect(await pageA.getByTestId('vote.result').count()).toBe(4);
  });
});
