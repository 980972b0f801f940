import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { AppHeader } from '../pages/AppHeader.ts';
import { AuthPages } from '../pages/AuthPages.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface City {
  id: string;
  name: string;
  timeZone: string;
}

describe('journey: three cities in three zones, a two-party plan', () => {
  it('Lan signs up as "Hue" from an invite for Huế, Ghent and Huế agree a plan without Surat, Priya sees Surat times', async () => {
    const { context: ctxS, page: pageS } = await env.newPage();
    const { page: pageL } = await env.newPage();
    const { context: ctxP, page: pageP } = await env.newPage();
    const sofie = env.user('Sofie Claes', 'Ghent');
    const lan = env.user('Trần Thị Lan', 'Hue');
    const priya = env.user('Priya Shah', 'Surat');
    await env.signUpViaApi(ctxS, sofie);
    await env.signUpViaApi(ctxP, priya);

    // Sofie creates the workspace; plain city names get their zones from the known-city table.
    const sofieWs = new WorkspacePages(pageS);
    const workspaceUrl = await sofieWs.createWorkspace('Ghent – Huế – Surat textiles', 'Ghent, Huế, Surat');
    const workspaceId = new URL(workspaceUrl).pathname.split('/').at(-1) ?? '';
    const { workspace } = await env.api<{ workspace: { cities: City[] } }>(
      ctxS,
      'GET',
      `/api/workspaces/${workspaceId}`,
    );
    expect(workspace.cities.map((c) => [c.name, c.timeZone])).toEqual([
      ['Ghent', 'Europe/Brussels'],
      ['Huế', 'Asia/Ho_Chi_Minh'],
      ['Surat', 'Asia/Kolkata'],
    ]);
    expect(await pageS.getByTestId('workspace.cities').textContent()).toBe('Ghent · Huế · Surat');

    // An invite for Huế: Lan sees who invites her and for which city, signs up and lands inside.
    const hue = workspace.cities[1] as City;
    await pageS.getByTestId('workspace.invite.city').selectOption(hue.id);
    const inviteUrl = await sofieWs.createInvite('editor');
    await pageL.goto(new URL(inviteUrl).pathname);
    expect(await pageL.getByTestId('invite.invitedBy').textContent()).toContain('Sofie Claes');
    expect(await pageL.getByTestId('invite.city').textContent()).toContain('Huế');
    await pageL.getByTestId('invite.signup').click();
    await new AuthPages(pageL).signUp(lan, '');
    await pageL.getByTestId('workspace.title').waitFor();
    await expect
      .poll(() =>
        pageL.locator(`[data-testid="members.item"][data-email="${lan.email}"]`).getAttribute('data-city'),
      )
      .toBe('Huế');

    // Her profile page shows the city she represents there (what sign-off uses).
    await pageL.getByTestId('app.user').click();
    const lanCity = pageL.locator(
      `[data-testid="profile.workspaceCity"][data-workspace-id="${workspaceId}"]`,
    );
    await lanCity.waitFor();
    expect(await lanCity.inputValue()).toBe(hue.id);

    // Priya's invite names no city: she chooses (her profile city is suggested) and joins.
    const { url: openInvite } = await env.api<{ url: string }>(
      ctxS,
      'POST',
      `/api/workspaces/${workspaceId}/invites`,
      { role: 'editor' },
    );
    await pageP.goto(new URL(openInvite).pathname);
    const surat = workspace.cities[2] as City;
    expect(await pageP.getByTestId('invite.cityChoice').inputValue()).toBe(surat.id);
    await pageP.getByTestId('invite.accept').click();
    await pageP.getByTestId('workspace.title').waitFor();

    // A plan for Ghent and Huế only: Sofie leaves Surat out when proposing.
    const { document } = await env.api<{ document: { id: string } }>(
      ctxS,
      'POST',
      `/api/workspaces/${workspaceId}/documents`,
      { type: 'actionPlan', title: 'Ghent – Huế denim pilot' },
    );
    const planUrl = `/workspaces/${workspaceId}/plans/${document.id}`;
    const s = new ActionPlanPage(pageS);
    const l = new ActionPlanPage(pageL);
    const p = new ActionPlanPage(pageP);
    await s.open(planUrl);
    await l.open(planUrl);
    await p.open(planUrl);
    await pageS.locator('[data-testid="plan.signoff.partyChoice"][data-city="Surat"]').uncheck();
    await pageS.getByTestId('plan.signoff.propose').click();
    await expect.poll(() => s.status()).toBe('proposed');
    expect(
      await pageS
        .getByTestId('plan.signoff.party')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-party'))),
    ).toEqual(['Ghent', 'Huế']);

    // Signing names the plan being signed, then asks to confirm.
    await pageS.getByTestId('plan.signoff.sign').click();
    expect(await pageS.getByTestId('plan.signoff.confirmTitle').textContent()).toContain(
      'Ghent – Huế denim pilot',
    );
    await pageS.getByTestId('plan.signoff.confirmSign').click();

    // Lan (profile "Hue") represents Huế in this workspace, so she signs for it; the push reaches her.
    await pageL.getByTestId('plan.signoff.sign').waitFor({ timeout: 5_000 });
    expect(await pageL.getByTestId('plan.signoff.sign').textContent()).toContain('Huế');
    await pageL.getByTestId('plan.signoff.sign').click();
    await pageL.getByTestId('plan.signoff.confirmSign').click();
    await expect.poll(() => l.status()).toBe('agreed');
    await expect.poll(() => s.status(), { timeout: 5_000 }).toBe('agreed');
    // The agreed plan is read-only for its editors until they choose to edit anyway.
    await pageS.getByTestId('plan.locked').waitFor();
    expect(await s.editableFields()).toBe(0);
    // Surat is not a party: Priya cannot sign, and is told why.
    await expect.poll(() => p.status(), { timeout: 5_000 }).toBe('agreed');
    expect(await pageP.getByTestId('plan.signoff.sign').count()).toBe(0);

    // A session: Priya sees its time in all three cities (Surat included) and the call link.
    const { session } = await env.api<{ session: { id: string } }>(
      ctxS,
      'POST',
      `/api/workspaces/${workspaceId}/sessions`,
      {
        title: 'Denim pilot kick-off',
        start: '2026-04-14T08:00:00Z',
        durationMinutes: 60,
        videoUrl: 'https://meet.example.org/denim-pilot',
      },
    );
    await pageP.goto(`/workspaces/${workspaceId}/sessions/${session.id}`);
    const times = pageP.getByTestId('session.times.city');
    await times.first().waitFor();
    expect(await times.evaluateAll((els) => els.map((e) => e.getAttribute('data-city')))).toEqual([
      'Ghent',
      'Huế',
      'Surat',
    ]);
    expect(
      await pageP.locator('[data-testid="session.times.city"][data-city="Surat"]').getAttribute('data-iso'),
    ).toBe('2026-04-14T13:30:00+05:30');
    expect(await pageP.getByTestId('session.overlap').count()).toBe(1);
    expect(await pageP.getByTestId('session.joinCall').getAttribute('href')).toBe(
      'https://meet.example.org/denim-pilot',
    );
  });

  it('a facilitator edits cities (not one in use) and her profile on a phone; both pages pass axe', async () => {
    const { context, page } = await env.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const sofie = env.user('Sofie Claes', 'Ghent');
    await env.signUpViaApi(context, sofie);
    await new WorkspacePages(page).createWorkspace('Ghent – Atlantis', 'Ghent, Atlantis');

    // Atlantis got UTC; she sets its zone. Ghent is hers (profile city), so it cannot be removed.
    const rows = page.getByTestId('workspace.cities.row');
    await rows.nth(1).getByTestId('workspace.cities.zone').fill('Asia/Kolkata');
    await page.getByTestId('workspace.cities.save').click();
    await expect.poll(() => page.getByTestId('workspace.cities.message').textContent()).toBe('Cities saved.');
    await rows.first().getByTestId('workspace.cities.remove').click();
    await page.getByTestId('workspace.cities.save').click();
    await expect
      .poll(() => page.getByTestId('workspace.cities.message').textContent())
      .toContain('Ghent cannot be removed');
    expect(await page.getByTestId('workspace.cities').textContent()).toBe('Ghent · Atlantis');
    const onWorkspace = await runAxe(page);
    expect(onWorkspace, JSON.stringify(onWorkspace, null, 2)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await new AppHeader(page).openProfile();
    await page.getByTestId('profile.displayName').fill('Sofie Claes-Peeters');
    await page.getByTestId('profile.save').click();
    await page.getByTestId('profile.saved').waitFor();
    expect(await new AppHeader(page).userName()).toBe('Sofie Claes-Peeters');
    const onProfile = await runAxe(page);
    expect(onProfile, JSON.stringify(onProfile, null, 2)).toEqual([]);
  });
});
