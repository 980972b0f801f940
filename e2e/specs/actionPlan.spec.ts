import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

/** A workspace of Ghent and Huế with an action plan; returns the plan's URL. */
async function seedPlan(ctx: Parameters<E2eEnv['api']>[0], title: string) {
  const seeded = await seedWorkspace(env, ctx, 'Ghent – Huế textile exchange');
  const { document } = await env.api<{ document: { id: string } }>(
    ctx,
    'POST',
    `/api/workspaces/${seeded.workspaceId}/documents`,
    { type: 'actionPlan', title },
  );
  return {
    workspaceId: seeded.workspaceId,
    documentId: document.id,
    url: `/workspaces/${seeded.workspaceId}/plans/${document.id}`,
  };
}

const HUE_ITEM = 'Thí điểm thu gom quần áo cũ ở Huế';
const GHENT_ITEM = 'Denim sorting visit in Ghent';

describe('journey: two cities fill, agree and export an action plan', () => {
  it('co-edit with visible focus, both sign, download the PDF, then an edit voids the signatures', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxB, page: pageB } = await env.newPage();
    const an = env.user('An Vermeulen', 'Ghent');
    const lan = env.user('Nguyễn Thị Lan', 'Huế');
    await env.signUpViaApi(ctxA, an);
    await env.signUpViaApi(ctxB, lan);
    const plan = await seedPlan(ctxA, 'Kế hoạch hành động 2026');
    await new WorkspacePages(pageB).acceptInvite(await invitePath(env, ctxA, plan.workspaceId, 'editor'));

    const a = new ActionPlanPage(pageA);
    const b = new ActionPlanPage(pageB);
    await a.open(plan.url);
    await b.open(plan.url);

    // Both add items; each sees the other's at once.
    await a.addItem('goal', 'Circular textiles in both cities');
    await expect.poll(() => b.titles('goal')).toEqual(['Circular textiles in both cities']);
    const hue = await b.addItem('activity', HUE_ITEM);
    await expect.poll(() => a.titles('activity')).toEqual([HUE_ITEM]);
    const ghent = await a.addItem('activity', GHENT_ITEM);
    await expect.poll(() => b.titles('activity')).toEqual([HUE_ITEM, GHENT_ITEM]);
    // A new item is led by its author's city.
    expect(await a.itemById(hue).getByTestId('plan.item.leadCity').inputValue()).toBe('Huế');

    // Lan edits the owner of An's item: An sees her name on exactly that field, then her text.
    await b.itemById(ghent).getByTestId('plan.item.owner').click();
    await expect.poll(() => a.peerFocus()).toContain(`${lan.displayName}|${ghent}|leadResponsible.person`);
    await pageB.keyboard.type('Trần Thu Hà', { delay: 10 });
    await expect
      .poll(() => a.itemById(ghent).getByTestId('plan.item.owner').inputValue())
      .toBe('Trần Thu Hà');
    await a.itemById(hue).getByTestId('plan.item.status').selectOption('planned');
    await a.itemById(hue).getByTestId('plan.item.dueDate').fill('2026-06-30');
    await expect.poll(() => b.itemById(hue).getByTestId('plan.item.status').inputValue()).toBe('planned');
    await expect.poll(() => b.itemById(hue).getByTestId('plan.item.dueDate').inputValue()).toBe('2026-06-30');

    // Keyboard reordering, announced for screen readers, seen by the other person.
    await a.itemById(ghent).getByTestId('plan.item.title').focus();
    await pageA.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => b.titles('activity')).toEqual([GHENT_ITEM, HUE_ITEM]);
    await expect.poll(() => pageA.getByTestId('plan.announcer').textContent()).toContain('position 1 of 2');
    expect(await pageA.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'plan.item.title',
    );

    // Both type into the same description at once; both texts survive.
    await a.itemById(hue).getByTestId('plan.item.details').click();
    await b.itemById(hue).getByTestId('plan.item.details').click();
    const descA = pageA.getByTestId('plan.detail.description');
    const descB = pageB.getByTestId('plan.detail.description');
    await descA.click();
    await pageA.keyboard.type('Thu gom tại chợ Đông Ba. ', { delay: 10 });
    await expect.poll(() => descB.inputValue()).toBe('Thu gom tại chợ Đông Ba. ');
    await descB.click();
    await pageB.keyboard.press('End');
    await Promise.all([
      pageA.keyboard.type('Ghent shares its sorting guide.', { delay: 25 }),
      pageB.keyboard.type('Huế báo cáo mỗi quý.', { delay: 25 }),
    ]);
    await a.waitForState('saved');
    await b.waitForState('saved');
    await expect.poll(async () => (await descA.inputValue()) === (await descB.inputValue())).toBe(true);
    const description = await descA.inputValue();
    expect(description).toContain('Ghent shares its sorting guide.');
    expect(description).toContain('Huế báo cáo mỗi quý.');

    // Sign-off: Ghent proposes and signs, Huế signs, the plan is agreed.
    await pageA.getByTestId('plan.signoff.propose').click();
    await expect.poll(() => a.status()).toBe('proposed');
    await pageA.getByTestId('plan.signoff.sign').click();
    await pageA.getByTestId('plan.signoff.confirmSign').click();
    await expect
      .poll(() =>
        pageA.locator('[data-testid="plan.signoff.party"][data-party="Ghent"]').getAttribute('data-signed'),
      )
      .toBe('true');
    await pageB.getByTestId('plan.signoff.sign').waitFor({ timeout: 15_000 });
    // Lan may sign only for her own city.
    expect(await pageB.getByTestId('plan.signoff.sign').textContent()).toContain('Huế');
    await pageB.getByTestId('plan.signoff.sign').click();
    await pageB.getByTestId('plan.signoff.confirmSign').click();
    await expect.poll(() => b.status()).toBe('agreed');
    await expect.poll(() => a.status(), { timeout: 15_000 }).toBe('agreed');
    expect(await pageA.getByTestId('plan.signoff.signature').count()).toBe(2);
    // Ghent hears (politely) that Huế's signature made the plan agreed.
    await expect.poll(() => pageA.getByTestId('plan.signoff.announcement').textContent()).toContain('Agreed');
    expect(await pageA.getByTestId('plan.signoff.announcement').getAttribute('role')).toBe('status');

    // The PDF downloads with the plan's Vietnamese title as its name.
    const download = await a.download('plan.export');
    const pdf = fs.readFileSync((await download.path()) ?? '');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(download.suggestedFilename().normalize('NFC')).toContain('Kế hoạch hành động 2026');
    const exported = await env.api<{ plan: { items: { title: string }[] } }>(
      ctxB,
      'GET',
      `/api/documents/${plan.documentId}/export?format=json`,
    );
    expect(exported.plan.items.map((i) => i.title)).toContain(HUE_ITEM);

    // Lan edits after agreement: a new draft, the change is shown, the signatures are void.
    // The agreed plan is read-only until she says she means to void the signatures.
    expect(await b.editableFields()).toBe(0);
    await pageB.getByTestId('plan.editAnyway').click();
    await b.itemById(hue).getByTestId('plan.item.title').fill(`${HUE_ITEM} và Gent`);
    await expect.poll(() => a.status(), { timeout: 15_000 }).toBe('draft');
    await pageA.getByTestId('plan.signoff.changed').waitFor();
    await expect.poll(() => pageA.getByTestId('plan.signoff.voidSignature').count()).toBe(2);
    expect(
      await pageA
        .getByTestId('plan.signoff.voidSignature')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-void'))),
    ).toEqual(['true', 'true']);
    await expect.poll(() => pageA.getByTestId('plan.diff.changed').count()).toBe(1);
    expect(await pageA.getByTestId('plan.diff.changed').textContent()).toContain(`${HUE_ITEM} và Gent`);
    await expect.poll(() => a.itemById(hue).getByTestId('plan.item.changeMark').count()).toBe(1);
    expect(await pageA.getByTestId('plan.signoff.signature').count()).toBe(0);

    // The agreed version still opens read-only, as it was signed.
    await pageA.getByTestId('plan.signoff.openAgreed').click();
    await pageA.getByTestId('plan.versionView').waitFor();
    await expect.poll(() => a.titles('activity')).toEqual([GHENT_ITEM, HUE_ITEM]);
    expect(await a.editableFields()).toBe(0);
    expect(await pageA.getByTestId('plan.versionView.signature').count()).toBe(2);
    await pageA.getByTestId('plan.version.back').click();
    await expect.poll(() => a.titles('activity')).toEqual([GHENT_ITEM, `${HUE_ITEM} và Gent`]);
  });

  it('reorders by dragging a row onto another level', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Bram Peeters', 'Ghent'));
    const plan = await seedPlan(context, 'Drag plan');
    const p = new ActionPlanPage(page);
    await p.open(plan.url);
    const first = await p.addItem('activity', 'First');
    await p.addItem('activity', 'Second');
    const output = await p.addItem('output', 'An output');
    await p
      .itemById(first)
      .getByTestId('plan.item.handle')
      .dragTo(p.itemById(output), {
        targetPosition: { x: 40, y: 2 },
      });
    await expect.poll(() => p.titles('output')).toEqual(['First', 'An output']);
    expect(await p.titles('activity')).toEqual(['Second']);
  });
});

