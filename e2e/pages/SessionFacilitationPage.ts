import type { Page } from 'playwright-core';

/** The timer, raised hands and reactions on the live session page. */
export class SessionFacilitationPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('timer').waitFor();
  }

  timerStatus(): Promise<string | null> {
    return this.page.getByTestId('timer').getAttribute('data-status');
  }

  /** Milliseconds left as this page shows them now. */
  async remainingMs(): Promise<number> {
    return Number(await this.page.getByTestId('timer.remaining').getAttribute('data-remaining-ms'));
  }

  /** Resolves when the timer shows `status`; returns how long that took (ms). */
  async waitForStatus(status: string, timeout = 5000): Promise<number> {
    const started = Date.now();
    await this.page.waitForFunction(
      (s) => document.querySelector('[data-testid="timer"]')?.getAttribute('data-status') === s,
      status,
      { timeout, polling: 20 },
    );
    return Date.now() - started;
  }

  handNames(): Promise<string[]> {
    return this.page
      .getByTestId('hands.item')
      .evaluateAll((items) =>
        items.map((i) => i.querySelector('.hands__name')?.firstChild?.textContent?.trim() ?? ''),
      );
  }

  react(emoji: string): Promise<void> {
    return this.page.locator(`[data-testid="reactions.send"][data-emoji="${emoji}"]`).click();
  }

  reactionEmojis(): Promise<string[]> {
    return this.page
      .getByTestId('reactions.item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-emoji') ?? ''));
  }
}
