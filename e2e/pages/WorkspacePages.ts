import type { Page } from 'playwright-core';

export type DocumentKind = 'note' | 'actionPlan' | 'whiteboard';
export type Role = 'facilitator' | 'editor' | 'commenter' | 'viewer';

/** The workspace list and a workspace's page (documents, members, invite links). */
export class WorkspacePages {
  constructor(private readonly page: Page) {}

  async createWorkspace(title: string, cities: string): Promise<string> {
    await this.page.goto('/workspaces');
    await this.page.getByTestId('workspaces.create.title').fill(title);
    await this.page.getByTestId('workspaces.create.cities').fill(cities);
    await this.page.getByTestId('workspaces.create.submit').click();
    await this.page.getByTestId('workspace.title').waitFor();
    return this.page.url();
  }

  async createDocument(type: DocumentKind, title: string): Promise<string> {
    await this.page.getByTestId('documents.create.title').fill(title);
    await this.page.getByTestId('documents.create.type').selectOption(type);
    await this.page.getByTestId('documents.create.submit').click();
    await this.page.waitForURL(/\/(notes|plans|whiteboards)\//);
    return this.page.url();
  }

  /** Creates an invite link and returns its URL as shown to the facilitator. */
  async createInvite(role: Role): Promise<string> {
    await this.page.getByTestId('workspace.invite.role').selectOption(role);
    const before = await this.page.getByTestId('workspace.invite.url').count();
    await this.page.getByTestId('workspace.invite.create').click();
    const field = this.page.getByTestId('workspace.invite.url');
    await field.nth(before).waitFor();
    return (await field.first().inputValue()).trim();
  }

  /** Opens an invite link as the current (signed-in) user and joins. */
  async acceptInvite(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByTestId('invite.accept').click();
    await this.page.getByTestId('workspace.title').waitFor();
  }

  memberEmails(): Promise<string[]> {
    return this.page
      .getByTestId('members.item')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-email') ?? ''));
  }
}
