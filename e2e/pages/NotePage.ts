import type { Locator, Page } from 'playwright-core';

export type ConnectionState = 'connecting' | 'reconnecting' | 'offline' | 'connected' | 'saved' | 'denied';

/** The notes editor route. */
export class NotePage {
  readonly editor: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('notes.editor');
    this.status = page.getByTestId('connection.status');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.editor.waitFor();
  }

  /** The document text, one line per block, without other people's caret labels. */
  text(): Promise<string> {
    return this.editor.evaluate((root) => {
      const clone = root.cloneNode(true) as HTMLElement;
      for (const caret of clone.querySelectorAll('.collab-caret')) caret.remove();
      const blocks = clone.querySelectorAll('p, h1, h2, h3, h4, li > p, td, th');
      return [...blocks].map((b) => b.textContent ?? '').join('\n');
    });
  }

  state(): Promise<string | null> {
    return this.status.getAttribute('data-state');
  }

  async waitForState(state: ConnectionState, timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (s) => document.querySelector('[data-testid="connection.status"]')?.getAttribute('data-state') === s,
      state,
      { timeout },
    );
  }

  /** Waits until every local edit is written to IndexedDB (the status says so). */
  async waitForStoredOnDevice(timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="connection.status"]')?.getAttribute('data-local') === 'stored',
      undefined,
      { timeout },
    );
  }

  /** Puts the caret at the end of the paragraph that contains `marker` (or the last one). */
  async focusEndOf(marker?: string): Promise<void> {
    await this.editor.click();
    await this.page.evaluate((m) => {
      const root = document.querySelector('[data-testid="notes.editor"]');
      if (!root) throw new Error('no editor');
      const paragraphs = [...root.querySelectorAll('p')];
      const target = (m ? paragraphs.find((p) => p.textContent?.includes(m)) : paragraphs.at(-1)) ?? root;
      const range = document.createRange();
      range.selectNodeContents(target);
      range.collapse(false);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    }, marker);
  }

  async type(text: string, delay = 15): Promise<void> {
    await this.page.keyboard.type(text, { delay });
  }

  avatarNames(): Promise<string[]> {
    return this.page
      .getByTestId('presence.avatar')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-user-name') ?? ''));
  }

  caretNames(): Promise<string[]> {
    return this.page
      .getByTestId('notes.caret')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-user-name') ?? ''));
  }
}
