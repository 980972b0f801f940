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

describe('journey 2: a viewer reads along', () => {
  it('sees the note live but cannot type into it', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxV, page: pageV } = await env.newPage();
    await env.signUpViaApi(ctxA, env.user('Sofie Declercq', 'Ghent'));
    const viewer = env.user('Trần Văn Minh', 'Huế');
    await env.signUpViaApi(ctxV, viewer);
    const seeded = await seedWorkspace(env, ctxA, 'Observers welcome');

    // The viewer is already signed in: opening the link and accepting is enough.
    await new WorkspacePages(pageV).acceptInvite(await invitePath(env, ctxA, seeded.workspaceId, 'viewer'));
    await expect.poll(() => pageV.getByTestId('workspace.role').textContent()).toContain('Viewer');
    await expect.poll(() => pageV.getByTestId('documents.create.submit').count()).toBe(0);

    const writer = new NotePage(pageA);
    await writer.open(seeded.noteUrl);
    await writer.focusEndOf();
    await writer.type('Agenda: sorting centre visit.');
    await writer.waitForState('saved');

    const reader = new NotePage(pageV);
    await reader.open(seeded.noteUrl);
    await pageV.getByTestId('notes.readOnly').waitFor();
    await expect.poll(() => reader.text()).toContain('Agenda: sorting centre visit.');
    expect(await reader.editor.getAttribute('contenteditable')).toBe('false');
    expect(await pageV.getByTestId('notes.toolbar').count()).toBe(0);

    // Live: what the writer types next appears without a reload.
    await writer.type(' Then lunch with the cooperative.');
    await expect.poll(() => reader.text()).toContain('Then lunch with the cooperative.');

    // Typing does nothing, locally or for the writer.
    await reader.editor.click();
    await pageV.keyboard.type('viewer was here');
    await pageV.keyboard.press('Enter');
    expect(await reader.text()).not.toContain('viewer was here');
    await writer.type(' End.');
    await expect.poll(() => reader.text()).toContain('End.');
    expect(await writer.text()).not.toContain('viewer was here');
    await reader.waitForState('saved');
    // The title is not editable either.
    expect(await pageV.getByTestId('notes.title.edit').count()).toBe(0);
  });
});
