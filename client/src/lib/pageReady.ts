import { useEffect, useState } from 'react';

// On a weak connection the first page's own document comes first: the comment threads and the
// inbox (which read the document anyway) start a moment after the editor has synced with the
// server, or as soon as the reader clicks or types. Presence starts at once: others see where
// you are.
const EDITOR_ROUTE = /^\/workspaces\/[^/]+\/(notes|plans|whiteboards)\/[^/]+/;
const SETTLE_MS = 1000;
// Offline, or a server that never answers: start them anyway after this long.
const FALLBACK_MS = 8000;

let ready = false;
let settling: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function markPageReady(): void {
  if (ready) return;
  ready = true;
  if (settling) clearTimeout(settling);
  for (const listener of listeners) listener();
  listeners.clear();
}

/** The first page's document has synced: live features follow shortly. */
export function documentSynced(): void {
  if (!ready && !settling) settling = setTimeout(markPageReady, SETTLE_MS);
}

/**
 * False until the page's main content is usable: at once on pages without a document, on an
 * editor route shortly after its document has synced (or at the first click or key press, or
 * after FALLBACK_MS); true from then on, for every later page too.
 */
export function usePageReady(): boolean {
  const [isReady, setReady] = useState(ready);
  useEffect(() => {
    if (!ready && !EDITOR_ROUTE.test(window.location.pathname)) markPageReady();
    if (ready) {
      setReady(true);
      return;
    }
    const done = () => setReady(true);
    listeners.add(done);
    const timer = setTimeout(markPageReady, FALLBACK_MS);
    const input = ['pointerdown', 'keydown'] as const;
    for (const type of input) window.addEventListener(type, markPageReady, { once: true, capture: true });
    return () => {
      listeners.delete(done);
      clearTimeout(timer);
      for (const type of input) window.removeEventListener(type, markPageReady, { capture: true });
    };
  }, []);
  return isReady;
}
