import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

const GOAL = 'Giảm rác thải dệt may → tái chế 30%';
const ACTIVITY = 'Thu gom quần áo cũ ở Huế • mỗi quý';

/** The text of a PDF as poppler's pdftotext reads it (what a council's tools extract). */
function pdfToText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

describe('exports in the reader language', () => {
  it('a Vietnamese user downloads a PDF in Vietnamese, diacritics and arrows intact; an agreed plan exports its agreed version', async () => {
    const { context, page } = await env.newPage();
    const lan = env.user('Nguyễn Thị Lan', 'Huế');
    const signup = await context.request.post('/api/auth/signup', {
      headers: { 'X-Requested-With': 'weft' },
      data: { ...lan, timeZone: 'Asia/Ho_Chi_Minh', language: 'vi' },
    });
    expect(signup.status(), await signup.text()).toBe(201);
    // A one-city workspace, so Lan alone can propose and sign.
    const { workspace } = await env.api<{ workspace: { id: string } }>(context, 'POST', '/api/workspaces', {
      title: 'Kế hoạch Huế',
      cities: ['Huế'],
    });
    const { document: planDoc } = await env.api<{ document: { id: string } }>(
      context,
      'POST',
      `/api/workspaces/${workspace.id}/documents`,
      { type: 'actionPlan', title: 'Kế hoạch hành động dệt may 2026' },
    );

    const plan = new ActionPlanPage(page);
    await plan.open(`/workspaces/${workspace.id}/plans/${planDoc.id}`);
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    await plan.addItem('goal', GOAL);
    await plan.addItem('activity', ACTIVITY);
    await expect.poll(() => plan.titles('activity')).toEqual([ACTIVITY]);

    await page.getByTestId('plan.export.toggle').click();
    expect(await page.getByTestId('plan.export.heading').textContent()).toBe('Xuất bản nháp hiện tại');
    await page.getByTestId('plan.export.toggle').click();
    const draft = await plan.download('plan.export');
    const text = pdfToText((await draft.path()) ?? '').normalize('NFC');
    for (const expected of [
      'Kế hoạch hành động dệt may 2026',
      GOAL,
      ACTIVITY,
      'Ký duyệt',
      'Chưa có chữ ký nào.',
      'Mục tiêu',
      'Hoạt động',
      'Trạng thái: Nháp',
      'Thành phố chủ trì: Huế',
      'Trang 1 / 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/Sign-off|Status:|Page 1 of/);

    // Agreed: the menu says it exports the agreed version, and the file is that version.
    await page.getByTestId('plan.signoff.propose').click();
    await expect.poll(() => plan.status()).toBe('proposed');
    await page.getByTestId('plan.signoff.sign').click();
    await page.getByTestId('plan.signoff.confirmSign').click();
    await expect.poll(() => plan.status(), { timeout: 15_000 }).toBe('agreed');
    await page.getByTestId('plan.export.toggle').click();
    await expect
      .poll(() => page.getByTestId('plan.export.heading').textContent())
      .toMatch(/^Xuất phiên bản đã thống nhất: /);
    await page.getByTestId('plan.export.toggle').click();
    const agreed = await plan.download('plan.export');
    expect(agreed.suggestedFilename()).toMatch(/Agreed v1\.pdf$/);
    const agreedText = pdfToText((await agreed.path()) ?? '').normalize('NFC');
    expect(agreedText).toContain('Đã thống nhất');
    expect(agreedText).toContain('Người ký');
    expect(agreedText).toMatch(/Huế \(GMT\+7\)/);
    expect(agreedText).not.toContain('Asia/');
  });
});