describe('CSV import and accessibility', () => {
  it('lists the problems of a bad CSV by row and column, imports a good one, and has no serious axe issues', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Bram Peeters', 'Ghent'));
    const plan = await seedPlan(context, 'Imported plan');
    const p = new ActionPlanPage(page);
    await p.open(plan.url);
    const header = 'title,description,city,owner,dueDate,status\r\n';
    const csv = (rows: string) => ({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(header + rows),
    });

    await page
      .getByTestId('plan.import.file')
      .setInputFiles(csv('Sorting pilot,,Ghent,An,2026-13-45,planned\r\n'));
    await page.getByTestId('plan.import.errors').waitFor();
    const cells = await page.getByTestId('plan.import.error').first().locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual(['2', 'dueDate']);
    expect(await p.titles()).toEqual([]);

    await page
      .getByTestId('plan.import.file')
      .setInputFiles(csv(`${HUE_ITEM},Mô tả,Huế,Lan,2026-06-30,In Progress\r\n`));
    await expect.poll(() => p.titles('activity')).toEqual([HUE_ITEM]);
    expect(await page.getByTestId('plan.import.result').getAttribute('data-outcome')).toBe('done');
    expect(await page.getByTestId('plan.item.status').inputValue()).toBe('in_progress');

    await page.getByTestId('plan.item.details').click();
    await page.getByTestId('plan.detail').waitFor();
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});

describe('a viewer reads the plan', () => {
  it('sees edits live, cannot change anything or sign, and can export', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxV, page: pageV } = await env.newPage();
    await env.signUpViaApi(ctxA, env.user('Sofie Declercq', 'Ghent'));
    await env.signUpViaApi(ctxV, env.user('Trần Văn Minh', 'Huế'));
    const plan = await seedPlan(ctxA, 'Observed plan');
    await new WorkspacePages(pageV).acceptInvite(await invitePath(env, ctxA, plan.workspaceId, 'viewer'));
    const writer = new ActionPlanPage(pageA);
    const viewer = new ActionPlanPage(pageV);
    await writer.open(plan.url);
    await viewer.open(plan.url);
    await writer.addItem('outcome', 'Less textile waste');
    await expect.poll(() => viewer.titles('outcome')).toEqual(['Less textile waste']);
    await pageV.getByTestId('plan.readOnly').waitFor();
    expect(await viewer.editableFields()).toBe(0);
    expect(await pageV.getByTestId('plan.item.add').count()).toBe(0);
    expect(await pageV.getByTestId('plan.item.handle').count()).toBe(0);
    expect(await pageV.getByTestId('plan.import.file').count()).toBe(0);
    await pageV.getByTestId('plan.item.details').click();
    expect(await viewer.editableFields()).toBe(0);
    await viewer.signOff.waitFor();
    await expect.poll(() => pageV.getByTestId('plan.signoff.blocked').count()).toBe(1);
    expect(await pageV.locator('[data-testid^="plan.signoff."]:is(button)').count()).toBe(0);
    const download = await viewer.download('plan.export');
    const pdf = fs.readFileSync((await download.path()) ?? '');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });
});
