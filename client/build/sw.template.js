// Weft service worker: keeps the app shell so the app opens and reloads without a network.
// Documents themselves live in IndexedDB (y-indexeddb); API answers are cached by the app.
// A first visit costs the shell and what the page opens; the other chunks follow in the
// background once the page says it is interactive, for the reader's language (and English, the
// fallback) only, once.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `weft-shell-${VERSION}`;
const SHELL = '/index.html';
// Marks in the cache that the rest was fetched for a language, so it happens once per release.
const restDoneKey = (language) => `/__weft/rest-cached/${language}`;
// Two at a time: the page keeps most of a slow link for what the reader is doing.
const BACKGROUND_CONCURRENCY = 2;

self.addEventListener('install', (event) => {
  // The page loaded these already: they come from the HTTP cache, not the network.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE.shell]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((n) => n.startsWith('weft-shell-') && n !== CACHE).map((n) => caches.delete(n)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'weft:page-interactive') return;
  // One run at a time, so two pages or a language switch never fetch the same file twice.
  const loaded = Array.isArray(data.loaded) ? data.loaded : [];
  // A failed run (storage full, offline) leaves no mark; the next interactive page retries.
  running = running.then(() => cacheRest(String(data.language), loaded)).catch(() => undefined);
  event.waitUntil(running);
});
let running = Promise.resolve();

async function cacheRest(language, loaded) {
  const cache = await caches.open(CACHE);
  if (await cache.match(restDoneKey(language))) return;
  // What the page already loaded first (from the HTTP cache), so an offline reload finds it soon.
  const own = loaded.filter((p) => typeof p === 'string' && p.startsWith('/assets/'));
  // English too: i18next falls back to it, key by key, in every namespace.
  const strings = [...(PRECACHE.languages[language] || []), ...(PRECACHE.languages.en || [])];
  const wanted = [...new Set([...own, ...PRECACHE.rest, ...strings])];
  const queue = [];
  for (const path of wanted) if (!(await cache.match(path))) queue.push(path);
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const res = await fetch(path).catch(() => null);
      if (res?.ok) await cache.put(path, res);
    }
  };
  await Promise.all(Array.from({ length: BACKGROUND_CONCURRENCY }, worker));
  const missing = [];
  for (const path of wanted) if (!(await cache.match(path))) missing.push(path);
  // Offline or interrupted: the next interactive page tries again.
  if (missing.length === 0) await cache.put(restDoneKey(language), new Response(''));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/yjs/')) return;

  if (request.mode === 'navigate') {
    // Network first so a new release shows at once; the cached shell when there is no network.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(SHELL, { cacheName: CACHE }).then((r) => r || Response.error()),
      ),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed file names never change content: cache first, and keep what the user opens.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request).then(
          (hit) =>
            hit ||
            fetch(request).then((res) => {
              if (res.ok) cache.put(request, res.clone());
              return res;
            }),
        ),
      ),
    );
  }
});
