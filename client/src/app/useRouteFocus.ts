import { useEffect, useRef } from 'react';
import { useLocation } from './router.tsx';

// Pages load their data after the route renders; past this, a page without a heading keeps focus where it is.
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * Moves focus to the new page's `h1` after every in-app navigation (WCAG 2.4.3), so screen readers
 * announce where one arrived instead of focus falling to `body`. Not on the first load (the browser
 * announces the page), not with a `#fragment` (its target takes focus), and never after the person
 * moved focus themselves meanwhile.
 */
export function useRouteFocus(): void {
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pathname is what triggers the move
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main || hash) return;
    let moved = false;
    const onFocusIn = () => {
      moved = true;
    };
    const tryFocus = (): boolean => {
      if (moved) return true;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      document.removeEventListener('focusin', onFocusIn);
      heading.focus();
      return true;
    };
    if (tryFocus()) return;
    document.addEventListener('focusin', onFocusIn);
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [pathname, hash]);
}
