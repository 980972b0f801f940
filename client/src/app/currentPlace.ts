import { useSyncExternalStore } from 'react';

// Its own module, in the entry chunk: the header reads it, pages' `usePageTitle` (a shared chunk) sets it.
let place = '';
const listeners = new Set<() => void>();

export function setPlace(next: string): void {
  if (next === place) return;
  place = next;
  for (const listener of listeners) listener();
}

/** Where one is (the page's widest title part), for the phone header. */
export function usePlace(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => place,
  );
}
