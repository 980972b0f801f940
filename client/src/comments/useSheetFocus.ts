import { type RefObject, useEffect, useState } from 'react';

/** Phones show the comments panel as a bottom sheet over the document (comments.css). */
export const SHEET_QUERY = '(width < 40rem)';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select, textarea, [tabindex="0"]';

/**
 * While the panel is a sheet over the page: focus moves into it when it opens, Tab cycles inside
 * it, Escape closes it, and focus goes back to what opened it (or the comments button) after.
 */
export function useSheetFocus(panel: RefObject<HTMLElement | null>, onClose: () => void): void {
  // Read while rendering the first time: by the effects an autofocused comment box has the focus.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: set up once per opening; onClose is read when pressed
  useEffect(() => {
    const root = panel.current;
    if (!root || !window.matchMedia(SHEET_QUERY).matches) return;
    if (!root.contains(document.activeElement)) root.querySelector<HTMLElement>('h2')?.focus();
    // On the document: React's own handlers (a mention list's Escape) run first and may claim the key.
    const onKey = (event: KeyboardEvent) => {
      if (!root.contains(event.target as Node)) return;
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (el) => el.offsetParent !== null,
      );
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      if (event.shiftKey && (active === first || !root.contains(active))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || !root.contains(active))) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // After React removed the sheet: focus fell to the page, so hand it back.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (active && active !== document.body && active.isConnected) return;
        const back = opener?.isConnected
          ? opener
          : document.querySelector<HTMLElement>('[data-testid="comments.toggle"]');
        back?.focus();
      });
    };
  }, []);
}
