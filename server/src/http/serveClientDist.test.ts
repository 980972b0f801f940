import { describe, expect, it } from 'vitest';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from './serveClientDist.ts';

describe('cacheControlFor', () => {
  it('caches content-hashed assets for a year and never revalidates them', () => {
    expect(cacheControlFor('/assets/index-Bx1.js')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('makes the browser revalidate the shell and the service worker, whose names never change', () => {
    for (const p of ['/index.html', '/sw.js', '/', '/workspaces/w1/notes/d1', '/assetsx.js']) {
      expect(cacheControlFor(p)).toBe(REVALIDATE);
    }
    expect(REVALIDATE).toBe('no-cache');
  });
});
