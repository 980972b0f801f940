import type { Page } from 'playwright-core';
import type { TestUser } from '../fixtures/createE2eEnv.ts';

/** Sign-up and log-in forms. */
export class AuthPages {
  constructor(private readonly page: Page) {}

  async signUp(user: TestUser, path = '/signup'): Promise<void> {
    if (path) await this.page.goto(path);
    const p = this.page;
    await p.getByTestId('auth.displayName').fill(user.displayName);
    await p.getByTestId('auth.email').fill(user.email);
    await p.getByTestId('auth.password').fill(user.password);
    await p.getByTestId('auth.city').fill(user.city);
    await p.getByTestId('auth.submit').click();
    await p.getByTestId('app.user').waitFor();
  }

  async logIn(user: TestUser): Promise<void> {
    await this.page.goto('/login');
    await this.page.getByTestId('auth.email').fill(user.email);
    await this.page.getByTestId('auth.password').fill(user.password);
    await this.page.getByTestId('auth.submit').click();
    await this.page.getByTestId('app.user').waitFor();
  }

  async logOut(): Promise<void> {
    await this.page.getByTestId('app.logout').click();
    await this.page.getByTestId('auth.login.form').waitFor();
  }
}
