import type { Locator, Page } from 'playwright-core';

/** The top bar; on phones its controls sit in a menu that opens from the "Menu" button. */
export class AppHeader {
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.menuButton = page.getByTestId('app.menu');
  }

  /** Opens the phone menu if the bar is compact; a wide bar shows its controls already. */
  async reveal(): Promise<void> {
    if (!(await this.menuButton.isVisible())) return;
    if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') await this.menuButton.click();
    await this.page.getByTestId('app.menu.panel').waitFor({ state: 'visible' });
  }

  /** Closes the phone menu if it is open, so it covers nothing. */
  async close(): Promise<void> {
    if (
      (await this.menuButton.isVisible()) &&
      (await this.menuButton.getAttribute('aria-expanded')) === 'true'
    )
      await this.menuButton.click();
  }

  async chooseLanguage(language: string): Promise<void> {
    await this.reveal();
    await this.page.getByTestId('app.language').selectOption(language);
    await this.page.waitForFunction((l) => document.documentElement.lang === l, language);
    await this.close();
  }

  async openProfile(): Promise<void> {
    await this.reveal();
    await this.page.getByTestId('app.user').click();
    await this.page.waitForURL('**/profile');
  }

  async userName(): Promise<string | null> {
    await this.reveal();
    return this.page.getByTestId('app.user').textContent();
  }
}
