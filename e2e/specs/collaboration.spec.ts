import { describe, expect, it } from 'vitest';
import type { E2eEnv } from '../fixtures/createE2eEnv.ts';
import { invitePath, seedWorkspace } from '../fixtures/seedWorkspace.ts';
import { useE2eEnv } from '../fixtures/useE2eEnv.ts';
import { AuthPages } from '../pages/AuthPages.ts';
import { NotePage } from '../pages/NotePage.ts';
import { WorkspacePages } from '../pages/WorkspacePages.ts';

/** Hue in degrees of a `#rrggbb` colour. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return Number.NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

let env: E2eEnv;
useE2eEnv((started) => {
  env = started;
});

describe('journey 1: two people co-edit a note', () => {
  it('signs up, creates a workspace and note, invites a second user who co-edits with named carets', async () => {
    const { page: pageA } = await env.newPage();
    const { page: pageB } = await env.newPage();
    const an = env.user('An Vermeulen', 'Ghent');
    const lan = env.user('Nguyễn Thị Lan', 'Huế');

    await new AuthPages(pageA).signUp(an);
    const wsA = new WorkspacePages(pageA);
    await wsA.createWorkspace('Ghent – Huế textile exchange', 'Ghent, Huế');
    const workspaceUrl = pageA.url();
    const inviteUrl = await wsA.createInvite('editor');
    expect(inviteUrl).toMatch(/\/invite\/[^/]+$/);

    // The second person is new: the invite sends them to sign up, and signing up joins at once.
    await pageB.goto(inviteUrl);
    await expect
      .poll(() => pageB.getByTestId('invite.workspace').textContent())
      .toBe('Ghent – Huế textile exchange');
    await pageB.getByTestId('invite.signup').click();
    await new AuthPages(pageB).signUp(lan, '');
    await pageB.getByTestId('workspace.title').waitFor();
    expect(pageB.url()).toBe(workspaceUrl);

    await pageA.reload();
    await expect.poll(() => wsA.memberEmails()).toContain(lan.email);

    const noteUrl = await wsA.createDocument('note', 'Session 1 notes');
    const noteA = new NotePage(pageA);
    await noteA.editor.waitFor();
    await noteA.focusEndOf();
    await noteA.type('Shared paragraph: ');
    await noteA.waitForState('saved');

    const noteB = new NotePage(pageB);
    await noteB.open(noteUrl);
    await expect.poll(() => noteB.text()).toContain('Shared paragraph:');

    // Both type into the same paragraph at the same time.
    await noteA.focusEndOf('Shared paragraph');
    await noteB.focusEndOf('Shared paragraph');
    await Promise.all([noteA.type(' Ghent recycles denim.'), noteB.type(' Huế dệt may bền vững.')]);

    await noteA.waitForState('saved');
    await noteB.waitForState('saved');
    await expect.poll(async () => (await noteA.text()) === (await noteB.text())).toBe(true);
    const text = await noteA.text();
    expect(text).toContain('Ghent recycles denim.');
    expect(text).toContain('Huế dệt may bền vững.');
    expect(text.match(/Shared paragraph:/g)).toHaveLength(1);

    // Each sees the other's caret with their name, and both avatars.
    await expect.poll(() => noteA.caretNames()).toContain(lan.displayName);
    await expect.poll(() => noteB.caretNames()).toContain(an.displayName);
    await expect
      .poll(() => noteA.avatarNames())
      .toEqual(expect.arrayContaining([an.displayName, lan.displayName]));

    // The caret colours follow the city: Ghent blue (hue 212), Huế magenta (hue 338).
    const colorInA = (await pageA.getByTestId('notes.caret').first().getAttribute('data-color')) ?? '';
    const colorInB = (await pageB.getByTestId('notes.caret').first().getAttribute('data-color')) ?? '';
    expect(Math.abs(hue(colorInA) - 338)).toBeLessThan(3);
    expect(Math.abs(hue(colorInB) - 212)).toBeLessThan(3);
    // The name labels on carets are decoration for sighted users; screen readers skip them.
    expect(await pageA.getByTestId('notes.caret').first().getAttribute('aria-hidden')).toBe('true');

    // The title can be renamed and the change reaches the workspace list.
    await pageA.getByTestId('notes.title.edit').click();
    await pageA.getByTestId('notes.title.input').fill('Session 1 – circular textiles');
    await pageA.keyboard.press('Enter');
    await expect
      .poll(() => pageA.getByTestId('notes.title').textContent())
      .toBe('Session 1 – circular textiles');
  });

  it('keeps Vietnamese composed by an input method while someone else types', async () => {
    const { context: ctxA, page: pageA } = await env.newPage();
    const { context: ctxB, page: pageB } = await env.newPage();
    await env.signUpViaApi(ctxA, env.user('Bram Peeters', 'Ghent'));
    await env.signUpViaApi(ctxB, env.user('Phạm Quốc Huy', 'Huế'));
    const seeded = await seedWorkspace(env, ctxA, 'Input methods');
    await new WorkspacePages(pageB).acceptInvite(await invitePath(env, ctxA, seeded.workspaceId, 'editor'));
    const a = new NotePage(pageA);
    const b = new NotePage(pageB);
    await a.open(seeded.noteUrl);
    await b.open(seeded.noteUrl);
    await a.focusEndOf();
    await a.type('Line from Ghent.');
    await pageA.keyboard.press('Enter');
    await a.waitForState('saved');
    await expect.poll(() => b.text()).toContain('Line from Ghent.');

    // Telex-style composition as a Vietnamese IME produces it: e → ê → ế, then committed.
    await b.focusEndOf('Line from Ghent.');
    await pageB.keyboard.press('Enter');
    const ime = await ctxB.newCDPSession(pageB);
    const compose = async (word: string[]) => {
      for (const step of word) {
        await ime.send('Input.imeSetComposition', {
          text: step,
          selectionStart: step.length,
          selectionEnd: step.length,
        });
      }
      await ime.send('Input.insertText', { text: word.at(-1) ?? '' });
    };
    await compose(['H', 'Hu', 'Hue', 'Huê', 'Huế']);
    // The other person types during the next composition.
    await a.focusEndOf('Line from Ghent.');
    const typing = a.type(' More from Ghent.', 30);
    await ime.send('Input.insertText', { text: ' ' });
    await compose(['d', 'de', 'dê', 'dêt', 'dệt']);
    await ime.send('Input.insertText', { text: ' ' });
    await compose(['m', 'ma', 'may']);
    await typing;

    await a.waitForState('saved');
    await b.waitForState('saved');
    await expect.poll(async () => (await a.text()) === (await b.text())).toBe(true);
    const text = (await a.text()).normalize('NFC');
    expect(text).toContain('Huế dệt may');
    expect(text).toContain('Line from Ghent. More from Ghent.');
  });
});
