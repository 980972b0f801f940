import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { LivePages } from '../pages/LivePages.ts';
import { NotePage } from '../pages/NotePage.ts';
import { SessionFacilitationPage } from '../pages/SessionFacilitationPage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

/** The socket.io WebSockets the page opens; `reset` before a navigation that loads a new document. */
function socketIoConnections(page: Page): { urls: string[]; reset(): void } {
  const urls: string[] = [];
  page.on('websocket', (ws) => {
    if (ws.url().includes('/socket.io/')) urls.push(ws.url());
  });
  return {
    urls,
    reset: () => {
      urls.length = 0;
    },
  };
}

describe('one socket.io connection per tab', () => {
  it('carries presence, the inbox, comments, session changes and facilitation', async () => {
    const { context: ctxF, page: pageF } = await env.newPage();
    const { context: ctxM, page: pageM } = await env.newPage();
    const facilitator = env.user('Sofie Declercq', 'Ghent');
    const member = env.user('Trần Thị Lan', 'Huế');
    await env.signUpViaApi(ctxF, facilitator);
    await env.signUpViaApi(ctxM, member);
    const seeded = await seedWorkspace(env, ctxF, 'One socket');
    await new WorkspacePages(pageM).acceptInvite(await invitePath(env, ctxF, seeded.workspaceId, 'editor'));
    const workspaceUrl = `/workspaces/${seeded.workspaceId}`;
    const fac = new LivePages(pageF);
    const sockets = socketIoConnections(pageM);

    // An unread thread for the member: the inbox counts come once, right after the connection opens.
    await env.api(ctxF, 'POST', `/api/documents/${seeded.noteId}/threads`, {
      anchor: { kind: 'text', start: 'AAAA', end: 'AAAA' },
      body: 'Xin chào',
    });

    // A note: presence, the inbox badge and the comment threads all started, on one connection.
    sockets.reset();
    await new NotePage(pageM).open(seeded.noteUrl);
    // A click starts the comment threads and the inbox at once (lib/pageReady.ts).
    await pageM.getByTestId('notes.editor').click();
    await pageM.getByTestId('inbox.badge').waitFor();
    await pageM.getByTestId('comments.toggle').waitFor();
    // The badge starts after the note, when the connection (opened for presence) has its counts.
    await expect
      .poll(() => pageM.getByTestId('inbox.badge').getAttribute('data-unread-threads'), { timeout: 10_000 })
      .toBe('1');
    await pageF.goto(workspaceUrl);
    await expect
      .poll(() => fac.locationOf(member.displayName), { timeout: 15_000 })
      .toContain('in Field visit notes');
    expect(sockets.urls).toHaveLength(1);

    // The workspace page: a session planned by someone else appears without a reload.
    await pageM.goto(workspaceUrl);
    await expect
      .poll(() => fac.locationOf(member.displayName), { timeout: 15_000 })
      .toContain('in the workspace');
    const sessionId = await fac.planSession('Phiên 4: một kết nối', ['Field visit notes']);
    await pageM
      .locator(`[data-testid="sessions.item"][data-session-id="${sessionId}"]`)
      .waitFor({ timeout: 10_000 });

    // The session page: presence and facilitation pushes, still one connection.
    const sessionUrl = `${workspaceUrl}/sessions/${sessionId}`;
    sockets.reset();
    const mem = new SessionFacilitationPage(pageM);
    await mem.open(sessionUrl);
    await new SessionFacilitationPage(pageF).open(sessionUrl);
    await pageM
      .locator(`[data-testid="session.follow"][data-user-name="${facilitator.displayName}"]`)
      .waitFor({ timeout: 15_000 });
    await new SessionFacilitationPage(pageF).react('🎉');
    await expect.poll(() => mem.reactionEmojis(), { timeout: 5000 }).toContain('🎉');
    expect(sockets.urls).toHaveLength(1);
  });
});
