import type { Page } from 'playwright-core';

/** Presence, sessions and following on the workspace and live session pages. */
export class LivePages {
  constructor(readonly page: Page) {}

  /** Names in the workspace page's "Online now" list. */
  onlineNames(): Promise<string[]> {
    return this.page
      .getByTestId('presence.online.user')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-user-name') ?? ''));
  }

  /** Where `name` is, as the workspace page says it ("Ghent · in Field visit notes"). */
  async locationOf(name: string): Promise<string> {
    const row = this.page.locator(`[data-testid="presence.online.user"][data-user-name="${name}"]`);
    if ((await row.count()) === 0) return '';
    return (await row.getByTestId('presence.online.location').textContent()) ?? '';
  }

  /** Plans a session from the workspace page, linking the documents titled `documents`. */
  async planSession(title: string, documents: string[]): Promise<string> {
    await this.page.getByTestId('sessions.plan').click();
    await this.page.getByTestId('session.form.title').fill(title);
    await this.page.getByTestId('session.overlap.use').click();
    await this.page.getByTestId('session.form.agenda.add').click();
    await this.page.getByTestId('session.form.agenda.title').fill('Recycled fibre in Tiruppur');
    await this.page.getByTestId('session.form.agenda.owner').fill('Sofie');
    for (const doc of documents) {
      await this.page.locator(`[data-testid="session.form.document"][data-document-title="${doc}"]`).check();
    }
    await this.page.getByTestId('session.form.submit').click();
    const item = this.page.getByTestId('sessions.item').filter({ hasText: title });
    await item.waitFor();
    return (await item.getAttribute('data-session-id')) ?? '';
  }

  followBannerState(): Promise<string | null> {
    return this.page
      .getByTestId('live.follow.banner')
      .getAttribute('data-state', { timeout: 1000 })
      .catch(() => null);
  }

  /** How far down the note the top of the window is, as a fraction of the note's height. */
  noteScrollFraction(): Promise<number> {
    return this.page.evaluate(() => {
      const editor = document.querySelector('[data-testid="notes.editor"]');
      if (!editor) return Number.NaN;
      const rect = editor.getBoundingClientRect();
      return -rect.top / rect.height;
    });
  }

  /** Scrolls with the mouse wheel over the middle of the page, as a person would. */
  async wheel(deltaY: number): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1280, height: 860 };
    await this.page.mouse.move(size.width / 2, size.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}
