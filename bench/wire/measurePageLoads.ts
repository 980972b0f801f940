import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordTransfers, type Transfer } from '../../e2e/fixtures/recordTransfers.ts';

/** A page of the app and how to tell it is ready to use. */
export interface PageToOpen {
  name: string;
  path: string;
  /** `data-testid` that appears once the page is usable. */
  readyTestId: string;
  signedIn: boolean;
}

export interface PageLoad {
  name: string;
  visit: 'first' | 'repeat';
  /** Network bytes of everything the page itself used (documents, JS, CSS, API), headers included. */
  totalBytes: number;
  /** Of which JavaScript. */
  jsBytes: number;
  jsFiles: number;
  /** Fetched by the service worker for later, not used by this page (first visit: background caching). */
  backgroundBytes: number;
}

// The service worker fetches in the background after the page is interactive; this long without
// a new transfer ends a visit's recording.
const QUIET_MS = 2000;
const MAX_SETTLE_MS = 30_000;

const isScript = (t: Transfer) => t.type === 'Script' || new URL(t.url).pathname.endsWith('.js');

/**
 * Opens `page` in a fresh context (first visit), then again in a new tab of the same context
 * (repeat visit), recording what Chromium transferred each time through CDP.
 */
export async function measurePageLoads(
  browser: Browser,
  baseUrl: string,
  signIn: (context: BrowserContext) => Promise<void>,
  target: PageToOpen,
): Promise<PageLoad[]> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 860 } });
  try {
    if (target.signedIn) await signIn(context);
    const results: PageLoad[] = [];
    for (const visit of ['first', 'repeat'] as const) {
      const page = await context.newPage();
      const recorder = await recordTransfers(context, page);
      await page.goto(target.path);
      await page.getByTestId(target.readyTestId).first().waitFor({ timeout: 60_000 });
      const transfers = await settle(recorder.take, page);
      await recorder.stop();
      transfers.push(...recorder.take());
      results.push(summarize(target.name, visit, transfers));
      await page.close();
    }
    return results;
  } finally {
    await context.close();
  }
}

async function settle(take: () => Transfer[], page: Page): Promise<Transfer[]> {
  const all: Transfer[] = [];
  const deadline = Date.now() + MAX_SETTLE_MS;
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS && Date.now() < deadline) {
    await page.waitForTimeout(200);
    const more = take();
    if (more.length > 0) quietSince = Date.now();
    all.push(...more);
  }
  return all;
}

function summarize(name: string, visit: PageLoad['visit'], transfers: Transfer[]): PageLoad {
  // What the page used came over the network either to the page or to the service worker.
  const networkBytes = new Map<string, number>();
  for (const t of transfers) networkBytes.set(t.url, Math.max(networkBytes.get(t.url) ?? 0, t.bytes));
  const pageTransfers = transfers.filter((t) => !t.byServiceWorker);
  const used = new Set(pageTransfers.map((t) => t.url));
  // API answers repeat under one URL (threads, members): count each request, not each URL.
  let totalBytes = 0;
  const counted = new Set<string>();
  for (const t of pageTransfers) {
    if (t.source === 'network') totalBytes += t.bytes;
    else if (!counted.has(t.url)) totalBytes += networkBytes.get(t.url) ?? 0;
    counted.add(t.url);
  }
  const scripts = [...used].filter((url) => isScript({ url, type: '' } as Transfer));
  return {
    name,
    visit,
    totalBytes,
    jsBytes: scripts.reduce((n, url) => n + (networkBytes.get(url) ?? 0), 0),
    jsFiles: scripts.length,
    backgroundBytes: transfers
      .filter((t) => t.byServiceWorker && !used.has(t.url))
      .reduce((n, t) => n + t.bytes, 0),
  };
}
