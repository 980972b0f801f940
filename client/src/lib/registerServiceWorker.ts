import { initialLanguage, toUiLanguage } from '../i18n/languages.ts';

const PAGE_INTERACTIVE = 'weft:page-interactive';

/**
 * Installs `/sw.js`, which keeps the app shell so the app reloads without a network, and once the
 * page is interactive tells it to cache the rest of the app in the background for this language.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => {
    // The app works online without it; only offline reloads are lost.
    console.warn('service worker registration failed', err);
  });
  whenInteractive(() => {
    askToCacheRest();
    // The account's language may arrive after this moment, or the reader may switch: the worker
    // caches each language's strings once.
    new MutationObserver(askToCacheRest).observe(document.documentElement, { attributeFilter: ['lang'] });
  });
}

function askToCacheRest(): void {
  void navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({
      type: PAGE_INTERACTIVE,
      // Set by I18nProvider once the chosen language has loaded.
      language: toUiLanguage(document.documentElement.lang) ?? initialLanguage(),
      loaded: performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/assets/')),
    });
  });
}

// After the load event and an idle moment, so background caching never delays the first paint.
function whenInteractive(run: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
