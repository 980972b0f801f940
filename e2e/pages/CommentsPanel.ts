import type { Locator, Page } from 'playwright-core';

/** Comment threads of the open document, the inbox in the header, and note highlights. */
export class CommentsPanel {
  readonly panel: Locator;
  readonly threads: Locator;
  readonly badge: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('comments.panel');
    this.threads = page.getByTestId('comments.thread');
    this.badge = page.getByTestId('inbox.badge');
  }

  /** Selects the first occurrence of `text` inside the note, as a mouse drag would. */
  async selectInNote(text: string): Promise<void> {
    await this.page.evaluate((wanted) => {
      const root = document.querySelector('[data-testid="notes.editor"]');
      if (!root) throw new Error('no editor');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        if (root.getAttribute('contenteditable') === 'true') (root as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in one text node of the note`);
    }, text);
    // ProseMirror reads the DOM selection on selectionchange.
    await this.page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, text);
  }

  /** Puts the caret in the note just after the first occurrence of `text` (or before it). */
  async caretAt(text: string, where: 'before' | 'after'): Promise<void> {
    await this.page.getByTestId('notes.editor').focus();
    await this.page.evaluate(
      ({ wanted, side }) => {
        const root = document.querySelector('[data-testid="notes.editor"]');
        if (!root) throw new Error('no editor');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf(wanted) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, side === 'after' ? at + wanted.length : at);
          range.collapse(true);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          return;
        }
        throw new Error(`"${wanted}" is not in the note`);
      },
      { wanted: text, side: where },
    );
  }

  /** Starts a thread on the selection with the toolbar (or the commenter's bar) button. */
  async startThread(): Promise<void> {
    const button = this.page.getByTestId('notes.toolbar.comment');
    await this.page.waitForFunction(
      () => {
        const b = document.querySelector('[data-testid="notes.toolbar.comment"]');
        return b instanceof HTMLButtonElement && !b.disabled;
      },
      undefined,
      { timeout: 20_000 },
    );
    await button.click();
    await this.page.getByTestId('comments.new').waitFor();
  }

  /** Types into a comment box; `@Name` mentions are picked from the autocomplete. */
  async write(box: Locator, parts: (string | { mention: string })[]): Promise<void> {
    await box.click();
    for (const part of parts) {
      if (typeof part === 'string') {
        await box.pressSequentially(part, { delay: 10 });
        continue;
      }
      await box.pressSequentially(`@${part.mention.slice(0, 3)}`, { delay: 20 });
      await this.page.getByTestId('comments.mention.option').filter({ hasText: part.mention }).click();
      // The list closes after a pick instead of covering Reply/Resolve.
      await this.page.getByTestId('comments.mention.option').first().waitFor({ state: 'detached' });
    }
  }

  async submitNewThread(parts: (string | { mention: string })[]): Promise<void> {
    await this.write(this.page.getByTestId('comments.new.body'), parts);
    await this.page.getByTestId('comments.new.submit').click();
  }

  async reply(thread: Locator, text: string): Promise<void> {
    await this.write(thread.getByTestId('comments.reply'), [text]);
    await thread.getByTestId('comments.reply.send').click();
  }

  async open(): Promise<void> {
    if ((await this.panel.count()) === 0) await this.page.getByTestId('comments.toggle').click();
    await this.panel.waitFor();
  }

  /** The message bodies of a thread, oldest first. */
  messages(thread: Locator): Promise<string[]> {
    return thread.getByTestId('comments.message.body').allTextContents();
  }

  /** Highlighted note text per thread (a range may be drawn as several spans). */
  highlights(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (const span of document.querySelectorAll('[data-testid="comments.highlight"]')) {
        const id = span.getAttribute('data-comment-thread') ?? '';
        out[id] = (out[id] ?? '') + (span.textContent ?? '');
      }
      return out;
    });
  }

  async inboxCounts(): Promise<{ threads: number; mentions: number }> {
    const threads = Number(await this.badge.getAttribute('data-unread-threads'));
    const mentions = Number(await this.badge.getAttribute('data-mentions'));
    return { threads, mentions };
  }
}
