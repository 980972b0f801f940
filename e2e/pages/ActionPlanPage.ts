import type { Download, Locator, Page } from 'playwright-core';

export type PlanLevel = 'goal' | 'outcome' | 'output' | 'activity';

/** The action plan route: the grouped table, the detail panel and the sign-off panel. */
export class ActionPlanPage {
  readonly table: Locator;
  readonly signOff: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('plan.table');
    this.signOff = page.getByTestId('plan.signoff');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.table.waitFor();
  }

  /** Titles in display order, per level or all. */
  titles(level?: PlanLevel): Promise<string[]> {
    const scope = level ? this.page.locator(`[data-testid="plan.group"][data-level="${level}"]`) : this.page;
    return scope
      .getByTestId('plan.item.title')
      .evaluateAll((els) =>
        els.map((el) => (el instanceof HTMLInputElement ? el.value : (el.textContent ?? ''))),
      );
  }

  /** Adds an item at `level`, types its title and returns its id. */
  async addItem(level: PlanLevel, title: string): Promise<string> {
    const before = await this.page.getByTestId('plan.item').count();
    await this.page.locator(`[data-testid="plan.item.add"][data-level="${level}"]`).click();
    await this.page.getByTestId('plan.item').nth(before).waitFor();
    // The new row's title has the focus.
    const focused = this.page.locator('[data-testid="plan.item.title"]:focus');
    await focused.waitFor();
    await this.page.keyboard.type(title, { delay: 10 });
    const row = this.page.getByTestId('plan.item').filter({ has: focused });
    return (await row.getAttribute('data-item-id')) ?? '';
  }

  itemById(id: string): Locator {
    return this.page.locator(`[data-testid="plan.item"][data-item-id="${id}"]`);
  }

  async waitForState(state: string, timeout = 20_000): Promise<void> {
    await this.page.waitForFunction(
      (s) => document.querySelector('[data-testid="connection.status"]')?.getAttribute('data-state') === s,
      state,
      { timeout },
    );
  }

  /** Names shown on fields others are editing, as `name|itemId|field`. */
  peerFocus(): Promise<string[]> {
    return this.page
      .getByTestId('plan.focus')
      .evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.getAttribute('data-user-name')}|${el.getAttribute('data-item-id')}|${el.getAttribute('data-field')}`,
        ),
      );
  }

  status(): Promise<string | null> {
    return this.page.getByTestId('plan.signoff.status').getAttribute('data-status');
  }

  async download(testId: string): Promise<Download> {
    await this.page.getByTestId(`${testId}.toggle`).click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`${testId}.pdf`).click(),
    ]);
    return download;
  }

  /** Editable fields in the table and the detail panel (filters and menus are not editing). */
  editableFields(): Promise<number> {
    return this.page
      .locator(
        ':is([data-testid="plan.table"], [data-testid="plan.detail"]) :is(input, select, textarea):not([disabled]):not([readonly])',
      )
      .count();
  }
}
