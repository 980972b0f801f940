import { type RefObject, useEffect, useRef } from 'react';

/**
 * When a menu, popover or inline editor closes and takes focus with it (focus fell to `body`),
 * gives focus back to the control that opened it (WCAG 2.4.3). A click elsewhere keeps its focus.
 */
export function useReturnFocus(open: boolean, trigger: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    const active = document.activeElement;
    if (wasOpen.current && !open && (!active || active === document.body)) trigger.current?.focus();
    wasOpen.current = open;
  }, [open, trigger]);
}

/** Focuses the first focusable element inside `container` once it is shown. */
export function focusFirstIn(container: HTMLElement | null): void {
  container
    ?.querySelector<HTMLElement>('a[href], button:not(:disabled), input, select, textarea, [tabindex="0"]')
    ?.focus();
}
