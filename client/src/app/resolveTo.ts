// Scheme (`https:`, `mailto:`) or protocol-relative: the link leaves the app.
const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const ORIGIN = 'http://weft.invalid';

/**
 * The in-app path (pathname + search + hash) that `to` names when followed from `from`, resolved
 * the way the browser resolves an href (`?version=1` keeps the pathname, `?` clears the query);
 * null when `to` points outside the app.
 */
export function resolveTo(to: string, from: string): string | null {
  if (EXTERNAL.test(to)) return null;
  const url = new URL(to, `${ORIGIN}${from.startsWith('/') ? from : `/${from}`}`);
  return url.pathname + url.search + url.hash;
}
