import type { Page } from 'playwright-core';

/** What has keyboard focus: its data-testid, else its tag (e.g. `H1`), else `BODY`. */
export function focusedTestId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-testid') ?? el?.tagName ?? 'BODY';
  });
}

/** Waits until the page's `h1` has focus (route changes move it there) and returns its text. */
export async function waitForHeadingFocus(page: Page, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const el = document.activeElement;
      return el?.tagName === 'H1' ? (el.textContent ?? '') : null;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` (a dotted data-testid,
 * or a CSS selector when it contains `[`, `#`, `:`, `>` or a space); fails after `max` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { max?: number; backwards?: boolean } = {},
) {
  const css = /[[# >:]/.test(selector) ? selector : `[data-testid="${selector}"]`;
  const matches = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, css);
  for (let i = 0; i < (options.max ?? 60); i++) {
    if (await matches()) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  if (!(await matches()))
    throw new Error(`${css} not reached by keyboard (focus on ${await focusedTestId(page)})`);
}

/**
 * Counts pointer and mouse events the page receives (trusted ones, i.e. not from scripts), so a
 * keyboard-only journey can prove it used none. Install before the first navigation.
 */
export async function countPointerEvents(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'wheel'])
      window.addEventListener(
        type,
        (e) => {
          if (e.isTrusted) w.__pointerEvents += 1;
        },
        true,
      );
  });
  return () => page.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents);
}
