/** Installs `/sw.js`, which keeps the app shell so the app reloads without a network. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => {
    // The app works online without it; only offline reloads are lost.
    console.warn('service worker registration failed', err);
  });
}
