import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { runAxe } from '../fixtures/runAxe.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { HistoryPanel } from '../pages/HistoryPanel.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('version history', () => {
  it('names a version, edits, previews the diff and restores it for everyone', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxB, page: pageB } = await env.newPage();
    await env.signUpViaApi(ctxA, env.user('Sofie Declercq', 'Ghent'));
    await env.signUpViaApi(ctxB, env.user('Trần Thị Mai', 'Huế'));
    const seeded = await seedWorkspace(env, ctxA, 'History');
    await new WorkspacePages(pageB).acceptInvite(await invitePath(env, ctxA, seeded.workspaceId, 'viewer'));

    const writer = new NotePage(pageA);
    await writer.open(seeded.noteUrl);
    await writer.focusEndOf();
    await writer.type('Agenda: visit the sorting centre in Huế');
    await writer.waitForState('saved');

    const history = new HistoryPanel(pageA);
    await history.open();
    await history.nameVersion('Agenda v1');
    expect(await history.kinds()).toEqual(['named']);

    // The agenda is pasted over.
    await writer.editor.click();
    await pageA.keyboard.press('ControlOrMeta+a');
    await writer.type('pasted over');
    await writer.waitForState('saved');

    const reader = new NotePage(pageB);
    await reader.open(seeded.noteUrl);
    await expect.poll(() => reader.text()).toBe('pasted over');

    // Preview: the version read-only, what changed since marked.
    const preview = await history.preview('Agenda v1');
    await expect
      .poll(() => preview.getByTestId('history.diff.removed').allTextContents())
      .toEqual(['Agenda: visit the sorting centre in Huế']);
    expect(await preview.getByTestId('history.diff.added').allTextContents()).toEqual(['pasted over']);
    const violations = await runAxe(pageA);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // The viewer sees the history but cannot name or restore.
    const readerHistory = new HistoryPanel(pageB);
    await readerHistory.open();
    expect(await readerHistory.names()).toEqual(['Agenda v1']);
    expect(await readerHistory.panel.getByTestId('history.restore').count()).toBe(0);
    expect(await readerHistory.panel.getByTestId('history.name').count()).toBe(0);

    await history.restore('Agenda v1');
    await expect.poll(() => writer.text()).toBe('Agenda: visit the sorting centre in Huế');
    // The reader's editor gets the restore live, without a reload.
    await expect.poll(() => reader.text()).toBe('Agenda: visit the sorting centre in Huế');
    // Nothing is lost: what was there before is a version of its own.
    await expect.poll(() => history.names()).toContain('Before restoring “Agenda v1”');
  });

  it('ending a session records its linked note', async () => {
    const { context, page } = await env.newPage();
    await env.signUpViaApi(context, env.user('Jan Peeters', 'Ghent'));
    const seeded = await seedWorkspace(env, context, 'Sessions');
    const { session } = await env.api<{ session: { id: string } }>(
      context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/sessions`,
      { title: 'Phiên 3', start: '2026-03-30T08:00:00Z', durationMinutes: 60, documentIds: [seeded.noteId] },
    );
    await page.goto(`/workspaces/${seeded.workspaceId}/sessions/${session.id}`);
    await page.getByTestId('session.end').click();
    await page.getByTestId('session.end.confirm').click();
    await page.getByTestId('session.ended').waitFor();
    expect(await page.getByTestId('session.record').allTextContents()).toEqual([
      'Field visit notes — Phiên 3',
    ]);

    const note = new NotePage(page);
    await note.open(seeded.noteUrl);
    const history = new HistoryPanel(page);
    await history.open();
    expect(await history.kinds()).toEqual(['session']);
  });
});
