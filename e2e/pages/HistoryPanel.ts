import type { Locator, Page } from 'playwright-core';

/** The version history panel beside any editor. */
export class HistoryPanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('history.panel');
  }

  async open(): Promise<void> {
    if ((await this.panel.count()) === 0) await this.page.getByTestId('history.open').click();
    await this.panel
      .getByTestId('history.list')
      .or(this.panel.getByText('No versions yet.'))
      .first()
      .waitFor();
  }

  async nameVersion(name: string): Promise<void> {
    await this.panel.getByTestId('history.name').fill(name);
    await this.panel.getByTestId('history.save').click();
    await this.item(name).waitFor();
  }

  item(name: string): Locator {
    return this.panel.getByTestId('history.item').filter({ hasText: name }).first();
  }

  names(): Promise<string[]> {
    return this.panel
      .getByTestId('history.item')
      .evaluateAll((items) => items.map((i) => i.querySelector('.history-item__name')?.textContent ?? ''));
  }

  kinds(): Promise<string[]> {
    return this.panel
      .getByTestId('history.item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind') ?? ''));
  }

  async preview(name: string): Promise<Locator> {
    await this.item(name).getByTestId('history.preview').click();
    const content = this.panel.getByTestId('history.previewContent');
    await content.waitFor();
    return content;
  }

  async restore(name: string): Promise<void> {
    await this.item(name).getByTestId('history.restore').click();
    await this.panel.getByTestId('history.confirmRestore').click();
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="history.status"]')?.textContent?.startsWith('Restored'),
      undefined,
      { timeout: 10_000 },
    );
  }
}
