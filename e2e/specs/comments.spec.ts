import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { E2eEnv, TestUser } from '../fixtures/createE2eEnv.ts';
import { invitePath, type SeededWorkspace, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { ActionPlanPage } from '../pages/ActionPlanPage.ts';
import { CommentsPanel } from '../pages/CommentsPanel.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

interface Person {
  user: TestUser;
  context: BrowserContext;
  page: Page;
}

async function person(name: string, city: string): Promise<Person> {
  const { context, page } = await env.newPage();
  const user = env.user(name, city);
  await env.signUpViaApi(context, user);
  return { user, context, page };
}

async function join(p: Person, owner: Person, seeded: SeededWorkspace, role: string): Promise<void> {
  await new WorkspacePages(p.page).acceptInvite(
    await invitePath(env, owner.context, seeded.workspaceId, role),
  );
}

const PARAGRAPH = 'Ghent and Huế share a denim recycling pilot with the cooperative.';

describe('comments between sessions', () => {
  let an: Person;
  let lan: Person;
  let seeded: SeededWorkspace;

  it('A comments on a passage; B sees the unread badge and replies; A sees it live; the highlight follows edits', async () => {
    an = await person('An Vermeulen', 'Ghent');
    lan = await person('Nguyễn Thị Lan', 'Huế');
    seeded = await seedWorkspace(env, an.context, 'Textile loops');
    await join(lan, an, seeded, 'editor');

    const noteA = new NotePage(an.page);
    await noteA.open(seeded.noteUrl);
    await noteA.focusEndOf();
    await noteA.type(PARAGRAPH);
    await noteA.waitForState('saved');

    // A selects a passage and comments, mentioning Lan through the autocomplete.
    const commentsA = new CommentsPanel(an.page);
    await commentsA.selectInNote('denim recycling pilot');
    await commentsA.startThread();
    await commentsA.submitNewThread([{ mention: 'Nguyễn Thị Lan' }, 'can Huế send fabric samples?']);
    const threadA = commentsA.threads.first();
    await expect.poll(() => threadA.getAttribute('data-pending')).toBe('false');
    await expect.poll(() => threadA.getAttribute('data-thread-id')).not.toBe('');
    const threadId = (await threadA.getAttribute('data-thread-id')) ?? '';
    await expect.poll(() => commentsA.highlights()).toEqual({ [threadId]: 'denim recycling pilot' });

    // B, elsewhere in the app, sees the unread thread and the mention arrive live.
    const commentsB = new CommentsPanel(lan.page);
    await lan.page.goto(`/workspaces/${seeded.workspaceId}`);
    await expect
      .poll(() => commentsB.inboxCounts(), { timeout: 15_000 })
      .toEqual({ threads: 1, mentions: 1 });
    await commentsB.badge.click();
    await lan.page.getByTestId('inbox.popover').waitFor();
    expect(await lan.page.getByTestId('inbox.mention').textContent()).toContain(
      'can Huế send fabric samples?',
    );
    await lan.page.getByTestId('inbox.thread').click();
    await lan.page.getByTestId('notes.editor').waitFor();
    expect(new URL(lan.page.url()).searchParams.get('thread')).toBe(threadId);

    // Opening the thread reads it; B replies.
    const threadB = lan.page.locator(`[data-testid="comments.thread"][data-thread-id="${threadId}"]`);
    await threadB.waitFor();
    expect(await commentsB.messages(threadB)).toEqual(['@Nguyễn Thị Lan can Huế send fabric samples?']);
    await expect.poll(() => commentsB.inboxCounts()).toEqual({ threads: 0, mentions: 0 });
    await commentsB.reply(threadB, 'Yes, 20 samples next week.');

    // A sees the reply without reloading, and the thread turns unread for A.
    await expect
      .poll(() => commentsA.messages(threadA), { timeout: 15_000 })
      .toEqual(['@Nguyễn Thị Lan can Huế send fabric samples?', 'Yes, 20 samples next week.']);
    await expect.poll(() => commentsA.inboxCounts()).toEqual({ threads: 1, mentions: 0 });
    await threadA.getByTestId('comments.thread.quote').click();
    await expect.poll(() => commentsA.inboxCounts()).toEqual({ threads: 0, mentions: 0 });

    // Both edit the paragraph: A before the range, B inside it; the highlight stays on the words.
    await commentsB.caretAt('denim', 'after');
    await lan.page.keyboard.type(' jeans', { delay: 20 });
    await commentsA.caretAt('Ghent and', 'before');
    await an.page.keyboard.type('Today: ', { delay: 20 });
    const expected = { [threadId]: 'denim jeans recycling pilot' };
    await expect.poll(() => commentsA.highlights(), { timeout: 15_000 }).toEqual(expected);
    await expect.poll(() => commentsB.highlights(), { timeout: 15_000 }).toEqual(expected);
    await expect
      .poll(() => noteA.text())
      .toContain('Today: Ghent and Huế share a denim jeans recycling pilot with the cooperative.');
  });

  it('queues replies written offline and sends them in order when back online', async () => {
    const commentsA = new CommentsPanel(an.page);
    const threadA = commentsA.threads.first();
    await an.context.setOffline(true);
    await commentsA.reply(threadA, 'First, offline.');
    await commentsA.reply(threadA, 'Second, still offline.');
    await expect
      .poll(() => threadA.locator('[data-pending="true"][data-testid="comments.message"]').count())
      .toBe(2);
    await an.context.setOffline(false);

    const threadB = new CommentsPanel(lan.page).threads.first();
    await expect
      .poll(() => new CommentsPanel(lan.page).messages(threadB), { timeout: 30_000 })
      .toEqual([
        '@Nguyễn Thị Lan can Huế send fabric samples?',
        'Yes, 20 samples next week.',
        'First, offline.',
        'Second, still offline.',
      ]);
    await expect.poll(() => threadA.locator('[data-pending="true"]').count()).toBe(0);
  });

  it('lets a commenter comment on text they cannot edit, and a viewer only read', async () => {
    const chi = await person('Chi Phạm', 'Huế');
    const vik = await person('Vik Rao', 'Pune');
    await join(chi, an, seeded, 'commenter');
    await join(vik, an, seeded, 'viewer');

    const noteC = new NotePage(chi.page);
    await noteC.open(seeded.noteUrl);
    await chi.page.getByTestId('notes.commentBar').waitFor();
    expect(await noteC.editor.getAttribute('contenteditable')).toBe('false');
    const commentsC = new CommentsPanel(chi.page);
    await expect.poll(() => noteC.text()).toContain('the cooperative');
    await commentsC.selectInNote('the cooperative');
    await commentsC.startThread();
    await commentsC.submitNewThread(['Which cooperative is this?']);
    const created = commentsC.threads.filter({ hasText: 'Which cooperative is this?' });
    await expect.poll(() => created.getAttribute('data-pending')).toBe('false');
    await expect.poll(async () => Object.values(await commentsC.highlights())).toContain('the cooperative');

    const noteV = new NotePage(vik.page);
    await noteV.open(seeded.noteUrl);
    const commentsV = new CommentsPanel(vik.page);
    expect(await vik.page.getByTestId('notes.toolbar.comment').count()).toBe(0);
    expect(await vik.page.getByTestId('notes.commentBar').count()).toBe(0);
    await commentsV.open();
    await vik.page.getByTestId('comments.readOnly').waitFor();
    await expect.poll(() => commentsV.threads.count()).toBe(2);
    await commentsV.threads.first().getByTestId('comments.thread.quote').click();
    expect(await vik.page.getByTestId('comments.reply').count()).toBe(0);
    expect(await vik.page.getByTestId('comments.resolve').count()).toBe(0);
    // The server refuses it too, with an anchor that is otherwise fine.
    const { threads } = await env.api<{ threads: { anchor: unknown }[] }>(
      vik.context,
      'GET',
      `/api/documents/${seeded.noteId}/threads`,
    );
    const res = await vik.context.request.post(`/api/documents/${seeded.noteId}/threads`, {
      headers: { 'X-Requested-With': 'weft' },
      data: { anchor: threads[0]?.anchor, body: 'viewer was here' },
    });
    expect(res.status()).toBe(403);
  });
});

describe('comments on action-plan items', () => {
  it('A comments on a plan item; B sees the count on the item and reads the thread', async () => {
    const an = await person('An Vermeulen', 'Ghent');
    const lan = await person('Nguyễn Thị Lan', 'Huế');
    const seeded = await seedWorkspace(env, an.context, 'Plan comments');
    await join(lan, an, seeded, 'commenter');
    const { document } = await env.api<{ document: { id: string } }>(
      an.context,
      'POST',
      `/api/workspaces/${seeded.workspaceId}/documents`,
      { type: 'actionPlan', title: 'Kế hoạch hành động' },
    );
    const planUrl = `/workspaces/${seeded.workspaceId}/plans/${document.id}`;

    const planA = new ActionPlanPage(an.page);
    await planA.open(planUrl);
    const itemId = await planA.addItem('activity', 'Thu gom quần áo cũ ở Huế');
    await planA.waitForState('saved');
    await planA.itemById(itemId).getByTestId('comments.badge').click();
    const commentsA = new CommentsPanel(an.page);
    await commentsA.submitNewThread(['Who collects in Ghent?']);
    const threadA = commentsA.threads.first();
    await expect.poll(() => threadA.getAttribute('data-pending')).toBe('false');

    const planB = new ActionPlanPage(lan.page);
    await planB.open(planUrl);
    const badgeB = planB.itemById(itemId).getByTestId('comments.badge');
    await expect.poll(() => badgeB.getAttribute('data-count'), { timeout: 15_000 }).toBe('1');
    expect(await badgeB.getAttribute('data-unread')).toBe('true');
    await badgeB.click();
    const threadB = new CommentsPanel(lan.page).threads.first();
    await threadB.waitFor();
    expect(await new CommentsPanel(lan.page).messages(threadB)).toEqual(['Who collects in Ghent?']);
    expect(await threadB.getByTestId('comments.thread.quote').textContent()).toContain(
      'Thu gom quần áo cũ ở Huế',
    );
  });
});
